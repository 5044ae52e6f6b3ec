package org.govsite.support;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The movable clock of the one context the clock-driven suites share (interaction, disclosure): it starts on
 * Wednesday 2026-04-01 09:00 Beijing time; each test moves it to the instant it needs.
 */
@TestConfiguration
public class MovableClockConfiguration {

	@Bean
	@Primary
	MutableClock movableTestClock() {
		return new MutableClock(Instant.parse("2026-04-01T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
	}
}
