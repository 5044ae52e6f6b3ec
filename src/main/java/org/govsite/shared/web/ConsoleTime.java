package org.govsite.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.govsite.shared.BeijingTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Formats instants in Beijing time for console templates: {@code ${@when.format(x)}}. */
@Component("when")
public class ConsoleTime {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(BeijingTime.ZONE);
	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(BeijingTime.ZONE);

	public String format(@Nullable Instant instant) {
		return instant == null ? "—" : MINUTES.format(instant);
	}

	public String precise(@Nullable Instant instant) {
		return instant == null ? "—" : SECONDS.format(instant);
	}
}
