package org.govsite.governance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.govsite.calendar.WorkingDayCalendar;
import org.govsite.shared.Refusal;
import org.jspecify.annotations.Nullable;

/** Reads what was typed into a console form: blank means not given, anything unreadable is refused in Chinese. */
final class ConsoleInput {

	private final Map<String, String> typed;

	ConsoleInput(Map<String, String> typed) {
		this.typed = typed;
	}

	@Nullable String text(String name) {
		var value = typed.get(name);
		return value == null || value.isBlank() ? null : value;
	}

	@Nullable LocalDate date(String name) {
		var value = text(name);
		return value == null ? null : WorkingDayCalendar.parseDate(value);
	}

	@Nullable Integer integer(String name, String label) {
		var value = text(name);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			throw Refusal.invalid(label + "「" + value + "」不是整数");
		}
	}

	@Nullable BigDecimal amount(String name, String label) {
		var value = text(name);
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value.strip().replace(",", ""));
		}
		catch (NumberFormatException e) {
			throw Refusal.invalid(label + "「" + value + "」不是金额，请填写以元为单位的数字，如 120000.00");
		}
	}

	<E extends Enum<E>> @Nullable E choice(String name, Class<E> type) {
		var value = text(name);
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
	}

	List<String> all(String name, Map<String, List<String>> multi) {
		return multi.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
	}
}
