package org.govsite.rectification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.govsite.assessment.RectificationRecord;
import org.govsite.site.SiteId;
import org.govsite.site.Sites;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The 通报's 整改不力 list: notices whose deadline fell in the period and that needed reminders or a 约谈. */
@Component
class LateRectifications implements RectificationRecord {

	private final JdbcClient jdbc;
	private final Sites sites;

	LateRectifications(JdbcClient jdbc, Sites sites) {
		this.jdbc = jdbc;
		this.sites = sites;
	}

	@Override
	public List<Failure> failures(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT site_id, title, deadline, reminders, interview_record IS NOT NULL AS interviewed, status
				FROM rectification
				WHERE deadline BETWEEN ? AND ? AND (reminders > 0 OR interview_record IS NOT NULL)
				ORDER BY deadline, title
				""").params(from, to).query((rs, n) -> {
			var site = sites.get(new SiteId(rs.getObject("site_id", UUID.class)));
			var what = new StringBuilder("超过整改期限（" + rs.getObject("deadline", LocalDate.class) + "）未整改");
			if (rs.getInt("reminders") > 0) {
				what.append("，催办 ").append(rs.getInt("reminders")).append(" 次");
			}
			if (rs.getBoolean("interviewed")) {
				what.append("，已约谈");
			}
			what.append("CLOSED".equals(rs.getString("status")) ? "，现已办结" : "，仍在整改");
			return new Failure(site.id(), site.name(), site.sponsorUnitName(), rs.getString("title"), what.toString());
		}).list();
	}
}
