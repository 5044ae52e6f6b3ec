package org.govsite.interaction;

import org.jspecify.annotations.Nullable;

/** A responder's move on a question: {@code ACCEPT}, {@code REJECT}, or {@code ANSWER} with the answer and the guest. */
public record QuestionCommand(InterviewLifecycle.@Nullable QuestionAction action, @Nullable String answer,
		@Nullable String guestId) {
}
