package org.govsite.disclosure;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A request's statutory clock: the deadline (end of that working day; null while the clock is stopped for completion,
 * since it restarts from the completed request), whether it is paused (completion, third party), whether it was
 * extended and by how many working days, the third party's own deadline, and whether the request is (or was answered)
 * past the deadline.
 */
public record DeadlineView(@Nullable LocalDate deadline, boolean paused, boolean extended, int extensionDays,
		boolean provisional, @Nullable LocalDate consultationDue, int pausedDays, boolean late) {
}
