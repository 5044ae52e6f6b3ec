package org.govsite.duty;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An alert to the officer on shift. */
public record AlertView(UUID id, String source, UUID sourceId, UUID siteId, String title, String body,
		AlertLifecycle.Status status, @Nullable String officer, @Nullable String leader, Instant raisedAt, Instant dueAt,
		@Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy, @Nullable Instant escalatedAt,
		List<AlertLifecycle.Action> actions) {

	public String statusLabel() {
		return status.label();
	}

	/** Whether 确认 is open to the alert now. */
	public boolean acknowledgeable() {
		return !actions.isEmpty();
	}
}
