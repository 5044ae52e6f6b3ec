package org.govsite.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A finding as the API and console show it. {@code url} is the broken target or the offending page, {@code page} the
 * page that carries it (the first of {@code pages}).
 */
public record FindingView(UUID id, UUID siteId, String siteName, Check check, String kind, String kindLabel,
		Severity severity, boolean confirmed, String url, @Nullable String page, List<String> pages, int linkCount,
		@Nullable String anchorText, @Nullable String linkKind, @Nullable String outcome, String evidence,
		@Nullable String suggestion, FindingLifecycle.Status status, Instant firstSeen, Instant lastSeen,
		List<FindingLifecycle.Action> actions) {

	public String checkLabel() {
		return check.label();
	}

	public String severityLabel() {
		return severity.label();
	}

	public String statusLabel() {
		return status.label();
	}

	/** A tampered, deleted or planted file of a site GovSite publishes, still open: 一键恢复 applies. */
	public boolean restorable() {
		return check == Check.TAMPER && TamperCheck.RESTORABLE.contains(kind) && status.open();
	}
}
