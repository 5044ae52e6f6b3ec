package org.govsite.calendar.web;

import org.govsite.calendar.DayVerdict;
import org.govsite.calendar.Deadline;
import org.govsite.calendar.WorkingDayCalendar;
import org.govsite.calendar.WorkingDays;
import org.govsite.calendar.YearCalendar;
import org.govsite.calendar.YearNoticeForm;
import org.govsite.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Working days, deadlines and the yearly holiday notices. Reading needs any signed-in account; editing, 系统管理员. */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApi {

	private final WorkingDayCalendar calendar;

	CalendarApi(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	/** {@code {"deadline": "YYYY-MM-DD", "provisional": bool}}: the end of the N-th working day after {@code from}. */
	@GetMapping("/deadline")
	Deadline deadline(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String workdays) {
		if (from == null || from.isBlank()) {
			throw Refusal.invalid("请提供收到日期 from（YYYY-MM-DD）");
		}
		if (workdays == null || workdays.isBlank()) {
			throw Refusal.invalid("请提供工作日数 workdays（1 至 " + WorkingDays.MAX + "）");
		}
		return calendar.deadline(WorkingDayCalendar.parseDate(from), WorkingDays.parse(workdays));
	}

	@GetMapping("/days/{date}")
	DayVerdict day(@PathVariable String date) {
		return calendar.day(WorkingDayCalendar.parseDate(date));
	}

	@GetMapping("/years/{year}")
	YearCalendar year(@PathVariable String year) {
		return calendar.year(parseYear(year));
	}

	@PutMapping("/years/{year}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	YearCalendar replace(@PathVariable String year, @RequestBody YearNoticeForm form) {
		return calendar.replaceYear(parseYear(year), form);
	}

	private static int parseYear(String text) {
		try {
			return Integer.parseInt(text.trim());
		}
		catch (NumberFormatException e) {
			throw Refusal.invalid("年份「" + text + "」无法识别，请填写四位数字，例如 2027");
		}
	}
}
