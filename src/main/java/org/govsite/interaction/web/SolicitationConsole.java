package org.govsite.interaction.web;

import static org.govsite.interaction.web.SolicitationApi.uuid;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.shared.BeijingTime;
import org.govsite.iam.Role;
import org.govsite.interaction.SolicitationCommand;
import org.govsite.interaction.SolicitationForm;
import org.govsite.interaction.SolicitationLifecycle.Action;
import org.govsite.interaction.SolicitationView;
import org.govsite.interaction.Solicitations;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 征集调查 in the console: list, create and edit, open and close, the opinions with publication, and the result.
 * Access rules are the {@link Solicitations} service's; refusals are shown with what was typed.
 */
@ConsoleController
@RequestMapping("/interaction/solicitations")
@PreAuthorize("hasAnyRole('RESPONDER','SUPERVISOR')")
class SolicitationConsole {

	private final Solicitations solicitations;
	private final Sites sites;

	SolicitationConsole(Solicitations solicitations, Sites sites) {
		this.solicitations = solicitations;
		this.sites = sites;
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("section", "interaction");
		model.addAttribute("tab", "solicitations");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("items", solicitations.list(null));
		model.addAttribute("mayCreate", !responderSites().isEmpty());
		return "interaction/console/solicitations";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, null, typed(null, null, null, null, null), List.of());
	}

	@PostMapping("/new")
	String create(@RequestParam(required = false) @Nullable String siteId,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String startsAt,
			@RequestParam(required = false) @Nullable String endsAt, Model model, RedirectAttributes redirect) {
		try {
			var created = solicitations.create(new SolicitationForm(siteId, title, description, startsAt, endsAt));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已发起征集调查「" + created.title() + "」，当前状态：筹备");
			return "redirect:/interaction/solicitations/" + created.id();
		}
		catch (Refusal refusal) {
			return form(model, null, typed(siteId, title, description, startsAt, endsAt), refusal.reasons());
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable String id, Model model) {
		return detailPage(model, solicitations.get(uuid(id)), List.of(), null, Map.of());
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable String id, @RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String startsAt,
			@RequestParam(required = false) @Nullable String endsAt, Model model, RedirectAttributes redirect) {
		try {
			solicitations.edit(uuid(id), new SolicitationForm(null, title, description, startsAt, endsAt));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已保存修改");
			return "redirect:/interaction/solicitations/" + id;
		}
		catch (Refusal refusal) {
			return detailPage(model, solicitations.get(uuid(id)), refusal.reasons(), Action.EDIT,
					typed(null, title, description, startsAt, endsAt));
		}
	}

	@PostMapping("/{id}/transitions")
	String transition(@PathVariable String id, @RequestParam(required = false) @Nullable Action action,
			@RequestParam(required = false) @Nullable String result, Model model, RedirectAttributes redirect) {
		try {
			var after = solicitations.transition(uuid(id), new SolicitationCommand(action, result));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已执行「" + (action == null ? "" : action.label())
					+ "」，征集调查当前状态：" + after.statusLabel());
			return "redirect:/interaction/solicitations/" + id;
		}
		catch (Refusal refusal) {
			var typed = new LinkedHashMap<String, String>();
			typed.put("result", result == null ? "" : result);
			return detailPage(model, solicitations.get(uuid(id)), refusal.reasons(), action, typed);
		}
	}

	@PostMapping("/{id}/opinions/{opinionId}/publication")
	String publication(@PathVariable String id, @PathVariable String opinionId,
			@RequestParam(defaultValue = "false") boolean published, RedirectAttributes redirect) {
		solicitations.markOpinion(uuid(id), uuid(opinionId), published);
		redirect.addFlashAttribute(ConsoleForms.FLASH, published ? "该意见已在公开页面显示（姓名已隐藏）" : "该意见已撤回公开");
		return "redirect:/interaction/solicitations/" + id + "#opinions";
	}

	private String detailPage(Model model, SolicitationView item, List<String> reasons, @Nullable Action failed,
			Map<String, String> typed) {
		var me = MessageConsole.me();
		boolean responder = me.hasRoleOn(Role.RESPONDER, new org.govsite.site.SiteId(item.siteId()));
		model.addAttribute("item", item);
		model.addAttribute("responder", responder);
		model.addAttribute("opinions", solicitations.opinions(item.id()));
		model.addAttribute("reasons", reasons);
		model.addAttribute("failed", failed);
		model.addAttribute("typed", typed);
		model.addAttribute("editStart", failed == Action.EDIT ? typed.get("startsAt") : local(item.startsAt()));
		model.addAttribute("editEnd", failed == Action.EDIT ? typed.get("endsAt") : local(item.endsAt()));
		model.addAttribute("editTitle", failed == Action.EDIT ? typed.get("title") : item.title());
		model.addAttribute("editDescription", failed == Action.EDIT ? typed.get("description") : item.description());
		return "interaction/console/solicitation";
	}

	private String form(Model model, @Nullable SolicitationView item, Map<String, String> typed, List<String> reasons) {
		model.addAttribute("sites", responderSites());
		model.addAttribute("typed", typed);
		model.addAttribute("reasons", reasons);
		return "interaction/console/solicitation-form";
	}

	static String local(java.time.Instant instant) {
		return instant.atZone(BeijingTime.ZONE).toLocalDateTime().withSecond(0).withNano(0).toString();
	}

	private List<SiteView> responderSites() {
		var me = MessageConsole.me();
		return sites.all().stream().filter(s -> me.hasRoleOn(Role.RESPONDER, s.id())).toList();
	}

	private static Map<String, String> typed(@Nullable String siteId, @Nullable String title,
			@Nullable String description, @Nullable String startsAt, @Nullable String endsAt) {
		var typed = new LinkedHashMap<String, String>();
		typed.put("siteId", siteId == null ? "" : siteId);
		typed.put("title", title == null ? "" : title);
		typed.put("description", description == null ? "" : description);
		typed.put("startsAt", startsAt == null ? "" : startsAt);
		typed.put("endsAt", endsAt == null ? "" : endsAt);
		return typed;
	}
}
