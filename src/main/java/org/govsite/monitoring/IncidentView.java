package org.govsite.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An availability incident with its timeline, from detection to closure. */
public record IncidentView(UUID id, UUID siteId, String siteName, IncidentLifecycle.Cause kind,
		IncidentLifecycle.Status status, String cause,
		Instant openedAt, @Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy, @Nullable Instant closedAt,
		List<Line> timeline, List<IncidentLifecycle.Action> actions) {

	public record Line(Instant at, String action, String actor, String note) {
	}

	public String kindLabel() {
		return kind.label();
	}

	public String statusLabel() {
		return status.label();
	}
}
