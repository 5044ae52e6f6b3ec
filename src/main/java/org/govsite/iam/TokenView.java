package org.govsite.iam;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An API token as shown in the console (never the token itself, which is stored only as a hash). */
public record TokenView(UUID id, String username, Instant createdAt, Instant expiresAt, @Nullable Instant revokedAt,
		@Nullable Instant lastUsedAt, @Nullable String sourceIp) {

	public boolean active(Instant now) {
		return revokedAt == null && expiresAt.isAfter(now);
	}
}
