package org.govsite.disclosure;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.ZoneId;

import org.govsite.support.GovSiteTest;
import org.govsite.support.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The one application context the disclosure integration tests share: a movable clock starting on Wednesday
 * 2026-04-01 09:00 Beijing time.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GovSiteTest
@Import(DisclosureContext.Time.class)
@interface DisclosureContext {

	@TestConfiguration
	class Time {
		@Bean
		@Primary
		MutableClock disclosureTestClock() {
			return new MutableClock(Instant.parse("2026-04-01T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
		}
	}
}
