package org.govsite.iam;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of accounts ({@code govsite.iam.*}).
 *
 * @param passwordMaxAge 等保 periodic change: a password older than this must be changed at the next sign-in (default
 * 90 days)
 */
@ConfigurationProperties("govsite.iam")
record IamProperties(@Nullable Duration passwordMaxAge) {

	IamProperties {
		if (passwordMaxAge == null) {
			passwordMaxAge = Duration.ofDays(90);
		}
		if (passwordMaxAge.isNegative() || passwordMaxAge.isZero()) {
			throw new IllegalArgumentException("govsite.iam.password-max-age must be positive");
		}
	}
}
