package org.govsite.content;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
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

	/**
	 * The order of a column's list: pinned articles first (置顶), then by rank (排在最前), then newest first. Needs the
	 * placement {@code p}, the article {@code a} and the column's ranks {@code k} joined.
	 */
	static final String LIST_ORDER = "COALESCE(k.pinned, FALSE) DESC, COALESCE(k.rank, 0) DESC, a.published_at DESC, a.id";

	/** Whether the column's list is in any order other than newest first (someone pinned or ranked an article). */
	@Transactional(readOnly = true)
	public boolean reordered(ColumnId column) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM column_article_rank WHERE column_id = ? AND (pinned OR rank <> 0))")
			.param(column.value()).query(Boolean.class).single();
	}

	/** A page of the live articles placed in a column (home or referenced), in the column's list order. */
	@Transactional(readOnly = true)
	public List<PublishedArticle> liveInColumn(ColumnId column, int offset, int limit) {
		return jdbc.sql("""
				SELECT a.* FROM article a JOIN article_placement p ON p.article_id = a.id
				LEFT JOIN column_article_rank k ON k.column_id = p.column_id AND k.article_id = a.id
				WHERE p.column_id = ? AND a.live_revision IS NOT NULL AND a.withdrawn_at IS NULL
				ORDER BY %s
				OFFSET ? LIMIT ?
				""".formatted(LIST_ORDER))
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

	/** The position (0-based, in list order) of a live article in a column's list, for incremental re-rendering. */
	@Transactional(readOnly = true)
	public Optional<Long> positionInColumn(ArticleId article, ColumnId column) {
		return jdbc.sql("""
				SELECT pos FROM (
				    SELECT a.id, row_number() OVER (ORDER BY %s) - 1 AS pos
				    FROM article a JOIN article_placement p ON p.article_id = a.id
				    LEFT JOIN column_article_rank k ON k.column_id = p.column_id AND k.article_id = a.id
				    WHERE p.column_id = ? AND a.live_revision IS NOT NULL AND a.withdrawn_at IS NULL
				) ranked WHERE id = ?
				""".formatted(LIST_ORDER)).params(column.value(), article.value()).query(Long.class).optional();
	}

	/** The columns an article is placed in (home first), whether or not it is live. */
	@Transactional(readOnly = true)
	public List<ColumnId> placements(ArticleId article) {
		return jdbc.sql("SELECT column_id FROM article_placement WHERE article_id = ? ORDER BY home DESC, column_id")
			.param(article.value()).query(UUID.class).list().stream().map(ColumnId::new).toList();
	}

	/** A page of the 政府信息公开目录: live articles with a 索引号, newest first. */
	@Transactional(readOnly = true)
	public List<CatalogueEntry> catalogue(CatalogueFilter filter, int offset, int limit) {
		var params = new java.util.HashMap<String, Object>();
		var sql = """
				SELECT a.id, a.site_id, a.kind, a.published_at, r.title, r.index_no, r.issuing_authority, r.document_no,
				       r.written_on, r.issued_on, r.subject_category, r.validity, r.validity_changed_on
				""" + catalogueFrom(filter, params) + " ORDER BY a.published_at DESC, a.id OFFSET :offset LIMIT :limit";
		params.put("offset", offset);
		params.put("limit", limit);
		return jdbc.sql(sql).params(params).query((rs, row) -> {
			var validity = rs.getString("validity");
			return new CatalogueEntry(new ArticleId(rs.getObject("id", UUID.class)),
					new SiteId(rs.getObject("site_id", UUID.class)), ArticleKind.valueOf(rs.getString("kind")),
					rs.getString("title"), rs.getString("index_no"), rs.getString("issuing_authority"),
					rs.getString("document_no"), rs.getObject("written_on", java.time.LocalDate.class),
					rs.getObject("issued_on", java.time.LocalDate.class), rs.getString("subject_category"),
					validity == null ? null : Validity.valueOf(validity),
					rs.getObject("validity_changed_on", java.time.LocalDate.class),
					rs.getTimestamp("published_at").toInstant());
		}).list();
	}

	@Transactional(readOnly = true)
	public long countCatalogue(CatalogueFilter filter) {
		var params = new java.util.HashMap<String, Object>();
		return jdbc.sql("SELECT count(*) " + catalogueFrom(filter, params)).params(params).query(Long.class).single();
	}

	/** The 主题分类 in use in the catalogue (of one site, or of all), for the catalogue's filter. */
	@Transactional(readOnly = true)
	public List<String> catalogueSubjects(@Nullable SiteId site) {
		var params = new java.util.HashMap<String, Object>();
		var filter = new CatalogueFilter(site, null, null, null, List.of(), false, null);
		return jdbc.sql("SELECT DISTINCT r.subject_category " + catalogueFrom(filter, params)
				+ " AND r.subject_category IS NOT NULL ORDER BY r.subject_category").params(params)
			.query(String.class).list();
	}

	private static String catalogueFrom(CatalogueFilter filter, java.util.Map<String, Object> params) {
		var sql = new StringBuilder("""
				FROM article a JOIN article_revision r ON r.article = a.id AND r.number = a.live_revision
				WHERE a.live_revision IS NOT NULL AND a.withdrawn_at IS NULL AND r.index_no IS NOT NULL
				""");
		if (filter.site() != null) {
			sql.append(" AND a.site_id = :site");
			params.put("site", filter.site().value());
		}
		if (filter.subjectCategory() != null) {
			sql.append(" AND r.subject_category = :subject");
			params.put("subject", filter.subjectCategory());
		}
		if (filter.year() != null) {
			sql.append(" AND EXTRACT(YEAR FROM COALESCE(r.written_on, r.issued_on,")
				.append(" CAST(a.published_at AT TIME ZONE 'Asia/Shanghai' AS DATE))) = :year");
			params.put("year", filter.year());
		}
		if (filter.validity() != null) {
			sql.append(" AND r.validity = :validity");
			params.put("validity", filter.validity().name());
		}
		if (!filter.titleEndings().isEmpty()) {
			// only Chinese words (文种) make the pattern: nothing a visitor types reaches the regular expression
			var words = filter.titleEndings().stream().filter(w -> w.matches("\\p{IsHan}{1,10}"))
				.collect(java.util.stream.Collectors.joining("|"));
			sql.append(filter.excludeEndings() ? " AND r.title !~ :endings" : " AND r.title ~ :endings");
			params.put("endings", "(" + (words.isEmpty() ? "^$" : words) + ")(（[^）]*）|\\([^)]*\\))?\\s*$");
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			sql.append(" AND (strpos(r.title, :text) > 0 OR strpos(COALESCE(r.document_no, ''), :text) > 0")
				.append(" OR strpos(r.index_no, :text) > 0)");
			params.put("text", filter.text().strip());
		}
		return sql.toString();
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

	/**
	 * A page of the live articles' titles and bodies of the whole platform in id order, after {@code after} (null: from
	 * the first). Keyset pagination by id, so a walk can be resumed from the last id it finished.
	 */
	@Transactional(readOnly = true)
	public List<LiveText> liveTexts(@Nullable ArticleId after, int limit) {
		return jdbc.sql("""
				SELECT a.id, a.site_id, r.title, r.body
				FROM article a JOIN article_revision r ON r.article = a.id AND r.number = a.live_revision
				WHERE a.live_revision IS NOT NULL AND a.withdrawn_at IS NULL AND a.id > :after
				ORDER BY a.id LIMIT :limit
				""")
			.param("after", after == null ? new UUID(0, 0) : after.value())
			.param("limit", limit)
			.query((rs, n) -> new LiveText(new ArticleId(rs.getObject("id", UUID.class)),
					new SiteId(rs.getObject("site_id", UUID.class)), rs.getString("title"), rs.getString("body")))
			.list();
	}

	/** How many articles are live on the whole platform. */
	@Transactional(readOnly = true)
	public long countLive() {
		return jdbc.sql("SELECT count(*) FROM article WHERE live_revision IS NOT NULL AND withdrawn_at IS NULL")
			.query(Long.class).single();
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
