package org.govsite.disclosure;

import java.time.LocalDate;

import org.govsite.site.SiteId;

/**
 * A site's annual disclosure report of {@code year} was not yet published when the watch looked: in January (a first
 * reminder, then a last one within five working days of 31 January) or after 31 January ({@code overdue}).
 */
public record DisclosureReportDue(SiteId site, int year, LocalDate publishBy, boolean overdue) {
}
