package org.govsite.site.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.site.SiteAction;
import org.govsite.site.SiteId;
import org.govsite.site.SiteLifecycle;
import org.govsite.site.SiteStatus;
import org.govsite.site.SiteType;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.govsite.site.TransitionRequest;
import org.govsite.unit.UnitKind;
import org.govsite.unit.Units;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 网站管理: list and read sites (oversight roles), register and change them (system administrator), and move them
 * through the lifecycle (system administrator or supervisor), always with a reason.
 */
@ConsoleController
@RequestMapping("/sites")
@PreAuthorize(SiteConsole.READERS)
class SiteConsole {

	static final String READERS = "hasAnyRole('SYSTEM_ADMIN','SECURITY_ADMIN','AUDIT_ADMIN','SUPERVISOR','CO_REGULATOR')";
	static final String OPERATORS = "hasAnyRole('SYSTEM_ADMIN','SUPERVISOR')";

	private final Sites sites;
	private final Units units;

	SiteConsole(Sites sites, Units units) {
		this.sites = sites;
		this.units = units;
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("section", "sites");
		model.addAttribute("types", SiteType.values());
		model.addAttribute("statuses", SiteStatus.values());
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable SiteType type,
			@RequestParam(required = false) @Nullable SiteStatus status, @RequestParam(required = false) @Nullable String q,
			Model model) {
		var needle = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
		var found = sites.all().stream()
			.filter(site -> type == null || site.type() == type)
			.filter(site -> status == null || site.status() == status)
			.filter(site -> needle.isEmpty() || matches(site, needle))
			.toList();
		model.addAttribute("sites", found);
		model.addAttribute("type", type);
		model.addAttribute("status", status);
		model.addAttribute("q", q == null ? "" : q);
		return "sites/list";
	}

	private static boolean matches(SiteView site, String needle) {
		return site.name().toLowerCase(Locale.ROOT).contains(needle)
				|| site.sponsorUnitName().toLowerCase(Locale.ROOT).contains(needle)
				|| (site.siteCode() != null && site.siteCode().contains(needle))
				|| (site.mainDomain() != null && site.mainDomain().toLowerCase(Locale.ROOT).contains(needle))
				|| site.aliases().stream().anyMatch(alias -> alias.toLowerCase(Locale.ROOT).contains(needle));
	}

	@GetMapping("/{id:[0-9a-f-]{36}}")
	String detail(@PathVariable SiteId id, Model model) {
		var site = sites.get(id);
		model.addAttribute("site", site);
		model.addAttribute("history", sites.history(id));
		model.addAttribute("actionLabels", actionLabels());
		model.addAttribute("actions", SiteLifecycle.actionsFrom(site.status()));
		addTransitionChoices(model, site);
		model.addAttribute("names", siteNames());
		return "sites/detail";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String createForm(Model model) {
		return form(model, SiteInput.empty(), null, List.of());
	}

	@PostMapping
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String create(@Valid @ModelAttribute("form") @Nullable SiteInput form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (form == null || result.hasErrors()) {
			model.addAttribute("fieldErrors", ConsoleForms.fieldErrors(result));
			return form(model, form, null, List.of());
		}
		return ConsoleForms.attempt(response, () -> {
			var site = sites.register(form.toForm());
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已登记网站「" + site.name() + "」，状态为申请中");
			return "redirect:/sites/" + site.id();
		}, refusal -> refused(model, form, null, refusal));
	}

	@GetMapping("/{id:[0-9a-f-]{36}}/edit")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String editForm(@PathVariable SiteId id, Model model) {
		return form(model, SiteInput.of(sites.get(id)), id, List.of());
	}

	@PostMapping("/{id:[0-9a-f-]{36}}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String change(@PathVariable SiteId id, @Valid @ModelAttribute("form") @Nullable SiteInput form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (form == null || result.hasErrors()) {
			model.addAttribute("fieldErrors", ConsoleForms.fieldErrors(result));
			return form(model, form, id, List.of());
		}
		return ConsoleForms.attempt(response, () -> {
			var site = sites.change(id, form.toForm());
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已保存网站「" + site.name() + "」");
			return "redirect:/sites/" + site.id();
		}, refusal -> refused(model, form, id, refusal));
	}

	/** The action's form as a page of its own: without JavaScript, and after a refusal. */
	@GetMapping("/{id:[0-9a-f-]{36}}/transition")
	@PreAuthorize(OPERATORS)
	String transitionForm(@PathVariable SiteId id, @RequestParam SiteAction action, Model model) {
		return transitionPage(model, sites.get(id), action, List.of(), null, null, null, null, null);
	}

	@PostMapping("/{id:[0-9a-f-]{36}}/transition")
	@PreAuthorize(OPERATORS)
	String transition(@PathVariable SiteId id, @RequestParam(required = false) @Nullable SiteAction action,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String noticeFrom,
			@RequestParam(required = false) @Nullable SiteId successorSiteId,
			@RequestParam(required = false) @Nullable String archiveDecision,
			@RequestParam(required = false) @Nullable SiteId mergeIntoId, Model model, RedirectAttributes redirect) {
		var site = sites.get(id);
		var reasons = new ArrayList<String>();
		LocalDate from = null;
		if (noticeFrom != null && !noticeFrom.isBlank()) {
			try {
				from = LocalDate.parse(noticeFrom.trim());
			}
			catch (DateTimeParseException e) {
				reasons.add("公示开始日期格式不正确，应为 年-月-日");
			}
		}
		if (reasons.isEmpty()) {
			try {
				var after = sites.transition(id,
						new TransitionRequest(action, reason, from, successorSiteId, archiveDecision, mergeIntoId));
				redirect.addFlashAttribute(ConsoleForms.FLASH,
						"已执行「" + (action == null ? "" : action.label()) + "」，网站当前状态：" + after.statusLabel());
				return "redirect:/sites/" + id;
			}
			catch (Refusal refusal) {
				reasons.addAll(refusal.reasons());
			}
		}
		if (action == null) {
			redirect.addFlashAttribute(ConsoleForms.FLASH, String.join("；", reasons));
			return "redirect:/sites/" + id;
		}
		return transitionPage(model, site, action, reasons, reason, noticeFrom, successorSiteId, archiveDecision,
				mergeIntoId);
	}

	private String transitionPage(Model model, SiteView site, SiteAction action, List<String> reasons,
			@Nullable String reason, @Nullable String noticeFrom, @Nullable SiteId successorSiteId,
			@Nullable String archiveDecision, @Nullable SiteId mergeIntoId) {
		model.addAttribute("site", site);
		model.addAttribute("action", action);
		model.addAttribute("reasons", reasons);
		model.addAttribute("reason", reason);
		model.addAttribute("noticeFrom", noticeFrom);
		model.addAttribute("successorSiteId", successorSiteId);
		model.addAttribute("archiveDecision", archiveDecision);
		model.addAttribute("mergeIntoId", mergeIntoId);
		addTransitionChoices(model, site);
		return "sites/transition";
	}

	private void addTransitionChoices(Model model, SiteView site) {
		var running = sites.all().stream()
			.filter(other -> other.status() == SiteStatus.RUNNING && !other.id().equals(site.id()))
			.toList();
		model.addAttribute("successors", running);
		model.addAttribute("portals", running.stream().filter(other -> other.type() == SiteType.PORTAL).toList());
	}

	/** The form again after the service refused it: each reason beside its field, the rest above the form. */
	private String refused(Model model, SiteInput form, @Nullable SiteId id, Refusal refusal) {
		model.addAttribute("fieldErrors", refusal.reasonsByField());
		return form(model, form, id, refusal.unplacedReasons());
	}

	private String form(Model model, @Nullable SiteInput form, @Nullable SiteId id, List<String> reasons) {
		model.addAttribute("form", form == null ? SiteInput.empty() : form);
		model.addAttribute("siteId", id);
		model.addAttribute("reasons", reasons);
		var all = units.all();
		model.addAttribute("sponsors", all.stream()
			.filter(unit -> unit.kind() != UnitKind.TOWNSHIP && unit.kind() != UnitKind.VENDOR)
			.toList());
		model.addAttribute("operators", all);
		if (!model.containsAttribute("fieldErrors")) {
			model.addAttribute("fieldErrors", Map.of());
		}
		return "sites/form";
	}

	private Map<String, String> siteNames() {
		var names = new LinkedHashMap<String, String>();
		sites.all().forEach(site -> names.put(site.id().toString(), site.name()));
		return names;
	}

	static Map<String, String> actionLabels() {
		var labels = new LinkedHashMap<String, String>();
		labels.put("REGISTER", "提交开设申请");
		for (var action : SiteAction.values()) {
			labels.put(action.name(), action.label());
		}
		return labels;
	}
}
