package org.govsite.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.monitoring.crawl.Fetch;
import org.govsite.shared.Actor;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Scans on request and on schedule: a row queued here, run by the db-scheduler task {@code monitoring-scan} on one
 * node ({@link ScanRunner}), read back with its figures and findings.
 */
@Service
public class Scans {

	/** Hands a queued scan to the scheduler once the transaction that queued it has committed. */
	interface Queue {
		void enqueue(UUID scan);
	}

	private final JdbcClient jdbc;
	private final MonitoredSites sites;
	private final Findings findings;
	private final AuditTrail audit;
	private final Clock clock;
	private final List<Queue> queue;

	Scans(JdbcClient jdbc, MonitoredSites sites, Findings findings, AuditTrail audit, Clock clock, List<Queue> queue) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.findings = findings;
		this.audit = audit;
		this.clock = clock;
		this.queue = queue;
	}

	@Transactional
	public ScanView request(SiteId siteId, ScanRequest request) {
		MonitoringAccess.requireAct(siteId, "发起监测扫描");
		var target = sites.target(siteId).orElse(null);
		var reasons = new ArrayList<String>();
		var checks = parse(request.checks(), reasons);
		if (target == null) {
			reasons.add(sites.all().stream().anyMatch(s -> s.id().equals(siteId)) ? "网站没有监测地址，请先设置监测地址"
					: "网站不存在");
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		var id = queue(target, checks, !Boolean.TRUE.equals(request.homeOnly()), Actor.current());
		audit.record(AuditRecord.of("MONITORING_SCAN_REQUESTED", "monitoring_scan", id,
				"发起网站「" + target.site().name() + "」的监测扫描：" + checks.stream().map(Check::label).collect(Collectors.joining("、"))));
		return load(id);
	}

	/** Queues a scan (the planner's and the API's way in); the scheduler runs it after commit. */
	UUID queue(MonitoredSites.Target target, Set<Check> checks, boolean wholeSite, String actor) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO monitoring_scan (id, site_id, checks, whole_site, status, requested_by, requested_at, base_url)
				VALUES (?, ?, ?, ?, 'QUEUED', ?, ?, ?)
				""")
			.params(id, target.site().id().value(), checks.stream().map(Check::name).collect(Collectors.joining(",")),
					wholeSite, actor, Timestamp.from(clock.instant()), target.baseUrl().toString())
			.update();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					queue.forEach(q -> q.enqueue(id));
				}
			});
		}
		else {
			queue.forEach(q -> q.enqueue(id));
		}
		return id;
	}

	@Transactional(readOnly = true)
	public ScanView get(UUID id) {
		var scan = load(id);
		MonitoringAccess.requireRead(new SiteId(scan.siteId()));
		return scan;
	}

	@Transactional(readOnly = true)
	public List<FindingView> findings(UUID id) {
		get(id);
		return findings.ofScan(id);
	}

	@Transactional(readOnly = true)
	public List<ScanView> recent(SiteId site, int limit) {
		MonitoringAccess.requireRead(site);
		return jdbc.sql("SELECT * FROM monitoring_scan WHERE site_id = ? ORDER BY requested_at DESC LIMIT ?")
			.params(site.value(), limit).query(Scans::map).list();
	}

	ScanView load(UUID id) {
		return jdbc.sql("SELECT * FROM monitoring_scan WHERE id = ?").param(id).query(Scans::map).optional()
			.orElseThrow(() -> Refusal.notFound("扫描任务不存在"));
	}

	static Set<Check> parse(List<String> codes, List<String> reasons) {
		if (codes == null || codes.isEmpty()) {
			return EnumSet.allOf(Check.class);
		}
		var checks = EnumSet.noneOf(Check.class);
		for (var code : codes) {
			try {
				checks.add(Check.valueOf(code == null ? "" : code.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException e) {
				reasons.add("未知的检查项「" + code + "」，可选：" + Arrays.stream(Check.values()).map(Enum::name)
					.collect(Collectors.joining("、")));
			}
		}
		return checks;
	}

	/** A fetched page as detectors see it. */
	static FetchedPage page(Fetch fetch) {
		return page(fetch, "BROWSER");
	}

	/** A fetch as the detectors see it, under the profile that fetched it. */
	static FetchedPage page(Fetch fetch, String profile) {
		return new FetchedPage(fetch.url(), fetch.finalUrl(), fetch.status(), fetch.contentType(),
				fetch.body() == null ? "" : fetch.body(), fetch.headers(), profile);
	}

	static ScanView map(ResultSet rs, int n) throws SQLException {
		var checks = Arrays.stream(rs.getString("checks").split(",")).filter(s -> !s.isBlank()).map(Check::valueOf).toList();
		var started = rs.getTimestamp("started_at");
		var finished = rs.getTimestamp("finished_at");
		var home = rs.getDate("home_newest");
		return new ScanView(rs.getObject("id", UUID.class), rs.getObject("site_id", UUID.class), checks,
				rs.getBoolean("whole_site"), rs.getString("status"), rs.getString("base_url"), rs.getString("requested_by"),
				rs.getTimestamp("requested_at").toInstant(), started == null ? null : started.toInstant(),
				finished == null ? null : finished.toInstant(), rs.getInt("pages_fetched"), rs.getInt("links_checked"),
				rs.getLong("link_occurrences"), rs.getInt("broken_confirmed"), rs.getInt("broken_suspected"),
				rs.getInt("findings"), home == null ? null : home.toLocalDate(), (Integer) rs.getObject("columns_total"),
				(Integer) rs.getObject("columns_empty"), (Integer) rs.getObject("columns_stale"), rs.getString("error"));
	}
}
