package org.govsite.iam;

import java.time.Instant;
import java.util.List;

import org.govsite.unit.UnitId;
import org.jspecify.annotations.Nullable;

/** An account as other modules and the web see it (never its secrets). */
public record UserView(UserId id, String username, String displayName, UnitId unitId, String unitName,
		@Nullable String phone, @Nullable String email, boolean enabled, boolean locked, @Nullable Instant lockedUntil,
		boolean mustChangePassword, boolean secondFactor, List<GrantView> grants, Instant createdAt,
		@Nullable Instant lastSignInAt) {
}
