package org.govsite.interaction;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One step in a message's history: who did what, when, from which status to which, and their comment. */
public record TransitionRecord(MessageLifecycle.@Nullable Status from, MessageLifecycle.Status to, String action,
		String actor, @Nullable String comment, Instant occurredAt) {
}
