package org.govsite.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** China Standard Time: the one zone in which every date of the Measures (deadlines, report days) is counted. */
public final class BeijingTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private BeijingTime() {
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/**
	 * A date-time as a person or a client types it: with an offset ({@code 2026-11-29T08:00+08:00}), or without one in
	 * Beijing time ({@code 2026-11-29T08:00}, a space for the T allowed). Null when blank; null with a reason in
	 * {@code reasons} when unreadable, so a form can refuse every field at once.
	 */
	public static @Nullable Instant parse(@Nullable String text, String label, List<String> reasons) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var t = text.strip();
		try {
			return OffsetDateTime.parse(t).toInstant();
		}
		catch (DateTimeParseException e) {
			try {
				return LocalDateTime.parse(t.replace(' ', 'T')).atZone(ZONE).toInstant();
			}
			catch (DateTimeParseException again) {
				reasons.add(label + "「" + t + "」格式不正确，应为 2026-11-29T08:00");
				return null;
			}
		}
	}
}
