package org.govsite.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A scan: {@code QUEUED → RUNNING → DONE | FAILED}, with what it fetched and found. */
public record ScanView(UUID id, UUID siteId, List<Check> checks, boolean wholeSite, String status, String baseUrl,
		String requestedBy, Instant requestedAt, @Nullable Instant startedAt, @Nullable Instant finishedAt,
		int pagesFetched, int linksChecked, long linkOccurrences, int brokenConfirmed, int brokenSuspected, int findings,
		@Nullable LocalDate homeNewest, @Nullable Integer columnsTotal, @Nullable Integer columnsEmpty,
		@Nullable Integer columnsStale, @Nullable String error) {

	/** The checks in Chinese, 、-separated. */
	public String checkLabels() {
		return String.join("、", checks.stream().map(Check::label).toList());
	}
}
