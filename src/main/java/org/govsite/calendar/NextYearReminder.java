package org.govsite.calendar;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * When to remind the system administrator to enter next year's notice: from 1 November (the State Council usually
 * publishes it in November or December) for as long as next year is not announced.
 */
final class NextYearReminder {

	static final MonthDay FROM = MonthDay.of(11, 1);

	private NextYearReminder() {
	}

	static boolean due(LocalDate today, YearNotice nextYear) {
		if (nextYear.year() != today.getYear() + 1) {
			throw new IllegalArgumentException("expected the notice of " + (today.getYear() + 1));
		}
		return !MonthDay.from(today).isBefore(FROM) && !nextYear.announced();
	}
}
