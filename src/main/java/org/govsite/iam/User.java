package org.govsite.iam;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** The account aggregate. Changed only through {@link UserAccounts} and {@link SignIn}. */
@Table("app_user")
class User {

	static final int MAX_FAILED_ATTEMPTS = 5;

	@Id UUID id;
	@Version @Nullable Long version;
	String username;
	String displayName;
	UUID unitId;
	@Nullable String phone;
	@Nullable String email;
	String passwordHash;
	boolean mustChangePassword;
	/** When the password was last set (created, changed or reset): 等保 periodic change counts from here. */
	Instant passwordChangedAt;
	int failedAttempts;
	@Nullable Instant lockedUntil;
	boolean enabled = true;
	@Nullable String totpSecret;
	boolean demo;
	/** Raised by every change that must end the account's open sessions and tokens (see {@link #revokeAccess()}). */
	long securityVersion;
	Instant createdAt;
	@Nullable Instant lastSignInAt;
	@MappedCollection(idColumn = "app_user") Set<RoleGrant> grants = new HashSet<>();

	User(UUID id, String username, String displayName, UUID unitId, String passwordHash, Instant createdAt) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.unitId = unitId;
		this.passwordHash = passwordHash;
		this.passwordChangedAt = createdAt;
		this.createdAt = createdAt;
	}

	/** Sets a new password hash, which starts a new period of 等保 periodic change. */
	void setPassword(String hash, Instant now) {
		passwordHash = hash;
		passwordChangedAt = now;
	}

	boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** Counts a failed sign-in; returns true when this failure locked the account. */
	boolean failedSignIn(Instant now, java.time.Duration lockout) {
		failedAttempts++;
		if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
			failedAttempts = 0;
			lockedUntil = now.plus(lockout);
			return true;
		}
		return false;
	}

	void signedIn(Instant now) {
		failedAttempts = 0;
		lockedUntil = null;
		lastSignInAt = now;
	}

	/**
	 * Ends every open console session and API token of the account: called on any change to its grants, enabled
	 * flag, password or second factor (等保: revocation takes effect at once).
	 */
	void revokeAccess() {
		securityVersion++;
	}

	UserId userId() {
		return new UserId(id);
	}
}
