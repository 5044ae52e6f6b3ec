package org.govsite.publishing.web;

import org.govsite.publishing.PublishingAccess;
import org.govsite.publishing.SiteKeys;
import org.govsite.publishing.SiteRebuilds;
import org.govsite.publishing.SiteThemes;
import org.govsite.publishing.ThemeForm;
import org.govsite.publishing.ThemeView;
import org.govsite.shared.Actor;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.site.SiteId;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 网站发布: a site's public address, full rebuild with a progress bar (htmx polling) and its theme. */
@ConsoleController
@RequestMapping("/publishing/sites/{id:[0-9a-f-]{36}}")
class PublishingConsole {

	private final Sites sites;
	private final SiteRebuilds rebuilds;
	private final SiteThemes themes;

	PublishingConsole(Sites sites, SiteRebuilds rebuilds, SiteThemes themes) {
		this.sites = sites;
		this.rebuilds = rebuilds;
		this.themes = themes;
	}

	@GetMapping
	String page(@PathVariable String id, Model model) {
		var site = site(id);
		model.addAttribute("section", "sites");
		model.addAttribute("site", sites.get(site));
		var key = SiteKeys.of(sites.get(site));
		model.addAttribute("publicUrl", key == null ? null : "/sites/" + key + "/");
		model.addAttribute("run", rebuilds.latest(site).orElse(null));
		if (model.containsAttribute("themeColor")) {
			var map = model.asMap();
			model.addAttribute("theme", new ThemeView(site, (String) map.get("themeColor"), (String) map.get("themeLogo"),
					(String) map.get("themeBanner")));
		}
		else {
			model.addAttribute("theme", themes.of(site));
		}
		return "publishing/site";
	}

	@GetMapping("/progress")
	String progress(@PathVariable String id, Model model) {
		var site = site(id);
		model.addAttribute("site", sites.get(site));
		model.addAttribute("run", rebuilds.latest(site).orElse(null));
		return "publishing/site :: progress";
	}

	@PostMapping("/rebuild")
	String rebuild(@PathVariable String id, RedirectAttributes redirect) {
		var site = site(id);
		rebuilds.request(site, Actor.current());
		redirect.addFlashAttribute("notice", "已开始全站生成");
		return "redirect:/publishing/sites/" + id;
	}

	@PostMapping("/theme")
	String theme(@PathVariable String id, @RequestParam(required = false) @Nullable String mainColor,
			@RequestParam(required = false) @Nullable String logoPath, @RequestParam(required = false) @Nullable String bannerPath,
			RedirectAttributes redirect) {
		var site = site(id);
		try {
			themes.change(site, new ThemeForm(mainColor, logoPath, bannerPath));
			redirect.addFlashAttribute("notice", "已保存主题，正在重新生成网站");
		}
		catch (Refusal refusal) {
			if (refusal.kind() != Refusal.Kind.INVALID) {
				throw refusal;
			}
			// flash attributes live in the JDBC session: strings only
			redirect.addFlashAttribute("themeErrors", new java.util.ArrayList<>(refusal.reasons()));
			redirect.addFlashAttribute("themeColor", mainColor == null ? "" : mainColor);
			redirect.addFlashAttribute("themeLogo", logoPath == null ? "" : logoPath);
			redirect.addFlashAttribute("themeBanner", bannerPath == null ? "" : bannerPath);
		}
		return "redirect:/publishing/sites/" + id;
	}

	private SiteId site(String id) {
		var site = SiteId.of(id);
		if (site == null || sites.find(site).isEmpty()) {
			throw Refusal.notFound("网站不存在");
		}
		PublishingAccess.requireSiteAdmin(site);
		return site;
	}
}
