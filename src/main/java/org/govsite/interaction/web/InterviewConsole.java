package org.govsite.interaction.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.govsite.interaction.InterviewForm;
import org.govsite.interaction.InterviewId;
import org.govsite.interaction.InterviewLifecycle;
import org.govsite.interaction.InterviewLifecycle.Action;
import org.govsite.interaction.InterviewLifecycle.QuestionAction;
import org.govsite.interaction.InterviewView;
import org.govsite.interaction.Interviews;
import org.govsite.interaction.QuestionCommand;
import org.govsite.shared.web.ConsoleController;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 在线访谈 in the console: the shared skeleton with up to {@value #GUEST_ROWS} guest rows (no script needed), and
 * its own moves (start, end, the transcript) and the moderation and answering of questions.
 */
@ConsoleController
@RequestMapping("/interaction/interviews")
@PreAuthorize("hasAnyRole('RESPONDER','SUPERVISOR')")
class InterviewConsole extends ParticipationConsole<InterviewId, InterviewView, InterviewForm> {

	static final int GUEST_ROWS = 4;

	private final Interviews interviews;

	InterviewConsole(Interviews interviews, Sites sites) {
		super(interviews, sites, new Words("安排", "安排访谈", "保存为预告", "访谈信息", "访谈简介"));
		this.interviews = interviews;
	}

	@Override
	InterviewForm form(MultiValueMap<String, String> typed) {
		return new InterviewForm(typed.getFirst("siteId"), typed.getFirst("title"), typed.getFirst("description"),
				typed.getFirst("scheduledAt"), guests(typed));
	}

	@Override
	MultiValueMap<String, String> typed(InterviewView item) {
		var typed = new LinkedMultiValueMap<String, String>();
		typed.add("title", item.title());
		typed.add("description", item.description());
		typed.add("scheduledAt", local(item.scheduledAt()));
		for (var g : item.guests()) {
			typed.add("guestName", g.name());
			typed.add("guestTitle", g.title());
			typed.add("guestUnit", g.unit());
		}
		return typed;
	}

	@Override
	void detailModel(Model model, InterviewView item, MultiValueMap<String, String> typed) {
		model.addAttribute("questions", interviews.questions(item.id()));
		model.addAttribute("guestRows", guestRows(guests(typed)));
	}

	@Override
	void formModel(Model model, MultiValueMap<String, String> typed) {
		model.addAttribute("guestRows", guestRows(guests(typed)));
	}

	@PostMapping("/{id}/transitions")
	String transition(@PathVariable String id, @RequestParam(required = false) @Nullable Action action,
			HttpServletResponse response, RedirectAttributes redirect, Model model) {
		var interview = InterviewId.of(id);
		return act(response, redirect, model, interview, action == null ? null : action.label(),
				new LinkedMultiValueMap<>(), () -> "已执行「" + (action == null ? "" : action.label()) + "」，访谈当前状态："
						+ interviews.transition(interview, action).statusLabel(), "");
	}

	@PostMapping("/{id}/questions/{questionId}")
	String question(@PathVariable String id, @PathVariable String questionId,
			@RequestParam(required = false) @Nullable QuestionAction action,
			@RequestParam(required = false) @Nullable String answer,
			@RequestParam(required = false) @Nullable String guestId, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		var interview = InterviewId.of(id);
		return act(response, redirect, model, interview, action == null ? null : action.label(),
				new LinkedMultiValueMap<>(), () -> "已执行「" + (action == null ? "" : action.label()) + "」，提问当前状态："
						+ interviews.moderate(interview, ParticipationApi.uuid(questionId),
								new QuestionCommand(action, answer, guestId)).statusLabel(), "#questions");
	}

	private static List<InterviewLifecycle.Guest> guests(MultiValueMap<String, String> typed) {
		var names = typed.getOrDefault("guestName", List.of());
		var titles = typed.getOrDefault("guestTitle", List.of());
		var units = typed.getOrDefault("guestUnit", List.of());
		var result = new ArrayList<InterviewLifecycle.Guest>();
		int n = Math.max(names.size(), Math.max(titles.size(), units.size()));
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

	private static @Nullable String at(List<String> list, int i) {
		return i >= list.size() ? null : list.get(i);
	}
}
