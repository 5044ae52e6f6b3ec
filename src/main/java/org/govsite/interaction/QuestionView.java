package org.govsite.interaction;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's question to an interview. For responders: as typed, with its moderation and the guest's answer. In the
 * public transcript: accepted and answered questions only, name and personal data in the text masked, no mobile.
 */
public record QuestionView(UUID id, InterviewId interviewId, String name, @Nullable String mobile, String content,
		Instant receivedAt, InterviewLifecycle.QuestionStatus status, @Nullable String answer, @Nullable UUID guestId,
		@Nullable String guestLabel, @Nullable Instant answeredAt) {

	@JsonProperty
	public String statusLabel() {
		return status.label();
	}

	/** The actions a responder may take on this question while the interview stands where it does. */
	public List<InterviewLifecycle.QuestionAction> actionsWhile(InterviewLifecycle.Status interview) {
		return InterviewLifecycle.questionActions(status, interview);
	}
}
