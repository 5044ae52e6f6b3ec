package org.govsite.rectification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.govsite.assessment.AssessmentId;
import org.govsite.assessment.Assessments;
import org.govsite.assessment.SiteAssessment;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.rectification.RectificationLifecycle.Action;
import org.govsite.rectification.Rectifications;
import org.govsite.rectification.Rectifications.NoticeView;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.site.SiteId;
import org.govsite.site.SiteStatus;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console door to rectification (Art. 24; the API's twin): the notices the reader may see; issuing one (from an
 * assessment result or by hand); the notice with the unit's answers item by item and the supervisor's moves —
 * verify, return, remind, interview. {@link Rectifications} decides who may do what; this page offers each reader
 * only the moves that are theirs.
 */
@ConsoleController
@RequestMapping("/supervision/rectifications")
class RectificationConsole {

	private final Rectifications rectifications;
	private final Assessments assessments;
	private final Sites sites;

	RectificationConsole(Rectifications rectifications, Assessments assessments, Sites sites) {
		this.rectifications = rectifications;
		this.assessments = assessments;
		this.sites = sites;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("section", "rectifications");
		model.addAttribute("notices", rectifications.list(null));
		return "supervision/rectifications";
	}

	@GetMapping("/new")
	String form(@RequestParam(required = false) @Nullable String site,
			@RequestParam(required = false) @Nullable String assessment, Model model) {
		var typed = new java.util.HashMap<String, String>();
		typed.put("siteId", site == null ? "" : site);
		typed.put("assessmentId", assessment == null ? "" : assessment);
		typed.put("workingDays", "10");
		typed.put("responsible", "");
		typed.put("items", "");
		return form(typed, List.of(), model);
	}

	@PostMapping
	String issue(@RequestParam Map<String, String> typed, HttpServletResponse response, RedirectAttributes redirect,
			Model model) {
		return ConsoleForms.attempt(response, () -> {
			var items = new ArrayList<Rectifications.ItemForm>();
			typed.getOrDefault("items", "").lines().map(String::strip).filter(l -> !l.isEmpty())
				.forEach(l -> items.add(new Rectifications.ItemForm(null, l)));
			var notice = rectifications.issue(new Rectifications.NoticeForm(siteId(typed.get("siteId")),
					assessmentId(typed.get("assessmentId")), items, workingDays(typed.get("workingDays")),
					typed.get("responsible")));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已下发「" + notice.title() + "」");
			return "redirect:/supervision/rectifications/" + notice.id();
		}, refusal -> form(typed, refusal.reasons(), model));
	}

	@GetMapping("/{id}")
	String notice(@PathVariable String id, Model model) {
		return notice(rectifications.get(uuid(id)), List.of(), Map.of(), model);
	}

	@PostMapping("/{id}/items/{item}/answer")
	String answer(@PathVariable String id, @PathVariable String item, @RequestParam Map<String, String> typed,
			HttpServletResponse response, RedirectAttributes redirect, Model model) {
		var notice = uuid(id);
		return ConsoleForms.attempt(response, () -> {
			rectifications.answer(notice, uuid(item),
					new Rectifications.AnswerForm(typed.get("answer"), typed.get("evidence")));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已保存整改答复");
			return "redirect:/supervision/rectifications/" + notice;
		}, refusal -> notice(rectifications.get(notice), refusal.reasons(), Map.of(item, typed), model));
	}

	@PostMapping("/{id}/actions")
	String act(@PathVariable String id, @RequestParam Map<String, String> typed, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		var notice = uuid(id);
		Action action;
		try {
			action = Action.valueOf(typed.getOrDefault("action", ""));
		}
		catch (IllegalArgumentException e) {
			action = null;
		}
		var chosen = action;
		return ConsoleForms.attempt(response, () -> {
			rectifications.act(notice, new Rectifications.ActionForm(chosen, typed.get("comment")));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已执行「" + chosen.label() + "」");
			return "redirect:/supervision/rectifications/" + notice;
		}, refusal -> notice(rectifications.get(notice), refusal.reasons(),
				Map.of("action:" + typed.getOrDefault("action", ""), typed), model));
	}

	// ------------------------------------------------------------------ pages

	private String form(Map<String, String> typed, List<String> reasons, Model model) {
		var candidates = sites.all().stream()
			.filter(s -> s.type().isGovernment() && s.status() == SiteStatus.RUNNING)
			.sorted(java.util.Comparator.comparing(SiteView::name)).toList();
		SiteAssessment result = null;
		var assessment = assessmentId(typed.get("assessmentId"));
		var site = siteId(typed.get("siteId"));
		if (assessment != null && site != null) {
			result = assessments.get(assessment).sites().stream().filter(r -> r.siteId().equals(site)).findFirst()
				.orElse(null);
		}
		model.addAttribute("section", "rectifications");
		model.addAttribute("sites", candidates);
		model.addAttribute("typed", typed);
		model.addAttribute("fromAssessment", result);
		model.addAttribute("reasons", reasons);
		model.addAttribute("fieldErrors", Map.of());
		return "supervision/rectification-new";
	}

	private String notice(NoticeView notice, List<String> reasons, Map<String, Map<String, String>> typed, Model model) {
		var user = CurrentUser.fromContext().orElseThrow(() -> Refusal.forbidden("请先登录"));
		boolean supervisor = user.hasPlatformRole(Role.SUPERVISOR);
		boolean unit = user.unitId().equals(sites.get(notice.siteId()).sponsorUnitId().value())
				&& user.hasRoleOn(Role.SITE_ADMIN, notice.siteId());
		var moves = notice.availableActions().stream()
			.filter(a -> a != Action.ANSWER)
			.filter(a -> a == Action.SUBMIT ? unit : supervisor)
			.toList();
		model.addAttribute("section", "rectifications");
		model.addAttribute("notice", notice);
		model.addAttribute("answering", unit && notice.availableActions().contains(Action.ANSWER));
		model.addAttribute("moves", moves);
		var labels = new java.util.HashMap<String, String>();
		labels.put("ISSUE", "下发");
		for (var a : Action.values()) {
			labels.put(a.name(), a.label());
		}
		for (var st : org.govsite.rectification.RectificationLifecycle.Status.values()) {
			labels.put(st.name(), st.label());
		}
		model.addAttribute("labels", labels);
		model.addAttribute("typed", typed);
		model.addAttribute("reasons", reasons);
		model.addAttribute("fieldErrors", Map.of());
		return "supervision/rectification";
	}

	private static @Nullable SiteId siteId(@Nullable String text) {
		return text == null || text.isBlank() ? null : SiteId.of(text);
	}

	private static @Nullable AssessmentId assessmentId(@Nullable String text) {
		return text == null || text.isBlank() ? null : AssessmentId.of(text);
	}

	private static @Nullable Integer workingDays(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			throw Refusal.invalid("整改期限应填写 1 至 60 的整数（工作日）");
		}
	}

	private static UUID uuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException e) {
			throw Refusal.notFound("整改通知不存在");
		}
	}
}
