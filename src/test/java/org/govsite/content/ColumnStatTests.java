package org.govsite.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures the database keeps per column (V221 {@code column_stat}) always equal the aggregate they replace: after
 * the demo's publications, after placements added, moved and removed, an article withdrawn, and when eight transactions
 * add placements to one column at the same time.
 */
@GovSiteTest
class ColumnStatTests {

	static final String MISMATCHES = """
			SELECT count(*) FROM content_column c
			LEFT JOIN column_stat s ON s.column_id = c.id
			LEFT JOIN (
			    SELECT p.column_id, max(a.published_at) AS last_update, count(*) AS published
			    FROM article_placement p JOIN article a ON a.id = p.article_id
			    WHERE a.live_revision IS NOT NULL AND a.withdrawn_at IS NULL
			    GROUP BY p.column_id
			) g ON g.column_id = c.id
			WHERE coalesce(s.published, 0) <> coalesce(g.published, 0) OR s.last_update IS DISTINCT FROM g.last_update
			""";

	@Autowired JdbcClient jdbc;
	@Autowired PlatformTransactionManager transactions;

	@Test
	void theKeptFiguresEqualTheAggregateThroughPlacementsWithdrawalsAndConcurrentWriters() throws Exception {
		assertThat(jdbc.sql(MISMATCHES).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM column_stat WHERE published > 0").query(Long.class).single()).isPositive();

		// live articles of one site, and two of its columns that do not hold them yet
		var site = jdbc.sql("SELECT site_id FROM article WHERE live_revision IS NOT NULL GROUP BY site_id ORDER BY count(*) DESC LIMIT 1")
			.query(UUID.class).single();
		var articles = jdbc.sql("SELECT id FROM article WHERE site_id = ? AND live_revision IS NOT NULL AND withdrawn_at IS NULL LIMIT 8")
			.param(site).query(UUID.class).list();
		var columns = jdbc.sql("""
				SELECT id FROM content_column c WHERE site_id = ? AND NOT EXISTS (SELECT 1 FROM article_placement p WHERE p.column_id = c.id)
				ORDER BY id LIMIT 2
				""").param(site).query(UUID.class).list();
		assertThat(articles).hasSizeGreaterThanOrEqualTo(2);
		assertThat(columns).hasSize(2);
		var target = columns.get(0);
		var other = columns.get(1);

		// eight transactions place one article each into the same column at the same time
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(articles.size());
		var tasks = new ArrayList<Callable<Void>>();
		var tx = new TransactionTemplate(transactions);
		for (var article : articles) {
			tasks.add(() -> {
				start.await();
				tx.executeWithoutResult(status -> jdbc.sql("INSERT INTO article_placement (article_id, column_id, home) VALUES (?, ?, false)")
					.params(article, target).update());
				return null;
			});
		}
		var futures = tasks.stream().map(pool::submit).toList();
		start.countDown();
		for (var future : futures) {
			future.get();
		}
		pool.shutdown();
		assertThat(published(target)).isEqualTo(articles.size());
		assertThat(jdbc.sql(MISMATCHES).query(Long.class).single()).isZero();

		// moved to another column, one removed, one withdrawn
		jdbc.sql("UPDATE article_placement SET column_id = ? WHERE column_id = ? AND article_id = ?").params(other, target, articles.get(0)).update();
		jdbc.sql("DELETE FROM article_placement WHERE column_id = ? AND article_id = ?").params(target, articles.get(1)).update();
		assertThat(published(target)).isEqualTo(articles.size() - 2);
		assertThat(published(other)).isEqualTo(1);
		var withdrawn = articles.get(2);
		jdbc.sql("UPDATE article SET withdrawn_at = now() WHERE id = ?").param(withdrawn).update();
		assertThat(published(target)).isEqualTo(articles.size() - 3);
		assertThat(jdbc.sql(MISMATCHES).query(Long.class).single()).isZero();

		// put back as it was, so that other tests of the shared demo see the demo
		jdbc.sql("UPDATE article SET withdrawn_at = NULL WHERE id = ?").param(withdrawn).update();
		jdbc.sql("DELETE FROM article_placement WHERE column_id IN (?, ?)").params(target, other).update();
		assertThat(published(target)).isZero();
		assertThat(jdbc.sql(MISMATCHES).query(Long.class).single()).isZero();
	}

	private long published(UUID column) {
		return jdbc.sql("SELECT published FROM column_stat WHERE column_id = ?").param(column).query(Long.class).single();
	}
}
