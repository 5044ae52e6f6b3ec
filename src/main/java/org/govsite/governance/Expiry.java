package org.govsite.governance;

import java.time.LocalDate;

import org.govsite.shared.Labelled;
import org.jspecify.annotations.Nullable;

/** Where a contract's term or a qualification stands on a day: reminders start {@value #WARNING_DAYS} days ahead. */
public enum Expiry implements Labelled {
	VALID("有效"), EXPIRING("即将到期"), EXPIRED("已到期"), OPEN_ENDED("长期有效");

	public static final int WARNING_DAYS = 30;

	private final String label;

	Expiry(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	public static Expiry of(@Nullable LocalDate lastDay, LocalDate today) {
		if (lastDay == null) {
			return OPEN_ENDED;
		}
		if (lastDay.isBefore(today)) {
			return EXPIRED;
		}
		return lastDay.isAfter(today.plusDays(WARNING_DAYS)) ? VALID : EXPIRING;
	}
}
