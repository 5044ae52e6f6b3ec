package org.govsite.content;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One recorded step of 三审: who did what to which revision, when, and what they said. {@code actor} is the account's
 * username (as in the audit trail); {@code actorName} the person's name that people read.
 */
public record ReviewStepView(int revision, ReviewAction action, ArticleState from, ArticleState to, String actor,
		String actorName, @Nullable String comment, Instant at) {

	public String actionLabel() {
		return action.label();
	}
}
