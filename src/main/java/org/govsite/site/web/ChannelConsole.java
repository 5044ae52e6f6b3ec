package org.govsite.site.web;

import java.util.List;

import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.site.Channels;
import org.govsite.site.SiteId;
import org.govsite.site.SiteType;
import org.govsite.site.Sites;
import org.govsite.unit.UnitId;
import org.govsite.unit.UnitKind;
import org.govsite.unit.Units;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 部门栏目: townships and departments without a site publish through a channel of a portal. */
@ConsoleController
@PreAuthorize(SiteConsole.READERS)
class ChannelConsole {

	private final Channels channels;
	private final Sites sites;
	private final Units units;

	ChannelConsole(Channels channels, Sites sites, Units units) {
		this.channels = channels;
		this.sites = sites;
		this.units = units;
	}

	@GetMapping("/channels")
	String list(Model model) {
		return page(model, List.of(), null, null, null, null);
	}

	@PostMapping("/channels")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String open(@RequestParam(required = false) @Nullable SiteId portalId,
			@RequestParam(required = false) @Nullable UnitId unitId, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String slug, Model model, RedirectAttributes redirect) {
		try {
			if (portalId == null || unitId == null) {
				throw new Refusal(Refusal.Kind.INVALID, java.util.stream.Stream.of(
						portalId == null ? "请选择门户网站" : null, unitId == null ? "请选择单位" : null)
					.filter(java.util.Objects::nonNull).toList());
			}
			var channel = channels.open(portalId, unitId, name, slug.trim());
			redirect.addFlashAttribute(ConsoleForms.FLASH,
					"已在「" + channel.siteName() + "」为「" + channel.unitName() + "」开设部门栏目「" + channel.name() + "」");
			return "redirect:/channels";
		}
		catch (Refusal refusal) {
			return page(model, refusal.reasons(), portalId, unitId, name, slug);
		}
	}

	private String page(Model model, List<String> reasons, @Nullable SiteId portalId, @Nullable UnitId unitId,
			@Nullable String name, @Nullable String slug) {
		model.addAttribute("section", "channels");
		model.addAttribute("channels", channels.all());
		model.addAttribute("portals", sites.all().stream()
			.filter(site -> site.type() == SiteType.PORTAL && site.status().isActive())
			.toList());
		model.addAttribute("units", units.all().stream()
			.filter(unit -> unit.kind() == UnitKind.TOWNSHIP || unit.kind() == UnitKind.DEPARTMENT)
			.toList());
		model.addAttribute("reasons", reasons);
		model.addAttribute("portalId", portalId);
		model.addAttribute("unitId", unitId);
		model.addAttribute("name", name);
		model.addAttribute("slug", slug);
		return "channels/list";
	}
}
