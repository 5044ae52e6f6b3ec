package org.govsite.calendar;

import org.govsite.shared.Refusal;

/** A number of working days for a time limit: 1 to 366. */
public record WorkingDays(int count) {

	public static final int MAX = 366;

	public WorkingDays {
		if (count < 1 || count > MAX) {
			throw Refusal.invalid("工作日数须在 1 至 " + MAX + " 之间，收到的是 " + count);
		}
	}

	public static WorkingDays of(int count) {
		return new WorkingDays(count);
	}

	/** Parses user input such as {@code "20"}; refuses anything else in Chinese. */
	public static WorkingDays parse(String text) {
		try {
			return of(Integer.parseInt(text.trim()));
		}
		catch (NumberFormatException e) {
			throw Refusal.invalid("工作日数「" + text + "」不是整数，须在 1 至 " + MAX + " 之间");
		}
	}
}
