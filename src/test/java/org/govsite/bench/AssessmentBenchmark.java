package org.govsite.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.govsite.assessment.AssessmentId;
import org.govsite.assessment.Assessments;
import org.govsite.shared.BeijingTime;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A full assessment of 1,000 government sites × 50 columns (≈ 180,000 live articles) with a year of messages
 * (≈ 120 per site): every port read once for all sites, the rules per site, 1,000 results stored as JSON.
 * Run with {@code ./mvnw -Pbench test -Dtest=AssessmentBenchmark}. Prints figures to target/bench; asserts nothing
 * beyond the run having judged every site.
 */
@Tag("bench")
@GovSiteTest
@TestPropertySource(properties = { "govsite.demo.enabled=false", "govsite.scheduler.enabled=false",
		"govsite.test.context=bench-assessment" })
class AssessmentBenchmark {

	static final int SITES = 1_000;
	static final int COLUMNS_PER_SITE = 50;
	static final int ARTICLES_PER_COLUMN = 4;
	static final int MESSAGES_PER_SITE = 120;

	@Autowired JdbcClient jdbc;
	@Autowired Assessments assessments;
	@Autowired Clock clock;

	@Test
	void aFullAssessmentOfTheWholePlatform() throws Exception {
		long seedStart = System.nanoTime();
		seed();
		double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
		var today = BeijingTime.today(clock);
		var runs = new ArrayList<Double>();
		AssessmentId last = null;
		for (int run = 0; run < 3; run++) {
			long start = System.nanoTime();
			last = assessments.run(new Assessments.AssessmentRequest(today.withDayOfMonth(1), today, null));
			runs.add((System.nanoTime() - start) / 1e9);
		}
		Collections.sort(runs);
		// Baseline, same run: the same work one site per run (every port read once per site), for 50 sites,
		// scaled to 1,000.
		var someSites = jdbc.sql("SELECT id FROM site WHERE site_code LIKE '98%' ORDER BY site_code LIMIT 50")
			.query(UUID.class).list();
		long baselineStart = System.nanoTime();
		for (var site : someSites) {
			assessments.run(new Assessments.AssessmentRequest(today.withDayOfMonth(1), today,
					List.of(new org.govsite.site.SiteId(site))));
		}
		double baselinePerSite = (System.nanoTime() - baselineStart) / 1e9 / someSites.size();
		long results = jdbc.sql("SELECT count(*) FROM assessment_result WHERE run_id = ?").param(last.value())
			.query(Long.class).single();
		if (results != SITES) {
			throw new IllegalStateException("expected " + SITES + " results, found " + results);
		}
		long unqualified = jdbc.sql("SELECT count(*) FROM assessment_result WHERE run_id = ? AND NOT qualified")
			.param(last.value()).query(Long.class).single();
		long articles = jdbc.sql("SELECT count(*) FROM article").query(Long.class).single();
		long messages = jdbc.sql("SELECT count(*) FROM interaction_message").query(Long.class).single();
		var report = List.of(
				"full assessment: " + SITES + " sites, " + SITES * COLUMNS_PER_SITE + " columns, " + articles
						+ " articles, " + messages + " messages (seeded in " + String.format("%.1f", seedSeconds) + " s)",
				"  run (read ports, rules, store 1,000 results): median " + String.format("%.2f", runs.get(1)) + " s, min "
						+ String.format("%.2f", runs.get(0)) + " s, max " + String.format("%.2f", runs.get(2)) + " s over 3 runs",
				"  baseline (one site per run, " + someSites.size() + " sites): " + String.format("%.3f", baselinePerSite)
						+ " s a site, i.e. " + String.format("%.1f", baselinePerSite * SITES) + " s for " + SITES
						+ " sites: the batch is " + String.format("%.1f", baselinePerSite * SITES / runs.get(1)) + "× faster",
				"  unqualified: " + unqualified + " of " + results);
		report.forEach(line -> System.out.println("BENCH " + line));
		Files.createDirectories(Path.of("target/bench"));
		Files.write(Path.of("target/bench/assessment.txt"), report);
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
		// A year of messages: received over the last 365 days, most answered within 10 days, 2 % never answered.
		jdbc.sql("""
				INSERT INTO interaction_message (id, version, client_token, query_code, site_id, category, title, content,
				    name, mobile, publish_consent, content_hash, status, received_at, received_on, deadline,
				    deadline_provisional, cap_date, closed_at, published_at)
				SELECT m.id, 0, m.id::text, upper(substr(replace(m.id::text, '-', ''), 1, 12)), m.site_id,
				       (ARRAY['CONSULTATION','SUGGESTION','COMPLAINT','ERROR_REPORT','VERIFICATION'])[1 + m.k % 5],
				       '留言' || m.k, '内容', '市民', '13800000000', true, repeat('0', 64),
				       CASE WHEN m.open THEN 'ACCEPTED' ELSE 'PUBLISHED' END,
				       m.received, (m.received AT TIME ZONE 'Asia/Shanghai')::date,
				       (m.received AT TIME ZONE 'Asia/Shanghai')::date + 9, false,
				       ((m.received AT TIME ZONE 'Asia/Shanghai')::date + interval '3 months')::date,
				       CASE WHEN m.open THEN NULL ELSE least(now(), m.received + (random() * 10) * interval '1 day') END,
				       CASE WHEN m.open THEN NULL ELSE least(now(), m.received + (random() * 12) * interval '1 day') END
				FROM (
				    SELECT gen_random_uuid() AS id, s.id AS site_id, k, random() < 0.02 AS open,
				           now() - (random() * 364) * interval '1 day' AS received
				    FROM site s CROSS JOIN generate_series(1, ?) k WHERE s.name LIKE '基准网站%'
				) m
				""").param(MESSAGES_PER_SITE).update();
		jdbc.sql("ANALYZE").update();
	}
}
