package org.govsite.disclosure;

import java.time.LocalDate;

import org.govsite.calendar.Deadline;
import org.govsite.calendar.WorkingDayCalendar;
import org.govsite.calendar.WorkingDays;
import org.springframework.stereotype.Component;

/** The statutory clock on the platform's working-day calendar (State Council notices, provisional years flagged). */
@Component
class CalendarWorkdays implements WorkdayCount {

	private final WorkingDayCalendar calendar;

	CalendarWorkdays(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public Deadline after(LocalDate from, int workingDays) {
		return calendar.deadline(from, WorkingDays.of(workingDays));
	}

	@Override
	public int between(LocalDate from, LocalDate to) {
		int count = 0;
		for (var day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (calendar.day(day).workingDay()) {
				count++;
			}
		}
		return count;
	}
}
