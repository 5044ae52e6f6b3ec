package org.govsite.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;

import org.govsite.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues the routine scans: the home page's links, availability and freshness daily, the whole site weekly
 * (configurable), for every watched site that has not had one within the period.
 */
@Component
class ScanPlanner {

	private final MonitoredSites sites;
	private final Scans scans;
	private final JdbcClient jdbc;
	private final MonitoringProperties properties;
	private final Clock clock;

	ScanPlanner(MonitoredSites sites, Scans scans, JdbcClient jdbc, MonitoringProperties properties, Clock clock) {
		this.sites = sites;
		this.scans = scans;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public int plan() {
		int queued = 0;
		var now = clock.instant();
		for (var target : sites.targets()) {
			boolean whole = !recent(target, true, now.minus(properties.getWholeSiteEvery()));
			boolean home = !recent(target, false, now.minus(properties.getHomeLinksEvery()));
			if (whole || home) {
				scans.queue(target, EnumSet.allOf(Check.class), whole, Actor.SYSTEM);
				queued++;
			}
		}
		return queued;
	}

	private boolean recent(MonitoredSites.Target target, boolean whole, java.time.Instant since) {
		return jdbc.sql("""
				SELECT count(*) FROM monitoring_scan WHERE site_id = ? AND requested_at > ? AND (whole_site OR NOT ?)
				""").params(target.site().id().value(), Timestamp.from(since), whole).query(Long.class).single() > 0;
	}
}
