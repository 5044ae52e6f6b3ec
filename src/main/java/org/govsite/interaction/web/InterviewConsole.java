package org.govsite.interaction.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.govsite.interaction.InterviewForm;
import org.govsite.interaction.InterviewId;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 在线访谈 in the console: the shared skeleton with at least {@value InterviewInput#GUEST_ROWS} guest rows (no script
 * needed), and its own moves (start, end, the transcript) and the moderation and answering of questions.
 */
@ConsoleController
@RequestMapping("/interaction/interviews")
@PreAuthorize("hasAnyRole('RESPONDER','SUPERVISOR')")
class InterviewConsole extends ParticipationConsole<InterviewId, InterviewView, InterviewForm, InterviewInput> {

	private final Interviews interviews;

	InterviewConsole(Interviews interviews, Sites sites) {
		super(interviews, sites, new Words("安排", "安排访谈", "保存为预告", "访谈信息", "访谈简介"));
		this.interviews = interviews;
	}

	@Override
	InterviewInput empty() {
		return InterviewInput.empty();
	}

	@Override
	InterviewInput input(InterviewView item) {
		return InterviewInput.of(item);
	}

	@Override
	void detailModel(Model model, InterviewView item) {
		model.addAttribute("questions", interviews.questions(item.id()));
	}

	@PostMapping("/{id}/transitions")
	String transition(@PathVariable String id, @RequestParam(required = false) @Nullable Action action,
			HttpServletResponse response, RedirectAttributes redirect, Model model) {
		var interview = InterviewId.of(id);
		return act(response, redirect, model, interview, action == null ? null : action.label(),
				Map.of(), () -> "已执行「" + (action == null ? "" : action.label()) + "」，访谈当前状态："
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
				Map.of(), () -> "已执行「" + (action == null ? "" : action.label()) + "」，提问当前状态："
						+ interviews.moderate(interview, ParticipationApi.uuid(questionId),
								new QuestionCommand(action, answer, guestId)).statusLabel(), "#questions");
	}
}
