package org.govsite.content;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.govsite.site.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side for publishing and search: only what is live (a live revision, not withdrawn), never drafts. Lists are
 * newest first by publication time, then by id, so that pagination is stable.
 */
@Service
public class PublicContent {

	private final JdbcClient jdbc;
	private final Revisions revisions;
	private final Attachments attachments;

	PublicContent(JdbcClient jdbc, Revisions revisions, Attachments attachments) {
		this.jdbc = jdbc;
		this.revisions = revisions;
		this.attachments = attachments;
	}

	@Transactional(readOnly = true)
	public Optional<PublishedArticle> live(ArticleId id) {
		return jdbc.sql("SELECT * FROM article WHERE id = ? AND live_revision IS NOT NULL AND withdrawn_at IS NULL")
			.param(id.value())
			.query(this::map)
			.optional();
	}

	/** A page of the live articles placed in a column (home or referenced). */
	@Transactional(readOnly = true)
	public List<PublishedArticle> liveInColumn(ColumnId column, int offset, int limit) {
		return jdbc.sql("""
				SELECT a.* FROM article a JOIN article_placement p ON p.article_id = a.id
				WHERE p.column_id = ? AND a.live_revision IS NOT NULL AND a.withdrawn_at IS NULL
				ORDER BY a.published_at DESC, a.id
				OFFSET ? LIMIT ?
				""")
			.params(column.value(), offset, limit)
			.query(this::map)
			.list();
	}

	@Transactional(readOnly = true)
	public long countLiveInColumn(ColumnId column) {
		return jdbc.sql("""
				SELECT count(*) FROM article a JOIN article_placement p ON p.article_id = a.id
				WHERE p.column_id = ? AND a.live_revision IS NOT NULL AND a.withdrawn_at IS NULL
				""").param(column.value()).query(Long.class).single();
	}

	/** The position (0-based, newest first) of a live article in a column's list, for incremental re-rendering. */
	@Transactional(readOnly = true)
	public Optional<Long> positionInColumn(ArticleId article, ColumnId column) {
		return jdbc.sql("""
				SELECT pos FROM (
				    SELECT a.id, row_number() OVER (ORDER BY a.published_at DESC, a.id) - 1 AS pos
				    FROM article a JOIN article_placement p ON p.article_id = a.id
				    WHERE p.column_id = ? AND a.live_revision IS NOT NULL AND a.withdrawn_at IS NULL
				) ranked WHERE id = ?
				""").params(column.value(), article.value()).query(Long.class).optional();
	}

	/** The columns an article is placed in (home first), whether or not it is live. */
	@Transactional(readOnly = true)
	public List<ColumnId> placements(ArticleId article) {
		return jdbc.sql("SELECT column_id FROM article_placement WHERE article_id = ? ORDER BY home DESC, column_id")
			.param(article.value()).query(UUID.class).list().stream().map(ColumnId::new).toList();
	}

	/** Walks every live article of a site (home site), in pages, oldest first; for full rebuilds and re-indexing. */
	@Transactional(readOnly = true)
	public void forEachLive(SiteId site, Consumer<PublishedArticle> action) {
		forEach("WHERE site_id = ? AND", site.value(), action);
	}

	/** Walks every live article of the platform, in pages, oldest first. */
	@Transactional(readOnly = true)
	public void forEachLive(Consumer<PublishedArticle> action) {
		forEach("WHERE", null, action);
	}

	private void forEach(String where, Object site, Consumer<PublishedArticle> action) {
		UUID after = new UUID(0, 0);
		java.time.Instant afterTime = java.time.Instant.EPOCH;
		while (true) {
			var sql = "SELECT * FROM article " + where + " live_revision IS NOT NULL AND withdrawn_at IS NULL"
					+ " AND (published_at, id) > (?, ?) ORDER BY published_at, id LIMIT 500";
			var statement = jdbc.sql(sql);
			var page = (site == null ? statement.params(java.sql.Timestamp.from(afterTime), after)
					: statement.params(site, java.sql.Timestamp.from(afterTime), after)).query(this::map).list();
			page.forEach(action);
			if (page.size() < 500) {
				return;
			}
			var last = page.get(page.size() - 1);
			after = last.id().value();
			afterTime = last.publishedAt();
		}
	}

	private PublishedArticle map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		var id = rs.getObject("id", UUID.class);
		int live = rs.getInt("live_revision");
		var articleId = new ArticleId(id);
		var interpretationType = rs.getString("interpretation_type");
		var policies = jdbc.sql("SELECT policy_id FROM interpretation_link WHERE interpretation_id = ?")
			.param(id).query(UUID.class).list().stream().map(ArticleId::new).toList();
		var interpretations = jdbc.sql("SELECT interpretation_id FROM interpretation_link WHERE policy_id = ?")
			.param(id).query(UUID.class).list().stream().map(ArticleId::new).toList();
		return new PublishedArticle(articleId, new SiteId(rs.getObject("site_id", UUID.class)),
				new ColumnId(rs.getObject("home_column_id", UUID.class)), placements(articleId),
				ArticleKind.valueOf(rs.getString("kind")),
				interpretationType == null ? null : InterpretationType.valueOf(interpretationType), rs.getBoolean("important"),
				rs.getTimestamp("published_at").toInstant(), live, revisions.get(id, live), policies, interpretations,
				attachments.of(articleId));
	}
}
