package org.govsite.audit;

import org.jspecify.annotations.Nullable;

/**
 * What happened, for the audit trail: an action code (e.g. {@code SITE_TRANSITION}), the thing it happened to, a
 * one-line Chinese summary, and the state before and after (any object; serialised to JSON).
 */
public record AuditRecord(String action, @Nullable String targetType, @Nullable String targetId, String summary,
		@Nullable Object before, @Nullable Object after) {

	public static AuditRecord of(String action, String targetType, Object targetId, String summary) {
		return new AuditRecord(action, targetType, String.valueOf(targetId), summary, null, null);
	}

	public AuditRecord withChange(@Nullable Object before, @Nullable Object after) {
		return new AuditRecord(action, targetType, targetId, summary, before, after);
	}
}
