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
import java.util.concurrent.TimeUnit;

import org.govsite.monitoring.crawl.Fetch;
import org.govsite.monitoring.crawl.Fetcher;
import org.govsite.site.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Availability probes (Art. 14; the inspectors visit a home page at least 20 times a day and count a visit that does
 * not open within 15 s as a failure): each watched site's monitoring address, every 5 minutes for portals and 15 for
 * the others. N consecutive failures (default 3) open an incident; the first success closes it. Each probe starts at
 * its site's own due time: a round (the recurring task) claims the sites due in the next {@link #HORIZON} in the
 * database, so that two nodes never probe one site twice, and schedules them on this node.
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
	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Probes.class);

	private final ExecutorService pool = Executors.newFixedThreadPool(16, runnable -> {
		var thread = new Thread(runnable, "probe");
		thread.setDaemon(true);
		return thread;
	});
	/** The sites whose probe waits on this node's timer or pool. */
	private final java.util.Set<java.util.UUID> scheduled = java.util.concurrent.ConcurrentHashMap.newKeySet();
	/** Starts each claimed probe at its due time (one thread; the probes themselves run on {@link #pool}). */
	private final java.util.concurrent.ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		var thread = new Thread(runnable, "probe-timer");
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

	/**
	 * How far ahead a round claims sites: longer than the scheduler's polling interval plus a round, so that a site is
	 * always scheduled before it falls due.
	 */
	static final Duration HORIZON = Duration.ofSeconds(30);

	/**
	 * One round of the recurring probe task: claims every site that falls due within {@link #HORIZON} (and is not
	 * claimed by this or another node) and schedules its probe at its own due time on this node, without waiting for
	 * it. Returns how many it scheduled.
	 */
	public int scheduleDue() {
		var now = clock.instant();
		var due = due(now.plus(HORIZON));
		// already waiting on this node's timer (a backlog longer than a claim lasts): not scheduled twice
		due.keySet().removeAll(scheduled);
		if (due.isEmpty()) {
			return 0;
		}
		var keys = due.keySet().toArray(new java.util.UUID[0]);
		var ids = new String[keys.length];
		var dueAt = new String[keys.length];
		var until = new String[keys.length];
		for (int i = 0; i < keys.length; i++) {
			var at = due.get(keys[i]).dueAt();
			ids[i] = keys[i].toString();
			dueAt[i] = at.toString();
			until[i] = at.plusSeconds(60).toString();
		}
		var claimed = jdbc.sql("""
				INSERT INTO monitoring_probe_claim (site_id, due_at, claimed_until)
				SELECT * FROM unnest(CAST(CAST(? AS text[]) AS uuid[]), CAST(CAST(? AS text[]) AS timestamptz[]),
				  CAST(CAST(? AS text[]) AS timestamptz[]))
				ON CONFLICT (site_id) DO UPDATE SET due_at = excluded.due_at, claimed_until = excluded.claimed_until
				WHERE monitoring_probe_claim.claimed_until < ?
				RETURNING site_id
				""").params(ids, dueAt, until, Timestamp.from(now)).query(java.util.UUID.class).list();
		for (var site : claimed) {
			var entry = due.get(site);
			long delay = Math.max(0, Duration.between(clock.instant(), entry.dueAt()).toMillis());
			scheduled.add(site);
			timer.schedule(() -> pool.execute(() -> {
				try {
					probe(entry.target());
				}
				catch (RuntimeException e) {
					log.warn("probe of {} failed", entry.target().baseUrl(), e);
				}
				finally {
					scheduled.remove(site);
				}
			}), delay, TimeUnit.MILLISECONDS);
		}
		return claimed.size();
	}

	/** Probes every site whose interval has passed, now, and waits for them (tests; a manual round). */
	public int runDue() {
		var due = due(clock.instant());
		var futures = new ArrayList<Future<?>>();
		for (var entry : due.values()) {
			futures.add(pool.submit(() -> probe(entry.target())));
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

	private record Due(MonitoredSites.Target target, Instant dueAt) {
	}

	/** The sites due by {@code by}: never probed (due now), or probed an interval ago. */
	private java.util.Map<java.util.UUID, Due> due(Instant by) {
		var now = clock.instant();
		var lastProbed = new java.util.HashMap<java.util.UUID, Instant>();
		jdbc.sql("SELECT site_id, last_probed_at FROM monitoring_probe_state").query(rs -> {
			lastProbed.put(rs.getObject(1, java.util.UUID.class), rs.getTimestamp(2).toInstant());
		});
		var due = new java.util.LinkedHashMap<java.util.UUID, Due>();
		for (var target : sites.targets()) {
			var last = lastProbed.get(target.site().id().value());
			var at = last == null ? now : last.plus(Duration.ofMinutes(target.probeIntervalMinutes()));
			if (!at.isAfter(by)) {
				due.put(target.site().id().value(), new Due(target, at.isBefore(now) ? now : at));
			}
		}
		return due;
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
