package org.govsite.iam;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * 等保 periodic change: a password older than {@code govsite.iam.password-max-age} counts as one that must be changed,
 * so the principal carries {@link CurrentUser#mustChangePassword()} and the console's one password-change gate applies
 * (and no API token is issued) until it is changed.
 */
@Component
class PasswordAge {

	private final Clock clock;
	private final Duration maxAge;

	PasswordAge(Clock clock, IamProperties properties) {
		this.clock = clock;
		this.maxAge = properties.passwordMaxAge();
	}

	boolean expired(User user) {
		return PasswordPolicy.tooOld(user.passwordChangedAt, Instant.now(clock), maxAge);
	}

	/** Whether the holder must change the password before anything else: initial, reset or expired. */
	boolean mustChange(User user) {
		return user.mustChangePassword || expired(user);
	}

	/** The principal as the account stands now. */
	CurrentUser principalOf(User user) {
		return UserAccounts.principalOf(user, mustChange(user));
	}
}
