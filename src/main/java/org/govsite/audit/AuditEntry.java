package org.govsite.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One stored entry of the audit trail, as read back. */
public record AuditEntry(long seq, Instant occurredAt, String actor, @Nullable String sourceIp, String action,
		@Nullable String targetType, @Nullable String targetId, String summary, @Nullable String beforeState,
		@Nullable String afterState, String prevHash, String hash, boolean keyed) {
}
