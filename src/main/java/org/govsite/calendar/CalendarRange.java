package org.govsite.calendar;

import java.time.LocalDate;

import org.govsite.shared.Refusal;

/** The years the calendar answers for: the astronomy behind the provisional calendar is checked for this span. */
final class CalendarRange {

	static final int FIRST_YEAR = 1950;
	static final int LAST_YEAR = 2150;

	private CalendarRange() {
	}

	static int require(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw Refusal.invalid("年份须在 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间，收到的是 " + year);
		}
		return year;
	}

	static LocalDate require(LocalDate date) {
		if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
			throw Refusal.invalid("日期 " + date + " 超出工作日历的范围（" + FIRST_YEAR + " 至 " + LAST_YEAR + " 年）");
		}
		return date;
	}
}
