package org.govsite.reports;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * The prefecture's summary form of a year over every running government site: counts summed, the average handling
 * time weighted by closed messages, yes/no fields as the number of sites answering 是; and each site's publication.
 */
public record ReportSummary(int year, int sites, long published, Map<String, @Nullable Object> fields,
		List<AnnualReportView.Row> rows, List<SiteStanding> standings) {

	/** One site's form: where it stands, when published, whether it is late. */
	public record SiteStanding(SiteId siteId, String siteName, String siteType, ReportStatus status, String statusLabel,
			@Nullable Instant publishedAt, @Nullable String publishedBy, boolean overdue) {

		public String publishedAtText() {
			return minute(publishedAt);
		}
	}

	static String minute(@Nullable Instant at) {
		return at == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.format(at.atZone(org.govsite.shared.BeijingTime.ZONE));
	}
}
