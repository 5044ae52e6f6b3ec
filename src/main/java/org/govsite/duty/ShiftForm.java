package org.govsite.duty;

import org.jspecify.annotations.Nullable;

/** {@code {"officer": "duty", "leader": "supervisor", "startsAt": "2026-11-29T08:00", "endsAt": "2026-11-29T20:00"}} (Beijing time unless an offset is given). */
public record ShiftForm(@Nullable String officer, @Nullable String leader, @Nullable String startsAt,
		@Nullable String endsAt) {
}
