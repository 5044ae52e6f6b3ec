package org.govsite.calendar;

import java.util.List;

/**
 * A year as the calendar knows it. When {@code announced} is false, every answer for the year is provisional and
 * {@code provisionalHolidays} lists the statutory holidays it is computed from (weekends aside); {@code days} is then
 * whatever notice has been entered so far and is not used. {@code papers} are the notice's addresses, when known.
 */
public record YearCalendar(int year, boolean announced, CalendarSource source, List<NoticeDay> days,
		List<String> papers, List<NoticeDay> provisionalHolidays) {

	public YearCalendar {
		days = List.copyOf(days);
		papers = List.copyOf(papers);
		provisionalHolidays = List.copyOf(provisionalHolidays);
	}
}
