package org.govsite.calendar;

import java.time.LocalDate;

/**
 * The time-limit rule: the day of receipt does not count; counting starts with the first working day after it, and
 * the deadline is the end of the N-th working day. The deadline is provisional when any day looked at after the day
 * of receipt (up to and including the deadline) was answered provisionally.
 */
final class DeadlineRule {

	private DeadlineRule() {
	}

	static Deadline deadline(LocalDate receivedOn, WorkingDays workingDays, DayClassifier calendar) {
		CalendarRange.require(receivedOn);
		var day = receivedOn;
		int counted = 0;
		boolean provisional = false;
		while (counted < workingDays.count()) {
			day = day.plusDays(1);
			var verdict = calendar.classify(day);
			provisional |= verdict.provisional();
			if (verdict.workingDay()) {
				counted++;
			}
		}
		return new Deadline(day, provisional);
	}
}
