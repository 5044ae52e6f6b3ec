package org.govsite.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.govsite.monitoring.crawl.Fetch;
import org.govsite.monitoring.crawl.Fetcher;
import org.govsite.site.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Availability probes (Art. 14; the inspectors visit a home page at least 20 times a day and count a visit that does
 * not open within 15 s as a failure): each watched site's monitoring address, every 5 minutes for portals and 15 for
 * the others. N consecutive failures (default 3) open an incident; the first success closes it.
 */
@Component
public class Probes {

	/** One probe's result. */
	public record ProbeView(String siteName, Instant at, boolean up, int status, String outcome, long latencyMillis) {
	}

	private final MonitoredSites sites;
	private final Incidents incidents;
	private final Fetcher fetcher;
	private final JdbcClient jdbc;
	private final MonitoringProperties properties;
	private final Clock clock;
	private final ExecutorService pool = Executors.newFixedThreadPool(16, runnable -> {
		var thread = new Thread(runnable, "probe");
		thread.setDaemon(true);
		return thread;
	});

	Probes(MonitoredSites sites, Incidents incidents, Fetcher fetcher, JdbcClient jdbc, MonitoringProperties properties,
			Clock clock) {
		this.sites = sites;
		this.incidents = incidents;
		this.fetcher = fetcher;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** Probes every site whose interval has passed; returns how many were probed. */
	public int runDue() {
		var now = clock.instant();
		var lastProbed = new java.util.HashMap<java.util.UUID, Instant>();
		jdbc.sql("SELECT site_id, last_probed_at FROM monitoring_probe_state").query(rs -> {
			lastProbed.put(rs.getObject(1, java.util.UUID.class), rs.getTimestamp(2).toInstant());
		});
		var due = new ArrayList<MonitoredSites.Target>();
		for (var target : sites.targets()) {
			var last = lastProbed.get(target.site().id().value());
			if (last == null || !last.plus(Duration.ofMinutes(target.probeIntervalMinutes())).minusSeconds(15).isAfter(now)) {
				due.add(target);
			}
		}
		var futures = new ArrayList<Future<?>>();
		for (var target : due) {
			futures.add(pool.submit(() -> probe(target)));
		}
		for (var future : futures) {
			try {
				future.get();
			}
			catch (Exception e) {
				// one site's failure does not stop the round; it was recorded as a failed probe
			}
		}
		return due.size();
	}

	/** Probes one site now. */
	void probe(MonitoredSites.Target target) {
		var fetch = fetcher.fresh(target.baseUrl(), Fetcher.Profile.BROWSER);
		record(target, fetch, clock.instant());
	}

	void record(MonitoredSites.Target target, Fetch fetch, Instant at) {
		boolean up = Recheck.up(fetch);
		var site = target.site().id().value();
		jdbc.sql("""
				INSERT INTO monitoring_probe (site_id, url, probed_at, up, status, failure, latency_ms, certificate_expires)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(site, target.baseUrl().toString(), Timestamp.from(at), up, fetch.status(),
					fetch.failure() == null ? null : fetch.failure().name(), (int) Math.min(Integer.MAX_VALUE, fetch.latencyMillis()),
					fetch.certificateExpires() == null ? null : Timestamp.from(fetch.certificateExpires()))
			.update();
		int failures = jdbc.sql("""
				INSERT INTO monitoring_probe_state (site_id, consecutive_failures, last_probed_at, last_up)
				VALUES (?, ?, ?, ?)
				ON CONFLICT (site_id) DO UPDATE SET
				  consecutive_failures = CASE WHEN EXCLUDED.last_up THEN 0 ELSE monitoring_probe_state.consecutive_failures + 1 END,
				  last_probed_at = EXCLUDED.last_probed_at, last_up = EXCLUDED.last_up
				RETURNING consecutive_failures
				""").params(site, up ? 0 : 1, Timestamp.from(at), up).query(Integer.class).single();
		if (!up && failures >= properties.getIncidentAfterFailures()) {
			incidents.open(target.site(), IncidentLifecycle.Cause.AVAILABILITY, "连续 " + failures + " 次探测失败：" + target.baseUrl() + " " + fetch.outcome(), at);
		}
		else if (up) {
			incidents.recover(target.site(), IncidentLifecycle.Cause.AVAILABILITY, "探测恢复正常：HTTP " + fetch.status() + "，耗时 " + fetch.latencyMillis() + " 毫秒", at);
		}
	}

	/** The share of failed probes of a site over the past days, in percent (the veto line is 5 %, warning 3 %). */
	public double unreachablePercent(SiteId site, int days) {
		var since = Timestamp.from(clock.instant().minus(Duration.ofDays(days)));
		return jdbc.sql("""
				SELECT COALESCE(100.0 * SUM(CASE WHEN up THEN 0 ELSE 1 END) / NULLIF(COUNT(*), 0), 0)
				FROM monitoring_probe WHERE site_id = ? AND probed_at > ?
				""").params(site.value(), since).query(Double.class).single();
	}

	public List<ProbeView> recent(SiteId site, int limit) {
		MonitoringAccess.requireRead(site);
		var name = sites.target(site).map(t -> t.site().name()).orElse("");
		return jdbc.sql("""
				SELECT probed_at, up, status, failure, latency_ms FROM monitoring_probe WHERE site_id = ?
				ORDER BY probed_at DESC LIMIT ?
				""").params(site.value(), limit)
			.query((rs, n) -> new ProbeView(name, rs.getTimestamp(1).toInstant(), rs.getBoolean(2), rs.getInt(3),
					rs.getString(4) == null ? String.valueOf(rs.getInt(3)) : Fetch.Failure.valueOf(rs.getString(4)).label(),
					rs.getLong(5)))
			.list();
	}
}
