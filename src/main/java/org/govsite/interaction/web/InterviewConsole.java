package org.govsite.interaction.web;

import static org.govsite.interaction.web.SolicitationApi.uuid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.govsite.iam.Role;
import org.govsite.interaction.InterviewForm;
import org.govsite.interaction.InterviewLifecycle;
import org.govsite.interaction.InterviewLifecycle.Action;
import org.govsite.interaction.InterviewLifecycle.QuestionAction;
import org.govsite.interaction.InterviewView;
import org.govsite.interaction.Interviews;
import org.govsite.interaction.QuestionCommand;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.site.SiteId;
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
 * 在线访谈 in the console: list, schedule and edit (up to {@value #GUEST_ROWS} guests, no script needed), start and
 * end, moderate questions, record the guests' answers, publish the transcript. Access rules are {@link Interviews}'.
 */
@ConsoleController
@RequestMapping("/interaction/interviews")
@PreAuthorize("hasAnyRole('RESPONDER','SUPERVISOR')")
class InterviewConsole {

	static final int GUEST_ROWS = 4;

	private final Interviews interviews;
	private final Sites sites;

	InterviewConsole(Interviews interviews, Sites sites) {
		this.interviews = interviews;
		this.sites = sites;
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("section", "interaction");
		model.addAttribute("tab", "interviews");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("items", interviews.list(null));
		model.addAttribute("mayCreate", !responderSites().isEmpty());
		return "interaction/console/interviews";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, "", "", "", "", guestRows(List.of()), List.of());
	}

	@PostMapping("/new")
	String create(@RequestParam(required = false) @Nullable String siteId,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String scheduledAt,
			@RequestParam(required = false) @Nullable List<String> guestName,
			@RequestParam(required = false) @Nullable List<String> guestTitle,
			@RequestParam(required = false) @Nullable List<String> guestUnit, Model model, RedirectAttributes redirect) {
		var guests = guests(guestName, guestTitle, guestUnit);
		try {
			var created = interviews.create(new InterviewForm(siteId, title, description, scheduledAt, guests));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已安排在线访谈「" + created.title() + "」，当前状态：预告");
			return "redirect:/interaction/interviews/" + created.id();
		}
		catch (Refusal refusal) {
			return form(model, nn(siteId), nn(title), nn(description), nn(scheduledAt), guestRows(guests),
					refusal.reasons());
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable String id, Model model) {
		return detailPage(model, interviews.get(uuid(id)), List.of(), null);
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable String id, @RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String scheduledAt,
			@RequestParam(required = false) @Nullable List<String> guestName,
			@RequestParam(required = false) @Nullable List<String> guestTitle,
			@RequestParam(required = false) @Nullable List<String> guestUnit, Model model, RedirectAttributes redirect) {
		try {
			interviews.edit(uuid(id), new InterviewForm(null, title, description, scheduledAt,
					guests(guestName, guestTitle, guestUnit)));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已保存修改");
			return "redirect:/interaction/interviews/" + id;
		}
		catch (Refusal refusal) {
			return detailPage(model, interviews.get(uuid(id)), refusal.reasons(), "修改");
		}
	}

	@PostMapping("/{id}/transitions")
	String transition(@PathVariable String id, @RequestParam(required = false) @Nullable Action action, Model model,
			RedirectAttributes redirect) {
		try {
			var after = interviews.transition(uuid(id), action);
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已执行「" + (action == null ? "" : action.label())
					+ "」，访谈当前状态：" + after.statusLabel());
			return "redirect:/interaction/interviews/" + id;
		}
		catch (Refusal refusal) {
			return detailPage(model, interviews.get(uuid(id)), refusal.reasons(), action == null ? null : action.label());
		}
	}

	@PostMapping("/{id}/questions/{questionId}")
	String question(@PathVariable String id, @PathVariable String questionId,
			@RequestParam(required = false) @Nullable QuestionAction action,
			@RequestParam(required = false) @Nullable String answer,
			@RequestParam(required = false) @Nullable String guestId, Model model, RedirectAttributes redirect) {
		try {
			var after = interviews.moderate(uuid(id), uuid(questionId), new QuestionCommand(action, answer, guestId));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已执行「" + (action == null ? "" : action.label())
					+ "」，提问当前状态：" + after.statusLabel());
			return "redirect:/interaction/interviews/" + id + "#questions";
		}
		catch (Refusal refusal) {
			return detailPage(model, interviews.get(uuid(id)), refusal.reasons(), action == null ? null : action.label());
		}
	}

	private String detailPage(Model model, InterviewView item, List<String> reasons, @Nullable String failed) {
		var me = MessageConsole.me();
		model.addAttribute("item", item);
		model.addAttribute("responder", me.hasRoleOn(Role.RESPONDER, new SiteId(item.siteId())));
		model.addAttribute("questions", interviews.questions(item.id()));
		model.addAttribute("reasons", reasons);
		model.addAttribute("failed", failed);
		model.addAttribute("editScheduled", SolicitationConsole.local(item.scheduledAt()));
		model.addAttribute("guestRows", guestRows(item.guests().stream()
			.map(g -> new InterviewLifecycle.Guest(g.name(), g.title(), g.unit())).toList()));
		return "interaction/console/interview";
	}

	private String form(Model model, String siteId, String title, String description, String scheduledAt,
			List<InterviewLifecycle.Guest> guestRows, List<String> reasons) {
		model.addAttribute("sites", responderSites());
		var typed = new LinkedHashMap<String, String>();
		typed.put("siteId", siteId);
		typed.put("title", title);
		typed.put("description", description);
		typed.put("scheduledAt", scheduledAt);
		model.addAttribute("typed", typed);
		model.addAttribute("guestRows", guestRows);
		model.addAttribute("reasons", reasons);
		return "interaction/console/interview-form";
	}

	private static List<InterviewLifecycle.Guest> guests(@Nullable List<String> names, @Nullable List<String> titles,
			@Nullable List<String> units) {
		var result = new ArrayList<InterviewLifecycle.Guest>();
		int n = Math.max(size(names), Math.max(size(titles), size(units)));
		for (int i = 0; i < n; i++) {
			result.add(new InterviewLifecycle.Guest(at(names, i), at(titles, i), at(units, i)));
		}
		return result;
	}

	/** The guests plus empty rows up to {@link #GUEST_ROWS}. */
	private static List<InterviewLifecycle.Guest> guestRows(List<InterviewLifecycle.Guest> guests) {
		var rows = new ArrayList<>(guests);
		while (rows.size() < GUEST_ROWS) {
			rows.add(new InterviewLifecycle.Guest("", "", ""));
		}
		return rows;
	}

	private static int size(@Nullable List<String> list) {
		return list == null ? 0 : list.size();
	}

	private static @Nullable String at(@Nullable List<String> list, int i) {
		return list == null || i >= list.size() ? null : list.get(i);
	}

	private static String nn(@Nullable String value) {
		return value == null ? "" : value;
	}

	private List<SiteView> responderSites() {
		var me = MessageConsole.me();
		return sites.all().stream().filter(s -> me.hasRoleOn(Role.RESPONDER, s.id())).toList();
	}
}
