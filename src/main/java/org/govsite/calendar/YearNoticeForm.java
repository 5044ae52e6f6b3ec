package org.govsite.calendar;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A year's holiday notice as the system administrator enters it: whether the State Council has announced the year,
 * and the complete list of its days off and make-up workdays (replacing any earlier list for the year). Fields are
 * nullable because they come from users; {@link WorkingDayCalendar#replaceYear} refuses what is missing.
 */
public record YearNoticeForm(@Nullable Boolean announced, @Nullable List<Day> days) {

	/** One day: its date, the holiday's name, and whether it is a day off (false: a make-up workday). */
	public record Day(@Nullable LocalDate date, @Nullable String name, @Nullable Boolean offDay) {
	}
}
