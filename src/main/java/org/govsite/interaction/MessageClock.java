package org.govsite.interaction;

import java.time.LocalDate;

/**
 * A message's clock: the deadline (end of that working day), the working days left from today (0 on the deadline,
 * negative when overdue), whether the deadline may still move because a year's holiday notice is not announced
 * ({@code provisional}), and the three-month cap.
 */
public record MessageClock(LocalDate deadline, int workingDaysLeft, boolean provisional, LocalDate capDate,
		boolean overdue, boolean pastCap) {

	/** The message's clock as it stands today. */
	static MessageClock of(StoredMessage m, CalendarDeadlines.Days days, LocalDate today) {
		return new MessageClock(m.deadline(), days.workingDaysLeft(today, m.deadline()), m.deadlineProvisional(),
				m.capDate(), m.status().open() && today.isAfter(m.deadline()),
				m.status().open() && today.isAfter(m.capDate()));
	}
}
