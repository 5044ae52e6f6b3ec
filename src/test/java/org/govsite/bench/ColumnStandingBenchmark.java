package org.govsite.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.govsite.content.Columns;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Every column's standing on a platform of 1,000 sites × 50 columns with 4 articles per column on average (200,000
 * articles): the columns joined to the figures the database keeps per column (V221) against a per-column loop (the
 * baseline), measured in the same run.
 * Run with {@code ./mvnw -Pbench test -Dtest=ColumnStandingBenchmark}. Prints figures; asserts nothing.
 */
@Tag("bench")
@GovSiteTest
@TestPropertySource(properties = { "govsite.demo.enabled=false", "govsite.test.context=bench-columns" })
class ColumnStandingBenchmark {

	static final int SITES = 1_000;
	static final int COLUMNS_PER_SITE = 50;
	static final int ARTICLES_PER_COLUMN = 4;

	@Autowired JdbcClient jdbc;
	@Autowired Columns columns;
	JdbcClient owner;

	@Autowired
	void owner(@org.springframework.beans.factory.annotation.Qualifier("ownerDataSource") javax.sql.DataSource dataSource) {
		owner = JdbcClient.create(dataSource);
	}

	@Test
	void everyColumnsStandingInOneAggregate() throws Exception {
		long seedStart = System.nanoTime();
		seed();
		double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

		var aggregate = new ArrayList<Double>();
		int count = 0;
		for (int run = 0; run < 7; run++) {
			long start = System.nanoTime();
			count = columns.allStandings().size();
			aggregate.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(aggregate);
		// of which the database: the same query, rows read and dropped
		var sqlOnly = new ArrayList<Double>();
		for (int run = 0; run < 7; run++) {
			long start = System.nanoTime();
			jdbc.sql("""
					SELECT c.*, s.last_update, coalesce(s.published, 0) AS published
					FROM content_column c LEFT JOIN column_stat s ON s.column_id = c.id
					""").query(rs -> {
					});
			sqlOnly.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(sqlOnly);
		System.out.println("BENCH   of which the query alone: median " + String.format("%.0f", sqlOnly.get(3)) + " ms");
		if (Boolean.getBoolean("columns.plan")) {
			jdbc.sql("""
					EXPLAIN (ANALYZE, BUFFERS) SELECT c.*, s.last_update, coalesce(s.published, 0) AS published
					FROM content_column c LEFT JOIN column_stat s ON s.column_id = c.id
					""").query(String.class).list().forEach(line -> System.out.println("PLAN " + line));
		}

		var ids = jdbc.sql("SELECT id FROM content_column").query(UUID.class).list();
		long loopStart = System.nanoTime();
		for (var id : ids) {
			jdbc.sql("""
					SELECT max(a.published_at) FROM article_placement p JOIN article a ON a.id = p.article_id
					WHERE p.column_id = ? AND a.live_revision IS NOT NULL AND a.withdrawn_at IS NULL
					""").param(id).query(java.sql.Timestamp.class).optional();
		}
		double loopMs = (System.nanoTime() - loopStart) / 1e6;
		double median = aggregate.get(aggregate.size() / 2);

		long articles = jdbc.sql("SELECT count(*) FROM article").query(Long.class).single();
		var report = List.of(
				"column standings: " + count + " columns, " + articles + " articles (seeded in "
						+ String.format("%.1f", seedSeconds) + " s)",
				"  one aggregate query + standing rule: median " + String.format("%.0f", median) + " ms, min "
						+ String.format("%.0f", aggregate.get(0)) + " ms, max " + String.format("%.0f", aggregate.get(aggregate.size() - 1))
						+ " ms over 7 runs",
				"  baseline, one query per column (last update only): " + String.format("%.0f", loopMs) + " ms",
				"  ratio baseline / aggregate: " + String.format("%.1f", loopMs / median) + "x");
		report.forEach(line -> System.out.println("BENCH " + line));
		Files.createDirectories(Path.of("target/bench"));
		Files.write(Path.of("target/bench/column-standings.txt"), report);
	}

	private void seed() {
		var unit = UUID.randomUUID();
		jdbc.sql("INSERT INTO unit (id, version, name, kind, created_at) VALUES (?, 1, '基准测试单位', 'DEPARTMENT', now())")
			.param(unit).update();
		jdbc.sql("""
				INSERT INTO site (id, version, name, type, site_code, sponsor_unit_id, status, created_at)
				SELECT gen_random_uuid(), 1, '基准网站' || n, 'DEPARTMENT', '98' || lpad(n::text, 8, '0'), ?, 'RUNNING', now()
				FROM generate_series(1, ?) n
				""").params(unit, SITES).update();
		jdbc.sql("""
				INSERT INTO content_column (id, version, site_id, name, slug, kind, update_class, first_level, on_home, sort_order, created_at)
				SELECT gen_random_uuid(), 1, s.id, '栏目' || c, 'c' || c, 'LIST',
				       (ARRAY['DYNAMIC','NOTICE','POLICY','REGULAR','EXEMPT'])[1 + c % 5], c <= 10, c <= 5, c, now()
				FROM site s CROSS JOIN generate_series(1, ?) c
				WHERE s.name LIKE '基准网站%'
				""").param(COLUMNS_PER_SITE).update();
		// Articles: 0..8 per column (4 on average), published over the last 400 days; a tenth of columns stay empty.
		jdbc.sql("""
				INSERT INTO article (id, version, site_id, home_column_id, kind, important, state, current_revision,
				                     live_revision, published_at, created_by, created_at)
				SELECT gen_random_uuid(), 1, c.site_id, c.id, 'ARTICLE', false, 'PUBLISHED', 1, 1,
				       now() - (random() * 400) * interval '1 day', 'bench', now()
				FROM content_column c CROSS JOIN generate_series(1, 2 * ?) k
				WHERE c.slug LIKE 'c%' AND abs(hashtext(c.id::text)) % 10 <> 0 AND random() < 0.5
				""").param(ARTICLES_PER_COLUMN).update();
		jdbc.sql("INSERT INTO article_placement (article_id, column_id, home) SELECT id, home_column_id, true FROM article WHERE created_by = 'bench'")
			.update();
		// as the owner (the application's role may not): the statistics autovacuum would have gathered by now
		owner.sql("ANALYZE").update();
	}
}
