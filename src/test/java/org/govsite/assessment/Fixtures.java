package org.govsite.assessment;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.govsite.shared.BeijingTime;
import org.govsite.site.SiteAction;
import org.govsite.site.SiteForm;
import org.govsite.site.SiteType;
import org.govsite.site.Sites;
import org.govsite.site.TransitionRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data written straight into the tables the evidence comes from (columns, live articles, messages), so that a
 * test states exactly the dates it needs; the assessment still reads them through the content and interaction APIs.
 */
final class Fixtures {

	private static final AtomicInteger SITES = new AtomicInteger();

	private final JdbcClient jdbc;

	Fixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID siteByCode(String code) {
		return jdbc.sql("SELECT id FROM site WHERE site_code = ?").param(code).query(UUID.class).single();
	}

	/**
	 * A department site of the caller's own, opened, without columns or articles, sponsored by the unit of the demo
	 * site {@code like}: the demo's sites have columns and fresh news of their own, which an assessment would count
	 * with the test's.
	 */
	UUID newDepartmentSite(Sites sites, String like, String name) {
		int n = SITES.incrementAndGet();
		var sponsor = sites.findBySiteCode(like).orElseThrow();
		var code = "990100" + (8000 + n);
		var site = sites.register(new SiteForm(name, SiteType.DEPARTMENT, code, "t" + n + ".assessment.shilizhou.gov.cn",
				List.of(), sponsor.sponsorUnitId(), sponsor.operatorUnitId(), "示ICP备" + code + "号", "示公网安备" + code + "号",
				(short) 2));
		sites.transition(site.id(), TransitionRequest.of(SiteAction.APPROVE, "测试：批准开设"));
		sites.transition(site.id(), TransitionRequest.of(SiteAction.OPEN, "测试：开通运行"));
		return site.id().value();
	}

	UUID column(UUID site, String name, String updateClass, boolean firstLevel, boolean onHome) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO content_column (id, version, site_id, name, slug, kind, update_class, first_level, on_home,
				    sort_order, created_at)
				VALUES (?, 0, ?, ?, ?, 'LIST', ?, ?, ?, 100, now())
				""").params(id, site, name, "t" + id.toString().substring(0, 8), updateClass, firstLevel, onHome).update();
		return id;
	}

	/** A live article in the column, published at noon Beijing time on the day. */
	UUID article(UUID site, UUID column, String title, LocalDate publishedOn) {
		var id = UUID.randomUUID();
		var at = Timestamp.from(publishedOn.atTime(12, 0).atZone(BeijingTime.ZONE).toInstant());
		jdbc.sql("""
				INSERT INTO article (id, version, site_id, home_column_id, kind, important, state, current_revision,
				    live_revision, published_at, created_by, created_at)
				VALUES (?, 0, ?, ?, 'ARTICLE', FALSE, 'PUBLISHED', 1, 1, ?, 'editor', ?)
				""").params(id, site, column, at, at).update();
		jdbc.sql("""
				INSERT INTO article_revision (article, number, title, body, publish_time, created_by, created_at)
				VALUES (?, 1, ?, '<p>正文</p>', ?, 'editor', ?)
				""").params(id, title, at, at).update();
		jdbc.sql("INSERT INTO article_placement (article_id, column_id, home) VALUES (?, ?, TRUE)").params(id, column)
			.update();
		return id;
	}

	void movePublication(UUID article, LocalDate publishedOn) {
		var at = Timestamp.from(publishedOn.atTime(12, 0).atZone(BeijingTime.ZONE).toInstant());
		jdbc.sql("UPDATE article SET published_at = ? WHERE id = ?").params(at, article).update();
	}

	/** A message as the interaction platform stores it; {@code closedOn} null while open. */
	UUID message(UUID site, String category, String title, LocalDate receivedOn, LocalDate deadline,
			LocalDate closedOn) {
		var id = UUID.randomUUID();
		var received = receivedOn.atTime(9, 0).atZone(BeijingTime.ZONE).toInstant();
		var closed = closedOn == null ? null : Timestamp.from(closedOn.atTime(16, 0).atZone(BeijingTime.ZONE).toInstant());
		jdbc.sql("""
				INSERT INTO interaction_message (id, version, client_token, query_code, site_id, category, title, content,
				    name, mobile, publish_consent, content_hash, status, received_at, received_on, deadline,
				    deadline_provisional, cap_date, reply, closed_at)
				VALUES (?, 0, ?, ?, ?, ?, ?, '内容', '张三', '13800000000', FALSE, ?, ?, ?, ?, ?, FALSE, ?, ?, ?)
				""")
			.params(id, id.toString(), id.toString().replace("-", "").substring(0, 12), site, category, title,
					"0".repeat(64), closed == null ? "ACCEPTED" : "ANSWERED", Timestamp.from(received), receivedOn,
					deadline, receivedOn.plusMonths(3), closed == null ? null : "答复", closed)
			.update();
		return id;
	}

	void answer(UUID message, LocalDate closedOn) {
		jdbc.sql("UPDATE interaction_message SET status = 'ANSWERED', reply = '答复', closed_at = ? WHERE id = ?")
			.params(Timestamp.from(closedOn.atTime(16, 0).atZone(BeijingTime.ZONE).toInstant()), message).update();
	}
}
