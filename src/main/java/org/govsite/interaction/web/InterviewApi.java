package org.govsite.interaction.web;

import static org.govsite.interaction.web.SolicitationApi.uuid;

import java.util.List;

import org.govsite.interaction.InterviewForm;
import org.govsite.interaction.InterviewLifecycle;
import org.govsite.interaction.InterviewView;
import org.govsite.interaction.Interviews;
import org.govsite.interaction.QuestionCommand;
import org.govsite.interaction.QuestionView;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The responders' API for online interviews (在线访谈). Access rules live in {@link Interviews}. */
@RestController
@RequestMapping("/api/v1/interviews")
class InterviewApi {

	private final Interviews interviews;

	InterviewApi(Interviews interviews) {
		this.interviews = interviews;
	}

	@GetMapping
	List<InterviewView> list(@RequestParam(required = false) @Nullable String siteId) {
		return interviews.list(SiteId.of(siteId));
	}

	/** {@code {"siteId", "title", "description", "scheduledAt", "guests": [{"name", "title", "unit"}]}}: 201, 预告. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	InterviewView create(@RequestBody InterviewForm form) {
		return interviews.create(form);
	}

	@GetMapping("/{id}")
	InterviewView get(@PathVariable String id) {
		return interviews.get(uuid(id));
	}

	@PutMapping("/{id}")
	InterviewView edit(@PathVariable String id, @RequestBody InterviewForm form) {
		return interviews.edit(uuid(id), form);
	}

	record Transition(InterviewLifecycle.@Nullable Action action) {
	}

	/** {@code {"action": "START|END|PUBLISH_TRANSCRIPT"}}. */
	@PostMapping("/{id}/transitions")
	InterviewView transition(@PathVariable String id, @RequestBody Transition body) {
		return interviews.transition(uuid(id), body.action());
	}

	@GetMapping("/{id}/questions")
	List<QuestionView> questions(@PathVariable String id) {
		return interviews.questions(uuid(id));
	}

	/** {@code {"action": "ACCEPT|REJECT|ANSWER", "answer": "…", "guestId": "…"}}. */
	@PostMapping("/{id}/questions/{questionId}/transitions")
	QuestionView moderate(@PathVariable String id, @PathVariable String questionId, @RequestBody QuestionCommand command) {
		return interviews.moderate(uuid(id), uuid(questionId), command);
	}
}
