package org.govsite.publishing;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.govsite.shared.BeijingTime;
import org.govsite.site.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Page views and unique visitors per site per day, without third-party trackers. A visitor is the SHA-256 of the day's
 * salt, the site and the client's address and browser; the salt is kept in PostgreSQL (so all nodes agree) for the
 * current day only, so yesterday's hashes can no longer be linked to anyone.
 */
@Component
public class Visits {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	Visits(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One visit per day and site. */
	public record Day(LocalDate day, long pageViews, long uniqueVisitors) {
	}

	@Transactional
	public void record(SiteId site, String address, String userAgent) {
		var today = LocalDate.now(clock.withZone(BeijingTime.ZONE));
		var salt = new byte[32];
		random.nextBytes(salt);
		jdbc.sql("INSERT INTO visit_salt (day, salt) VALUES (?, ?) ON CONFLICT (day) DO NOTHING").params(Date.valueOf(today), salt).update();
		jdbc.sql("DELETE FROM visit_salt WHERE day < ?").param(Date.valueOf(today)).update();
		var daySalt = jdbc.sql("SELECT salt FROM visit_salt WHERE day = ?").param(Date.valueOf(today)).query(byte[].class).single();
		var material = new byte[daySalt.length];
		System.arraycopy(daySalt, 0, material, 0, daySalt.length);
		var visitor = PublishStore.sha256(concat(material, (site.value() + "|" + address + "|" + userAgent).getBytes(StandardCharsets.UTF_8)));
		jdbc.sql("INSERT INTO visit_visitor (site_id, day, visitor) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(site.value(), Date.valueOf(today), visitor).update();
		jdbc.sql("""
				INSERT INTO visit_day (site_id, day, page_views) VALUES (?, ?, 1)
				ON CONFLICT (site_id, day) DO UPDATE SET page_views = visit_day.page_views + 1
				""").params(site.value(), Date.valueOf(today)).update();
	}

	@Transactional(readOnly = true)
	public List<Day> between(SiteId site, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT d.day, d.page_views,
				       (SELECT count(*) FROM visit_visitor v WHERE v.site_id = d.site_id AND v.day = d.day)
				FROM visit_day d WHERE d.site_id = ? AND d.day BETWEEN ? AND ? ORDER BY d.day
				""").params(site.value(), Date.valueOf(from), Date.valueOf(to))
			.query((rs, n) -> new Day(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		var all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}
}
