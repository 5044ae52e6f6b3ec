package org.govsite.iam;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An API token as shown in the console (never the token itself, which is stored only as a hash). */
public record TokenView(UUID id, String username, Instant createdAt, Instant expiresAt, @Nullable Instant revokedAt,
		@Nullable Instant lastUsedAt, @Nullable String sourceIp) {

	/** The revoke button's accessible name (built here: templates may not call beans inside attributes). */
	public String revokeLabel() {
		return "撤销 " + username + " 于 " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(org.govsite.shared.BeijingTime.ZONE).format(createdAt) + " 签发的令牌";
	}

	public boolean active(Instant now) {
		return revokedAt == null && expiresAt.isAfter(now);
	}
}
