package org.govsite.calendar.web;

import java.time.Clock;
import java.time.LocalDate;

import org.govsite.calendar.WorkingDayCalendar;
import org.govsite.shared.web.ConsoleController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * From 1 November while next year's holiday notice is not entered, every console page carries the year in
 * {@code calendarReminderYear}; the layout shows a banner (with a link for the system administrator).
 */
@ControllerAdvice(annotations = ConsoleController.class)
class CalendarReminderAdvice {

	private final WorkingDayCalendar calendar;
	private final Clock clock;

	CalendarReminderAdvice(WorkingDayCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@ModelAttribute
	void reminder(Model model) {
		var today = LocalDate.now(clock);
		if (calendar.nextYearMissing(today)) {
			model.addAttribute("calendarReminderYear", today.getYear() + 1);
		}
	}
}
