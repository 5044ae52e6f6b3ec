package org.govsite.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * Port: when something new last appeared on each site's home page, as on the period's last day. A site missing from
 * the answer has no source (not scored).
 */
public interface HomePageEvidence {

	/**
	 * @param lastUpdate    the day of the newest item on the home page; null when nothing dated is there
	 * @param newestSource  where that item was (a column's name), or null
	 * @param homeColumns   the home page's columns that were looked at
	 */
	record HomePageFact(@Nullable LocalDate lastUpdate, @Nullable String newestSource, List<String> homeColumns) {
	}

	Map<SiteId, HomePageFact> homePages(Collection<SiteId> sites, AssessmentPeriod period);
}
