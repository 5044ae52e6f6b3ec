package org.govsite.monitoring;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.govsite.monitoring.crawl.Fetch;
import org.govsite.monitoring.crawl.Fetcher;
import org.govsite.monitoring.crawl.SiteCrawl;
import org.govsite.monitoring.detect.Domains;
import org.govsite.monitoring.detect.OutboundDomains;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outbound domains (外链域名) of a scan: the other sites the crawled pages link to, kept per watched site. A domain
 * that no longer resolves (an expired domain a squatter can take over) and an outside site whose home page now
 * promotes gambling or pornography are findings on the pages that link to it. Built from the crawl's own link
 * checks (no second lookup); at most {@link #JUDGED_PER_SCAN} outside home pages are fetched per scan, those judged
 * longest ago first.
 */
@Component
public class OutboundCheck {

	static final int JUDGED_PER_SCAN = 30;

	/** One outbound domain as a view for the API and console. */
	public record DomainView(String domain, String kind, String kindLabel, String sampleUrl, List<String> pages, int links,
			boolean resolves, @Nullable String verdict, java.time.Instant firstSeen, java.time.Instant lastSeen) {
	}

	private static final class Seen {
		final String domain;
		final OutboundDomains.Kind kind;
		final URI sample;
		final Set<String> pages = new LinkedHashSet<>();
		int links;
		boolean unresolved;

		Seen(String domain, OutboundDomains.Kind kind, URI sample) {
			this.domain = domain;
			this.kind = kind;
			this.sample = sample;
		}
	}

	private final JdbcClient jdbc;
	private final Fetcher fetcher;
	private final OutboundDomains judge;
	private final Clock clock;

	OutboundCheck(JdbcClient jdbc, Fetcher fetcher, OutboundDomains judge, Clock clock) {
		this.jdbc = jdbc;
		this.fetcher = fetcher;
		this.judge = judge;
		this.clock = clock;
	}

	/** Records the scan's outbound domains and returns the findings about them. */
	@Transactional
	List<FindingStore.Report> run(SiteId site, URI home, Set<String> siteHosts, SiteCrawl.Result crawl) {
		var pageHost = home.getHost() == null ? "" : home.getHost().toLowerCase(java.util.Locale.ROOT);
		var seen = new TreeMap<String, Seen>();
		for (var target : crawl.targets()) {
			var host = target.url().getHost();
			if (host == null || Domains.trusted(host.toLowerCase(java.util.Locale.ROOT), pageHost, siteHosts)
					|| siteHosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
				continue;
			}
			var domain = host.toLowerCase(java.util.Locale.ROOT);
			var entry = seen.computeIfAbsent(domain, d -> new Seen(d, Domains.government(d) ? OutboundDomains.Kind.GOVERNMENT
					: OutboundDomains.Kind.EXTERNAL, origin(target.url())));
			entry.links += target.links();
			target.occurrences().stream().limit(5).forEach(o -> {
				if (entry.pages.size() < 5) {
					entry.pages.add(o.page().toString());
				}
			});
			var fetch = target.fetch();
			entry.unresolved |= fetch != null && fetch.failure() == Fetch.Failure.DNS;
		}
		var now = Timestamp.from(clock.instant());
		var before = resolvedOnce(site);
		for (var entry : seen.values()) {
			jdbc.sql("""
					INSERT INTO monitoring_outbound_domain (site_id, domain, kind, sample_url, pages, links, resolves, resolved_once,
					  first_seen, last_seen)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					ON CONFLICT (site_id, domain) DO UPDATE SET kind = excluded.kind, sample_url = excluded.sample_url,
					  pages = excluded.pages, links = excluded.links, resolves = excluded.resolves,
					  resolved_once = monitoring_outbound_domain.resolved_once OR excluded.resolves, last_seen = excluded.last_seen
					""")
				.params(site.value(), entry.domain, entry.kind.name(), entry.sample.toString(), String.join("\n", entry.pages),
						entry.links, !entry.unresolved, !entry.unresolved, now, now)
				.update();
		}
		var reports = new ArrayList<FindingStore.Report>();
		for (var entry : seen.values()) {
			if (entry.unresolved) {
				var d = OutboundDomains.unresolved(entry.domain, List.copyOf(entry.pages));
				var evidence = before.contains(entry.domain) ? d.evidence().replace("无法解析", "此前可以解析，现已无法解析") : d.evidence();
				reports.add(report(d.kind(), d.severity(), d.confirmed(), entry, evidence));
			}
		}
		var due = jdbc.sql("""
				SELECT domain FROM monitoring_outbound_domain
				WHERE site_id = ? AND kind = 'EXTERNAL' AND resolves AND last_seen = ?
				ORDER BY judged_at NULLS FIRST, domain LIMIT ?
				""").params(site.value(), now, JUDGED_PER_SCAN).query(String.class).list();
		for (var domain : due) {
			var entry = seen.get(domain);
			var page = fetcher.page(entry.sample);
			String verdict = null;
			if (page.body() != null && page.failure() == null) {
				var found = judge.judge(domain, Scans.page(page));
				verdict = found.isPresent() ? "GAMBLING" : "OK";
				found.ifPresent(d -> reports.add(report(d.kind(), d.severity(), d.confirmed(), entry, d.evidence())));
			}
			jdbc.sql("UPDATE monitoring_outbound_domain SET verdict = COALESCE(?, verdict), judged_at = ? WHERE site_id = ? AND domain = ?")
				.params(verdict, now, site.value(), domain).update();
		}
		return reports;
	}

	/** The outbound domains of a site (for those who may see its monitoring): judged bad first, then unresolved. */
	@Transactional(readOnly = true)
	public List<DomainView> of(SiteId site) {
		MonitoringAccess.requireRead(site);
		return jdbc.sql("""
				SELECT * FROM monitoring_outbound_domain WHERE site_id = ?
				ORDER BY CASE verdict WHEN 'GAMBLING' THEN 0 ELSE 1 END, resolves, kind DESC, domain
				""").param(site.value())
			.query((rs, n) -> new DomainView(rs.getString("domain"), rs.getString("kind"),
					rs.getString("kind").equals("GOVERNMENT") ? "政府网站" : "外部网站", rs.getString("sample_url"),
					List.of(rs.getString("pages").split("\n")), rs.getInt("links"), rs.getBoolean("resolves"),
					rs.getString("verdict"), rs.getTimestamp("first_seen").toInstant(), rs.getTimestamp("last_seen").toInstant()))
			.list();
	}

	private Set<String> resolvedOnce(SiteId site) {
		return Set.copyOf(jdbc.sql("SELECT domain FROM monitoring_outbound_domain WHERE site_id = ? AND resolved_once")
			.param(site.value()).query(String.class).list());
	}

	private static FindingStore.Report report(String kind, Severity severity, boolean confirmed, Seen entry, String evidence) {
		var pages = List.copyOf(entry.pages);
		return new FindingStore.Report(Check.CONTENT, kind, severity, confirmed, entry.sample.toString(),
				pages.isEmpty() ? null : pages.get(0), pages, entry.links, null, null, null, evidence,
				"删除或更换指向 " + entry.domain + " 的链接");
	}

	private static URI origin(URI url) {
		return URI.create(url.getScheme() + "://" + url.getRawAuthority() + "/");
	}
}
