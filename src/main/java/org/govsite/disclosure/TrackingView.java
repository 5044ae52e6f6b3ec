package org.govsite.disclosure;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What an applicant sees with the tracking code: no personal data beyond what they typed themselves. */
public record TrackingView(String trackingCode, String siteName, String statusLabel, LocalDate receivedOn,
		DeadlineView clock, @Nullable String outcomeLabel, @Nullable LocalDate answeredOn, boolean letterReady) {
}
