package org.govsite.monitoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The findings table: one row per problem per site, recognised again by its fingerprint on every later scan. */
@Component
class FindingStore {

	/** A problem as a scan reports it. */
	record Report(Check check, String kind, Severity severity, boolean confirmed, String url, @Nullable String page,
			List<String> pages, int linkCount, @Nullable String anchorText, @Nullable String linkKind,
			@Nullable String outcome, String evidence, @Nullable String suggestion) {

		String fingerprint() {
			if (check == Check.LINKS || check == Check.AVAILABILITY || check == Check.FRESHNESS || check == Check.TAMPER
					|| kind.startsWith("OUTBOUND_")) {
				return check + "|" + kind + "|" + url;
			}
			return check + "|" + kind + "|" + url + "|" + (page == null ? "" : page) + "|" + sha(evidence);
		}
	}

	/** A stored row. */
	record Row(UUID id, SiteId siteId, Check check, String kind, Severity severity, boolean confirmed, String url,
			@Nullable String page, List<String> pages, int linkCount, @Nullable String anchorText,
			@Nullable String linkKind, @Nullable String outcome, String evidence, @Nullable String suggestion,
			FindingLifecycle.Status status, Instant firstSeen, Instant lastSeen, long version) {
	}

	/** What recording did. */
	enum Recorded {
		OPENED, REAPPEARED, SEEN_AGAIN, IGNORED_FALSE_POSITIVE
	}

	private final JdbcClient jdbc;

	FindingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> find(SiteId site, String fingerprint) {
		return jdbc.sql("SELECT * FROM monitoring_finding WHERE site_id = ? AND fingerprint = ?")
			.params(site.value(), fingerprint).query(FindingStore::map).optional();
	}

	Optional<Row> find(UUID id) {
		return jdbc.sql("SELECT * FROM monitoring_finding WHERE id = ?").param(id).query(FindingStore::map).optional();
	}

	UUID insert(SiteId site, UUID scan, Report r, Instant now) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO monitoring_finding (id, site_id, check_code, kind, severity, confirmed, url, page, pages,
				  link_count, anchor_text, link_kind, outcome, evidence, suggestion, fingerprint, status, first_seen,
				  last_seen, first_scan_id, last_scan_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?)
				""")
			.params(id, site.value(), r.check().name(), r.kind(), r.severity().name(), r.confirmed(), r.url(), r.page(),
					String.join("\n", r.pages()), r.linkCount(), r.anchorText(), r.linkKind(), r.outcome(), r.evidence(),
					r.suggestion(), r.fingerprint(), Timestamp.from(now), Timestamp.from(now), scan, scan)
			.update();
		link(id, scan);
		return id;
	}

	/** Refreshes a known row; a suspected problem seen again long enough after it was first seen becomes confirmed. */
	void seenAgain(Row row, UUID scan, Report r, Instant now, Duration confirmAfter) {
		boolean confirmed = row.confirmed() || r.confirmed()
				|| !row.firstSeen().plus(confirmAfter).isAfter(now);
		jdbc.sql("""
				UPDATE monitoring_finding SET severity = ?, confirmed = ?, page = ?, pages = ?, link_count = ?,
				  anchor_text = ?, link_kind = ?, outcome = ?, evidence = ?, suggestion = ?, last_seen = ?, last_scan_id = ?
				WHERE id = ?
				""")
			.params(r.severity().name(), confirmed, r.page(), String.join("\n", r.pages()), r.linkCount(), r.anchorText(),
					r.linkKind(), r.outcome(), r.evidence(), r.suggestion(), Timestamp.from(now), scan, row.id())
			.update();
		link(row.id(), scan);
	}

	void link(UUID finding, UUID scan) {
		jdbc.sql("INSERT INTO monitoring_finding_scan (finding_id, scan_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(finding, scan).update();
	}

	/** Moves the row if nobody moved it meanwhile; false when the version changed. */
	boolean move(Row row, FindingLifecycle.Status to) {
		return jdbc.sql("UPDATE monitoring_finding SET status = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(to.name(), row.id(), row.version()).update() == 1;
	}

	void recordTransition(UUID finding, FindingLifecycle.@Nullable Status from, FindingLifecycle.Status to, String action,
			String actor, @Nullable String comment, Instant at) {
		jdbc.sql("""
				INSERT INTO monitoring_finding_transition (finding_id, from_status, to_status, action, actor, comment, occurred_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(finding, from == null ? null : from.name(), to.name(), action, actor, comment, Timestamp.from(at))
			.update();
	}

	List<Row> ofScan(UUID scan) {
		return jdbc.sql("""
				SELECT f.* FROM monitoring_finding f JOIN monitoring_finding_scan s ON s.finding_id = f.id
				WHERE s.scan_id = ? AND f.status <> 'FALSE_POSITIVE'
				ORDER BY CASE f.severity WHEN 'SERIOUS' THEN 0 WHEN 'GENERAL' THEN 1 ELSE 2 END, f.check_code, f.url
				""").param(scan).query(FindingStore::map).list();
	}

	List<Row> search(@Nullable List<UUID> sites, @Nullable String status, @Nullable String severity,
			@Nullable String check, int limit) {
		return jdbc.sql("""
				SELECT * FROM monitoring_finding
				WHERE (CAST(:all AS BOOLEAN) OR site_id IN (:sites))
				  AND (CAST(:status AS TEXT) IS NULL OR status = :status)
				  AND (CAST(:severity AS TEXT) IS NULL OR severity = :severity)
				  AND (CAST(:check AS TEXT) IS NULL OR check_code = :check)
				ORDER BY CASE status WHEN 'OPEN' THEN 0 WHEN 'CONFIRMED' THEN 1 ELSE 2 END,
				  CASE severity WHEN 'SERIOUS' THEN 0 WHEN 'GENERAL' THEN 1 ELSE 2 END, last_seen DESC
				LIMIT :limit
				""")
			.param("all", sites == null)
			.param("sites", sites == null || sites.isEmpty() ? List.of(new UUID(0, 0)) : sites)
			.param("status", status)
			.param("severity", severity)
			.param("check", check)
			.param("limit", limit)
			.query(FindingStore::map).list();
	}

	record TransitionRow(@Nullable String from, String to, String action, String actor, @Nullable String comment,
			Instant at) {
	}

	List<TransitionRow> history(UUID finding) {
		return jdbc.sql("""
				SELECT from_status, to_status, action, actor, comment, occurred_at FROM monitoring_finding_transition
				WHERE finding_id = ? ORDER BY occurred_at, id
				""").param(finding)
			.query((rs, n) -> new TransitionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	static Row map(ResultSet rs, int n) throws SQLException {
		var pages = rs.getString("pages");
		return new Row(rs.getObject("id", UUID.class), new SiteId(rs.getObject("site_id", UUID.class)),
				Check.valueOf(rs.getString("check_code")), rs.getString("kind"), Severity.valueOf(rs.getString("severity")),
				rs.getBoolean("confirmed"), rs.getString("url"), rs.getString("page"),
				pages == null || pages.isEmpty() ? List.of() : Arrays.asList(pages.split("\n")), rs.getInt("link_count"),
				rs.getString("anchor_text"), rs.getString("link_kind"), rs.getString("outcome"), rs.getString("evidence"),
				rs.getString("suggestion"), FindingLifecycle.Status.valueOf(rs.getString("status")),
				rs.getTimestamp("first_seen").toInstant(), rs.getTimestamp("last_seen").toInstant(), rs.getLong("version"));
	}

	static String sha(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
				.substring(0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
