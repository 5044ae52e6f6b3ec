package org.govsite.assessment;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.govsite.monitoring.MonitoringHistory;
import org.govsite.shared.BeijingTime;
import org.govsite.site.SiteId;
import org.springframework.stereotype.Component;

/**
 * The monitoring module's probes as the source of availability: the week of Beijing days ending on the period's last
 * day, every probe a visit, a probe that failed or took longer than 15 seconds a failure. A site without a probe in
 * that week is left out (「暂无监测数据，未评分」), never scored as always up; too few probes are judged by the rules.
 */
@Component
class MonitoringAvailability implements AvailabilityEvidence {

	static final int WEEK_DAYS = 7;

	private final MonitoringHistory history;

	MonitoringAvailability(MonitoringHistory history) {
		this.history = history;
	}

	@Override
	public Map<SiteId, ProbeFigures> availability(Collection<SiteId> sites, AssessmentPeriod period) {
		var first = period.to().minusDays(WEEK_DAYS - 1);
		var from = first.atStartOfDay(BeijingTime.ZONE).toInstant();
		var to = period.to().plusDays(1).atStartOfDay(BeijingTime.ZONE).toInstant();
		var result = new HashMap<SiteId, ProbeFigures>();
		history.probes(sites, from, to).forEach((site, tally) -> result.put(site,
				new ProbeFigures(first, period.to(), tally.visits(), tally.failures())));
		return result;
	}
}
