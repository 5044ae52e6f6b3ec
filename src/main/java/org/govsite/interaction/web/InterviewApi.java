package org.govsite.interaction.web;

import java.util.List;

import org.govsite.interaction.InterviewForm;
import org.govsite.interaction.InterviewId;
import org.govsite.interaction.InterviewLifecycle;
import org.govsite.interaction.InterviewView;
import org.govsite.interaction.Interviews;
import org.govsite.interaction.QuestionCommand;
import org.govsite.interaction.QuestionView;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The responders' API for online interviews (在线访谈): the shared part, and the moves and questions of its own.
 * Forms: {@code {"siteId", "title", "description", "scheduledAt", "guests": [{"name", "title", "unit"}]}}.
 */
@RestController
@RequestMapping("/api/v1/interviews")
class InterviewApi extends ParticipationApi<InterviewId, InterviewView, InterviewForm> {

	private final Interviews interviews;

	InterviewApi(Interviews interviews) {
		super(interviews);
		this.interviews = interviews;
	}

	record Transition(InterviewLifecycle.@Nullable Action action) {
	}

	/** {@code {"action": "START|END|PUBLISH_TRANSCRIPT"}}. */
	@PostMapping("/{id}/transitions")
	InterviewView transition(@PathVariable String id, @RequestBody Transition body) {
		return interviews.transition(InterviewId.of(id), body.action());
	}

	@GetMapping("/{id}/questions")
	List<QuestionView> questions(@PathVariable String id) {
		return interviews.questions(InterviewId.of(id));
	}

	/** {@code {"action": "ACCEPT|REJECT|ANSWER", "answer": "…", "guestId": "…"}}. */
	@PostMapping("/{id}/questions/{questionId}/transitions")
	QuestionView moderate(@PathVariable String id, @PathVariable String questionId, @RequestBody QuestionCommand command) {
		return interviews.moderate(InterviewId.of(id), uuid(questionId), command);
	}
}
