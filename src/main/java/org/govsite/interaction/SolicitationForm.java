package org.govsite.interaction;

import org.jspecify.annotations.Nullable;

/**
 * A new or edited solicitation. {@code startsAt} and {@code endsAt} are date-times either with an offset
 * ({@code 2026-04-01T09:00:00+08:00}) or without, then Beijing time ({@code 2026-04-01T09:00}, as an HTML
 * {@code datetime-local} field sends it). {@code siteId} is ignored when editing.
 */
public record SolicitationForm(@Nullable String siteId, @Nullable String title, @Nullable String description,
		@Nullable String startsAt, @Nullable String endsAt) {
}
