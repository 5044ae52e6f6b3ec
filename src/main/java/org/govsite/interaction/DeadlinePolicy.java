package org.govsite.interaction;

import java.time.LocalDate;

import org.govsite.calendar.Deadline;

/** How time limits are reckoned: default working days per category, extensions, and the hard cap. */
interface DeadlinePolicy {

	/** The time limit of a message of this category received on that day (never past the cap). */
	Deadline initial(LocalDate receivedOn, MessageCategory category);

	/** The deadline moved on by {@code workingDays} working days after the current one (may pass the cap). */
	Deadline extend(LocalDate currentDeadline, int workingDays);

	/** The last day a message received on that day may be answered on (3 calendar months by default). */
	LocalDate cap(LocalDate receivedOn);

	/** The default extension: the category's own time limit in working days. */
	int workingDaysOf(MessageCategory category);
}
