package org.govsite.support;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A big running department site written straight into the database with {@code generate_series} (for benchmarks and
 * scale tests; seeding through the services would take longer than what is measured): {@code columns} list columns,
 * the first {@code onHome} on the home page and first-level, and {@code articles} live articles spread evenly over them,
 * each with a ~1 KB body, published over the last {@code days} days. Returns the site's id.
 */
public final class SeededSite {

	private SeededSite() {
	}

	public static String create(JdbcClient db, String code, String name, int columns, int onHome, int articles, int days) {
		var site = UUID.randomUUID();
		var unit = db.sql("SELECT id FROM unit ORDER BY name LIMIT 1").query(UUID.class).single();
		db.sql("""
				INSERT INTO site (id, version, name, type, site_code, sponsor_unit_id, status, created_at)
				VALUES (?, 1, ?, 'DEPARTMENT', ?, ?, 'RUNNING', now())
				""").params(site, name, code, unit).update();
		db.sql("""
				INSERT INTO content_column (id, version, site_id, name, slug, kind, update_class, first_level, on_home, sort_order, created_at)
				SELECT gen_random_uuid(), 1, ?, '栏目' || c, 'c' || c, 'LIST', 'EXEMPT', c <= ?, c <= ?, c, now()
				FROM generate_series(1, ?) c
				""").params(site, onHome, onHome, columns).update();
		db.sql("""
				INSERT INTO article (id, version, site_id, home_column_id, kind, important, state, current_revision,
				                     live_revision, published_at, created_by, created_at)
				SELECT gen_random_uuid(), 1, c.site_id, c.id, 'ARTICLE', false, 'PUBLISHED', 1, 1,
				       now() - interval '1 day' - (random() * ?) * interval '1 day', 'bench', now()
				FROM content_column c CROSS JOIN generate_series(1, ?) k
				WHERE c.site_id = ?
				""").params(days, articles / columns, site).update();
		db.sql("""
				INSERT INTO article_revision (article, number, title, body, summary, source, created_by, created_at)
				SELECT id, 1, '基准测试信息标题' || substr(id::text, 1, 8),
				       '<p>' || repeat('这是一段用于基准测试的政府信息正文，内容包括工作部署、进展情况和下一步安排。', 12) || '</p>',
				       '基准测试摘要', '基准测试单位', 'bench', now()
				FROM article WHERE site_id = ?
				""").param(site).update();
		db.sql("INSERT INTO article_placement (article_id, column_id, home) SELECT id, home_column_id, true FROM article WHERE site_id = ?")
			.param(site).update();
		db.sql("ANALYZE").update();
		return site.toString();
	}
}
