package org.govsite.interaction;

import java.time.LocalDate;

/**
 * A message's clock: the deadline (end of that working day), the working days left from today (0 on the deadline,
 * negative when overdue), whether the deadline may still move because a year's holiday notice is not announced
 * ({@code provisional}), and the three-month cap.
 */
public record MessageClock(LocalDate deadline, int workingDaysLeft, boolean provisional, LocalDate capDate,
		boolean overdue, boolean pastCap) {
}
