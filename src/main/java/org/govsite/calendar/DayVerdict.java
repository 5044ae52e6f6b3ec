package org.govsite.calendar;

import java.time.LocalDate;

/**
 * Whether a date is a working day and why: {@code 工作日}, {@code 周末}, a holiday's name such as {@code 春节}, or
 * {@code 调休上班（春节）} for a make-up workday. {@code provisional} is true when the year's notice is not announced
 * and the answer follows the statutory rule only.
 */
public record DayVerdict(LocalDate date, boolean workingDay, String reason, boolean provisional) {

	static final String WORKDAY = "工作日";
	static final String WEEKEND = "周末";

	static String makeUpWorkday(String holiday) {
		return "调休上班（" + holiday + "）";
	}
}
