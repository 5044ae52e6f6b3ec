package org.govsite.interaction;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A new or edited interview: {@code scheduledAt} as in {@link SolicitationForm} (Beijing time without an offset), the
 * guests in order. {@code siteId} is ignored when editing.
 */
public record InterviewForm(@Nullable String siteId, @Nullable String title, @Nullable String description,
		@Nullable String scheduledAt, @Nullable List<InterviewLifecycle.Guest> guests) {
}
