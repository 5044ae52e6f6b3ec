package org.govsite.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.govsite.site.SiteId;

/**
 * Port (monitoring's probes): home-page visits over the week ending on the period's last day and how many failed to
 * open within 15 seconds, implemented on the monitoring module's probes by {@link MonitoringAvailability}. A site
 * missing from the answer has no probes that week and the indicator says 「暂无监测数据，未评分」; without an
 * implementation {@link #NO_SOURCE} answers.
 */
public interface AvailabilityEvidence {

	/** The week's figures; the national rule wants at least 20 visits a day at intervals. */
	record ProbeFigures(LocalDate from, LocalDate to, long visits, long failures) {

		/** Failed share in percent, 0 without visits. */
		public double failurePercent() {
			return visits == 0 ? 0 : 100.0 * failures / visits;
		}
	}

	Map<SiteId, ProbeFigures> availability(Collection<SiteId> sites, AssessmentPeriod period);

	/** No probe source: no site has figures. */
	AvailabilityEvidence NO_SOURCE = (sites, period) -> Map.of();
}
