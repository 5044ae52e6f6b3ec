package org.govsite.content;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One recorded step of 三审: who did what to which revision, when, and what they said. */
public record ReviewStepView(int revision, ReviewAction action, ArticleState from, ArticleState to, String actor,
		@Nullable String comment, Instant at) {

	public String actionLabel() {
		return action.label();
	}
}
