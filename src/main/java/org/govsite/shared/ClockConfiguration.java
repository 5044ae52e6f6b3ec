package org.govsite.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole platform, in Beijing time, replaceable in tests. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	/** The time zone every deadline and publication date on the platform is reckoned in. */

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(BeijingTime.ZONE);
	}
}
