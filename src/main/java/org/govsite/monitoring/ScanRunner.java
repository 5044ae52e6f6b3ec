package org.govsite.monitoring;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.govsite.monitoring.crawl.Fetch;
import org.govsite.monitoring.crawl.Fetcher;
import org.govsite.monitoring.crawl.Scope;
import org.govsite.monitoring.crawl.SiteCrawl;
import org.govsite.monitoring.crawl.Urls;
import org.govsite.monitoring.crawl.Verdict;
import org.govsite.site.SiteId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs one queued scan: crawls the site (whole, or the home page's links), hands every HTML page to every
 * {@link PageDetector} of the requested checks and to the freshness tally, re-checks suspected broken links once,
 * and records findings and figures.
 */
@Component
class ScanRunner {

	private static final Logger log = LoggerFactory.getLogger(ScanRunner.class);

	private final JdbcClient jdbc;
	private final MonitoredSites sites;
	private final Findings findings;
	private final Fetcher fetcher;
	private final List<PageDetector> detectors;
	private final Freshness freshness;
	private final TamperCheck tamper;
	private final Cloaking cloaking;
	private final Incidents incidents;
	private final OutboundCheck outbound;
	private final MonitoringProperties properties;
	private final Clock clock;

	ScanRunner(JdbcClient jdbc, MonitoredSites sites, Findings findings, Fetcher fetcher, List<PageDetector> detectors,
			Freshness freshness, TamperCheck tamper, Cloaking cloaking, Incidents incidents, OutboundCheck outbound,
			MonitoringProperties properties, Clock clock) {
		this.outbound = outbound;
		this.tamper = tamper;
		this.cloaking = cloaking;
		this.incidents = incidents;
		this.jdbc = jdbc;
		this.sites = sites;
		this.findings = findings;
		this.fetcher = fetcher;
		this.detectors = detectors;
		this.freshness = freshness;
		this.properties = properties;
		this.clock = clock;
	}

	void run(UUID id) {
		var claimed = jdbc.sql("UPDATE monitoring_scan SET status = 'RUNNING', started_at = ? WHERE id = ? AND status = 'QUEUED'")
			.params(Timestamp.from(clock.instant()), id).update();
		if (claimed != 1) {
			return;
		}
		try {
			var scan = jdbc.sql("SELECT * FROM monitoring_scan WHERE id = ?").param(id).query(Scans::map).single();
			var target = sites.target(new SiteId(scan.siteId())).orElseThrow(() -> new IllegalStateException("网站已没有监测地址"));
			var checks = scan.checks();
			var home = Urls.normalise(URI.create(scan.baseUrl()));
			var reports = new ConcurrentLinkedQueue<FindingStore.Report>();
			var tally = new Freshness.Tally();
			var wanted = detectors.stream().filter(d -> checks.contains(d.check())).toList();
			boolean crawl = checks.stream().anyMatch(c -> c != Check.AVAILABILITY);
			var served = new java.util.concurrent.ConcurrentHashMap<String, FindingStore.Report>();
			var sampled = new ConcurrentLinkedQueue<Fetch>();
			SiteCrawl.Result result = null;
			int confirmed = 0;
			int suspected = 0;
			if (crawl) {
				result = new SiteCrawl(fetcher, Scope.of(home, target.hosts()), properties.getMaxPages(), scan.wholeSite(),
						page -> {
							if (checks.contains(Check.FRESHNESS)) {
								freshness.see(tally, page, home);
							}
							inspect(wanted, page, reports);
							if (checks.contains(Check.TAMPER)) {
								tamper.overHttp(target.site().id(), page).ifPresent(s -> served.put(s.path(), s.report()));
							}
							if (checks.contains(Check.CLOAKING) && cloaking.sample(page, home, sampled.size())) {
								sampled.add(page);
							}
						}).run(home);
				if (checks.contains(Check.LINKS)) {
					for (var broken : result.broken()) {
						var fetch = broken.fetch();
						if (broken.verdict() == Verdict.SUSPECTED) {
							fetcher.forget(broken.url());
							fetch = fetcher.check(broken.url());
						}
						var verdict = Verdict.of(fetch);
						if (verdict == Verdict.OK) {
							continue;
						}
						if (verdict == Verdict.BROKEN) {
							confirmed++;
						}
						else {
							suspected++;
						}
						reports.add(brokenLink(broken, fetch, verdict, home));
					}
				}
			}
			if (checks.contains(Check.AVAILABILITY)) {
				var homeFetch = result != null && result.home() != null ? result.home() : fetcher.fresh(home, Fetcher.Profile.BROWSER);
				if (!Recheck.up(homeFetch)) {
					reports.add(new FindingStore.Report(Check.AVAILABILITY, Kinds.SITE_UNREACHABLE, Severity.SERIOUS, false,
							home.toString(), home.toString(), List.of(home.toString()), 0, null, null, homeFetch.outcome(),
							"首页无法访问：" + homeFetch.outcome() + "（耗时 " + homeFetch.latencyMillis() + " 毫秒）", null));
				}
				if (homeFetch.certificateExpires() != null) {
					long days = java.time.Duration.between(clock.instant(), homeFetch.certificateExpires()).toDays();
					if (days < 30) {
						reports.add(new FindingStore.Report(Check.AVAILABILITY, Kinds.CERTIFICATE_EXPIRING,
								days < 7 ? Severity.SERIOUS : Severity.GENERAL, true, home.toString(), home.toString(),
								List.of(home.toString()), 0, null, null, null,
								"HTTPS 证书将于 " + homeFetch.certificateExpires() + " 过期（剩 " + days + " 天）", null));
					}
				}
			}
			if (checks.contains(Check.FRESHNESS)) {
				reports.addAll(freshness.reports(tally, home, scan.wholeSite()));
			}
			if (checks.contains(Check.CONTENT) && result != null) {
				reports.addAll(outbound.run(target.site().id(), home, target.hosts(), result));
			}
			if (checks.contains(Check.CLOAKING)) {
				reports.addAll(cloaking.compare(sampled));
			}
			int tampered = 0;
			if (checks.contains(Check.TAMPER)) {
				var disk = tamper.onDisk(target.site().id(), home);
				disk.paths().forEach(served::remove);
				reports.addAll(disk.reports());
				reports.addAll(served.values());
				tampered = disk.reports().size() + served.size();
			}
			int opened = findings.record(target.site(), id, new ArrayList<>(reports));
			if (tampered > 0) {
				incidents.open(target.site(), IncidentLifecycle.Cause.TAMPER, tampered + " 个文件与发布版本不一致（" + home + "）",
						clock.instant());
			}
			jdbc.sql("""
					UPDATE monitoring_scan SET status = 'DONE', finished_at = ?, pages_fetched = ?, links_checked = ?,
					  link_occurrences = ?, broken_confirmed = ?, broken_suspected = ?, findings = ?, home_newest = ?,
					  columns_total = ?, columns_empty = ?, columns_stale = ?
					WHERE id = ?
					""")
				.params(Timestamp.from(clock.instant()), result == null ? 0 : result.pagesFetched(),
						result == null ? 0 : result.linksChecked(), result == null ? 0 : result.linkOccurrences(), confirmed,
						suspected, reports.size(), tally.home == null ? null : java.sql.Date.valueOf(tally.home),
						checks.contains(Check.FRESHNESS) ? tally.columns.size() : null,
						checks.contains(Check.FRESHNESS) ? freshness.empty(tally) : null,
						checks.contains(Check.FRESHNESS) ? freshness.stale(tally) : null, id)
				.update();
			log.info("scan {} of {}: {} pages, {} links, {} findings ({} new)", id, home,
					result == null ? 0 : result.pagesFetched(), result == null ? 0 : result.linksChecked(), reports.size(), opened);
		}
		catch (RuntimeException e) {
			log.warn("scan {} failed", id, e);
			jdbc.sql("UPDATE monitoring_scan SET status = 'FAILED', finished_at = ?, error = ? WHERE id = ?")
				.params(Timestamp.from(clock.instant()), String.valueOf(e.getMessage()), id).update();
		}
	}

	private void inspect(List<PageDetector> wanted, Fetch fetch, java.util.Collection<FindingStore.Report> reports) {
		if (wanted.isEmpty()) {
			return;
		}
		var page = Scans.page(fetch);
		for (var detector : wanted) {
			try {
				for (var d : detector.inspect(page)) {
					var url = d.url() == null ? fetch.url().toString() : d.url();
					reports.add(new FindingStore.Report(d.check(), d.kind(), d.severity(), d.confirmed(), url,
							fetch.url().toString(), List.of(fetch.url().toString()), 0, null, null, null, d.evidence(),
							d.suggestion()));
				}
			}
			catch (RuntimeException e) {
				log.warn("detector {} failed on {}", detector.getClass().getSimpleName(), fetch.url(), e);
			}
		}
	}

	private static FindingStore.Report brokenLink(SiteCrawl.Target target, Fetch fetch, Verdict verdict, URI home) {
		var occurrences = target.occurrences();
		var pages = occurrences.stream().map(o -> o.page().toString()).distinct().toList();
		var anchor = occurrences.stream().map(SiteCrawl.Occurrence::text).filter(t -> !t.isBlank()).findFirst().orElse(null);
		boolean onHome = occurrences.stream().anyMatch(o -> o.page().equals(home));
		var page = pages.isEmpty() ? null : pages.get(0);
		var evidence = (anchor == null ? "" : "「" + anchor + "」") + Urls.readable(target.url()) + " 返回 " + fetch.outcome()
				+ (page == null ? "" : "；所在页面 " + Urls.readable(URI.create(page)) + (target.links() > 1 ? " 等 " + target.links() + " 处" : ""));
		return new FindingStore.Report(Check.LINKS, Kinds.BROKEN_LINK, onHome ? Severity.GENERAL : Severity.HINT,
				verdict == Verdict.BROKEN, target.url().toString(), page, pages, target.links(), anchor,
				target.kind().label(), fetch.outcome(), evidence, null);
	}
}
