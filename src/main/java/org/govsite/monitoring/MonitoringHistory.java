package org.govsite.monitoring;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.govsite.monitoring.crawl.Urls;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What monitoring saw of some sites over a span of time, read-only, for modules that judge sites on it (the
 * assessment): which sites were scanned, the findings open at some time in the span, the probe figures. No access
 * check here: the caller decides who may read its own results. Every query filters by site in the database.
 */
@Service
public class MonitoringHistory {

	/** The national rule: a home-page visit that does not open within 15 seconds is a failure. */
	public static final Duration OPENS_WITHIN = Duration.ofSeconds(15);

	/**
	 * A finding that was open (待处理 or 已确认) at some time in the span. {@code url} is the broken target or the
	 * offending page, {@code page} the page carrying it; {@code onHomePage} says a broken link sits on the home page of
	 * the scan that last saw it; {@code closedAt} is when it was last marked fixed, null while still open.
	 */
	public record OpenFinding(UUID id, SiteId siteId, Check check, String kind, String kindLabel, Severity severity,
			String url, @Nullable String page, boolean onHomePage, @Nullable String anchorText, String evidence,
			Instant openedAt, @Nullable Instant closedAt) {
	}

	/** A site's probes in the span: how many visits, how many failed ({@code up = false} or slower than 15 s). */
	public record ProbeTally(SiteId siteId, long visits, long failures) {
	}

	private final JdbcClient jdbc;

	MonitoringHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The sites of {@code sites} with at least one finished scan in [{@code from}, {@code to}) that ran one of
	 * {@code checks}: the sites whose "no findings" is a real zero.
	 */
	@Transactional(readOnly = true)
	public Set<SiteId> scanned(Collection<SiteId> sites, Collection<Check> checks, Instant from, Instant to) {
		if (sites.isEmpty() || checks.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				SELECT DISTINCT s.site_id FROM monitoring_scan s
				WHERE s.site_id IN (:sites) AND s.status = 'DONE' AND s.finished_at >= :from AND s.finished_at < :to
				  AND EXISTS (SELECT 1 FROM unnest(string_to_array(s.checks, ',')) c WHERE c IN (:checks))
				""")
			.param("sites", ids(sites))
			.param("checks", checks.stream().map(Check::name).toList())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> new SiteId(rs.getObject(1, UUID.class))).list());
	}

	/**
	 * The confirmed findings of {@code checks} on {@code sites} that were open at some time in [{@code from},
	 * {@code to}): opened before the span ended, and either open when it began or (re)opened during it — read from the
	 * transition history. A suspected problem (not confirmed by a re-check, the detector or a person) is left out, and
	 * so is a false positive (误报), whenever it was marked.
	 */
	@Transactional(readOnly = true)
	public Map<SiteId, List<OpenFinding>> openFindings(Collection<SiteId> sites, Collection<Check> checks, Instant from,
			Instant to) {
		var result = new LinkedHashMap<SiteId, List<OpenFinding>>();
		if (sites.isEmpty() || checks.isEmpty()) {
			return result;
		}
		var homes = new HashMap<String, String>();
		jdbc.sql("""
				SELECT f.id, f.site_id, f.check_code, f.kind, f.severity, f.url, f.page, f.pages, f.anchor_text,
				  f.evidence, f.first_seen, f.status, s.base_url,
				  (SELECT max(t.occurred_at) FROM monitoring_finding_transition t
				    WHERE t.finding_id = f.id AND t.to_status = 'FIXED') AS fixed_at
				FROM monitoring_finding f LEFT JOIN monitoring_scan s ON s.id = f.last_scan_id
				WHERE f.site_id IN (:sites) AND f.check_code IN (:checks)
				  AND f.status <> 'FALSE_POSITIVE' AND (f.confirmed OR f.status = 'CONFIRMED')
				  AND f.first_seen < :to
				  AND (f.first_seen >= :from
				    OR EXISTS (SELECT 1 FROM monitoring_finding_transition t WHERE t.finding_id = f.id
				      AND t.to_status IN ('OPEN', 'CONFIRMED') AND t.occurred_at >= :from AND t.occurred_at < :to)
				    OR COALESCE((SELECT t.to_status FROM monitoring_finding_transition t
				        WHERE t.finding_id = f.id AND t.occurred_at < :from ORDER BY t.occurred_at DESC, t.id DESC LIMIT 1),
				      f.status) IN ('OPEN', 'CONFIRMED'))
				ORDER BY f.site_id, f.first_seen, f.url
				""")
			.param("sites", ids(sites))
			.param("checks", checks.stream().map(Check::name).toList())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> {
				var site = new SiteId(rs.getObject("site_id", UUID.class));
				var check = Check.valueOf(rs.getString("check_code"));
				var pages = rs.getString("pages");
				var base = rs.getString("base_url");
				boolean onHome = check == Check.LINKS && base != null && pages != null
						&& List.of(pages.split("\n")).contains(homes.computeIfAbsent(base, MonitoringHistory::home));
				var status = FindingLifecycle.Status.valueOf(rs.getString("status"));
				var fixedAt = rs.getTimestamp("fixed_at");
				return new OpenFinding(rs.getObject("id", UUID.class), site, check, rs.getString("kind"),
						Kinds.label(rs.getString("kind")), Severity.valueOf(rs.getString("severity")), rs.getString("url"),
						rs.getString("page"), onHome, rs.getString("anchor_text"), rs.getString("evidence"),
						rs.getTimestamp("first_seen").toInstant(),
						status.open() || fixedAt == null ? null : fixedAt.toInstant());
			})
			.list()
			.forEach(f -> result.computeIfAbsent(f.siteId(), s -> new ArrayList<>()).add(f));
		return result;
	}

	/**
	 * The probe figures of the sites of {@code sites} probed at least once in [{@code from}, {@code to}); a site
	 * without a probe in the span is absent, never a zero.
	 */
	@Transactional(readOnly = true)
	public Map<SiteId, ProbeTally> probes(Collection<SiteId> sites, Instant from, Instant to) {
		var result = new LinkedHashMap<SiteId, ProbeTally>();
		if (sites.isEmpty()) {
			return result;
		}
		jdbc.sql("""
				SELECT site_id, count(*) AS visits,
				  count(*) FILTER (WHERE NOT up OR latency_ms > :slow) AS failures
				FROM monitoring_probe
				WHERE site_id IN (:sites) AND probed_at >= :from AND probed_at < :to
				GROUP BY site_id
				""")
			.param("sites", ids(sites))
			.param("slow", OPENS_WITHIN.toMillis())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> new ProbeTally(new SiteId(rs.getObject("site_id", UUID.class)), rs.getLong("visits"),
					rs.getLong("failures")))
			.list()
			.forEach(t -> result.put(t.siteId(), t));
		return result;
	}

	/** The home page as the scan compared pages with it ({@link ScanRunner}). */
	private static String home(String baseUrl) {
		try {
			return Urls.normalise(URI.create(baseUrl)).toString();
		}
		catch (IllegalArgumentException e) {
			return baseUrl;
		}
	}

	private static List<UUID> ids(Collection<SiteId> sites) {
		return sites.stream().map(SiteId::value).distinct().toList();
	}

	/**
	 * A site's security checks in [{@code from}, {@code to}) for the annual report form (安全防护): finished scans
	 * (安全检测评估次数), findings first seen and not dismissed as false positives (发现问题数量), findings marked fixed
	 * (问题整改数量, each finding once).
	 */
	public record SecurityFigures(SiteId siteId, long scans, long findings, long fixed) {
	}

	@Transactional(readOnly = true)
	public SecurityFigures security(SiteId site, Instant from, Instant to) {
		var span = new HashMap<String, Object>();
		span.put("site", site.value());
		span.put("from", Timestamp.from(from));
		span.put("to", Timestamp.from(to));
		long scans = jdbc.sql("""
				SELECT count(*) FROM monitoring_scan
				WHERE site_id = :site AND status = 'DONE' AND finished_at >= :from AND finished_at < :to
				""").params(span).query(Long.class).single();
		long findings = jdbc.sql("""
				SELECT count(*) FROM monitoring_finding
				WHERE site_id = :site AND status <> 'FALSE_POSITIVE' AND first_seen >= :from AND first_seen < :to
				""").params(span).query(Long.class).single();
		long fixed = jdbc.sql("""
				SELECT count(DISTINCT f.id) FROM monitoring_finding f JOIN monitoring_finding_transition t ON t.finding_id = f.id
				WHERE f.site_id = :site AND t.to_status = 'FIXED' AND t.occurred_at >= :from AND t.occurred_at < :to
				""").params(span).query(Long.class).single();
		return new SecurityFigures(site, scans, findings, fixed);
	}
}
