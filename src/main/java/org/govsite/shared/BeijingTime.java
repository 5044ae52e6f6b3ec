package org.govsite.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** China Standard Time: the one zone in which every date of the Measures (deadlines, report days) is counted. */
public final class BeijingTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private BeijingTime() {
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}
}
