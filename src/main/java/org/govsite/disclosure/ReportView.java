package org.govsite.disclosure;

import java.time.Instant;
import java.time.LocalDate;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * A body's annual disclosure report: the figures (computed now while a draft; as published once published), the
 * written parts, and when and by whom it was published; {@code publishBy} is 31 January of the next year.
 */
public record ReportView(SiteId siteId, String siteName, int year, ReportFigures figures, ReportForm written,
		@Nullable Instant publishedAt, @Nullable String publishedBy, LocalDate publishBy, boolean overdue) {

	public boolean published() {
		return publishedAt != null;
	}
}
