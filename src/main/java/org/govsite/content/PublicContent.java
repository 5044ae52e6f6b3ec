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
		return articles(jdbc.sql(LIVE + " WHERE a.id = ? AND a.withdrawn_at IS NULL").param(id.value())).stream().findFirst();
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
		return articles(jdbc.sql(LIVE + """
				 JOIN article_placement p ON p.article_id = a.id
				LEFT JOIN column_article_rank k ON k.column_id = p.column_id AND k.article_id = a.id
				WHERE p.column_id = ? AND a.withdrawn_at IS NULL
				ORDER BY %s
				OFFSET ? LIMIT ?
				""".formatted(LIST_ORDER))
			.params(column.value(), offset, limit));
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
		forEach("WHERE a.site_id = ? AND", site.value(), action);
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
			// in the order of the partial indexes article_live_site_walk and article_live_walk (V222)
			var sql = LIVE + " " + where + " a.live_revision IS NOT NULL AND a.withdrawn_at IS NULL"
					+ " AND (a.published_at, a.id) > (?, ?) ORDER BY a.published_at, a.id LIMIT 500";
			var statement = jdbc.sql(sql);
			var page = articles(site == null ? statement.params(java.sql.Timestamp.from(afterTime), after)
					: statement.params(site, java.sql.Timestamp.from(afterTime), after));
			page.forEach(action);
			if (page.size() < 500) {
				return;
			}
			var last = page.get(page.size() - 1);
			after = last.id().value();
			afterTime = last.publishedAt();
		}
	}

	/**
	 * Live articles with their live revision: the article's columns, the revision's columns ({@code r.*}); callers add
	 * their joins and conditions. The join on the live revision makes an article without one drop out.
	 */
	private static final String LIVE = """
			SELECT a.id AS article_id, a.site_id, a.home_column_id, a.kind, a.interpretation_type, a.important,
			       a.published_at, r.*
			FROM article a JOIN article_revision r ON r.article = a.id AND r.number = a.live_revision""";

	/** An article row of {@link #LIVE}, before its placements, links and attachments are added. */
	private record Row(UUID id, UUID siteId, UUID homeColumnId, ArticleKind kind,
			@Nullable InterpretationType interpretationType, boolean important, java.time.Instant publishedAt,
			RevisionView revision) {
	}

	/**
	 * The articles a query of {@link #LIVE} finds, in its order, completed with three batched reads (placements,
	 * policy ↔ interpretation links, attachments) for all of them, not five reads per article (issue 15: a full
	 * rebuild reads every live article of a site).
	 */
	private List<PublishedArticle> articles(JdbcClient.StatementSpec query) {
		var rows = query.query((rs, n) -> {
			var interpretationType = rs.getString("interpretation_type");
			return new Row(rs.getObject("article_id", UUID.class), rs.getObject("site_id", UUID.class),
					rs.getObject("home_column_id", UUID.class), ArticleKind.valueOf(rs.getString("kind")),
					interpretationType == null ? null : InterpretationType.valueOf(interpretationType),
					rs.getBoolean("important"), rs.getTimestamp("published_at").toInstant(), Revisions.map(rs, n));
		}).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		var ids = rows.stream().map(Row::id).toList();
		var columns = new java.util.HashMap<UUID, List<ColumnId>>();
		jdbc.sql("SELECT article_id, column_id FROM article_placement WHERE article_id IN (:ids) ORDER BY article_id, home DESC, column_id")
			.param("ids", ids)
			.query((rs, n) -> columns.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
				.add(new ColumnId(rs.getObject(2, UUID.class))))
			.list();
		var policies = new java.util.HashMap<UUID, List<ArticleId>>();
		var interpretations = new java.util.HashMap<UUID, List<ArticleId>>();
		var wanted = java.util.Set.copyOf(ids);
		jdbc.sql("""
				SELECT interpretation_id, policy_id FROM interpretation_link
				WHERE interpretation_id IN (:ids) OR policy_id IN (:ids)
				ORDER BY interpretation_id, policy_id
				""")
			.param("ids", ids)
			.query((rs, n) -> {
				var interpretation = rs.getObject(1, UUID.class);
				var policy = rs.getObject(2, UUID.class);
				if (wanted.contains(interpretation)) {
					policies.computeIfAbsent(interpretation, k -> new java.util.ArrayList<>()).add(new ArticleId(policy));
				}
				if (wanted.contains(policy)) {
					interpretations.computeIfAbsent(policy, k -> new java.util.ArrayList<>()).add(new ArticleId(interpretation));
				}
				return null;
			})
			.list();
		var files = attachments.ofAll(ids);
		return rows.stream().map(row -> new PublishedArticle(new ArticleId(row.id()), new SiteId(row.siteId()),
				new ColumnId(row.homeColumnId()), List.copyOf(columns.getOrDefault(row.id(), List.of())), row.kind(),
				row.interpretationType(), row.important(), row.publishedAt(), row.revision().number(), row.revision(),
				List.copyOf(policies.getOrDefault(row.id(), List.of())),
				List.copyOf(interpretations.getOrDefault(row.id(), List.of())),
				files.getOrDefault(row.id(), List.of()))).toList();
	}
}
