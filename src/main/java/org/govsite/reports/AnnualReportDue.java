package org.govsite.reports;

import java.time.LocalDate;

import org.govsite.site.SiteId;

/**
 * A site's annual work report form of {@code year} was not yet published when the watch looked: from 2 January
 * ({@code kind} DUE), within the last working days before 31 January (LAST_CALL), or after it (OVERDUE).
 */
public record AnnualReportDue(SiteId site, int year, LocalDate publishBy, String kind) {
}
