package org.govsite.disclosure;

import java.time.LocalDate;

import org.govsite.calendar.Deadline;

/** The two questions the statutory clock asks the working-day calendar. */
interface WorkdayCount {

	/** The end of the {@code workingDays}-th working day after {@code from} ({@code from} itself does not count). */
	Deadline after(LocalDate from, int workingDays);

	/** The working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
	int between(LocalDate from, LocalDate to);
}
