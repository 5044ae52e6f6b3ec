package org.govsite.content;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 信息检索 for the people who work on the content: every article of the sites whose unpublished content the signed-in
 * person may read ({@link ContentReaders#mayReadUnpublished}), by site, column, state and a word of the title (or the
 * 文号), newest first, a page at a time. The access filter is in the SQL, so paging never loses what it hides.
 */
@Service
public class ArticleFinder {

	/** What to look for; null means any. */
	public record Criteria(@Nullable SiteId site, @Nullable ColumnId column, @Nullable ArticleState state,
			@Nullable String q, int page) {
	}

	/** One article in the list. */
	public record Row(ArticleId id, String title, String siteName, String columnName, ArticleState state,
			String createdBy, java.time.Instant changedAt) {

		public String stateLabel() {
			return state.label();
		}
	}

	/** A page of the list. */
	public record Result(List<Row> rows, int page, boolean more) {
	}

	static final int PAGE = 50;

	private final JdbcClient jdbc;
	private final Sites sites;
	private final ColumnGrants grants;

	ArticleFinder(JdbcClient jdbc, Sites sites, ColumnGrants grants) {
		this.grants = grants;
		this.jdbc = jdbc;
		this.sites = sites;
	}

	@Transactional(readOnly = true)
	public Result find(Criteria criteria) {
		var user = CurrentUser.fromContext().orElseThrow(() -> Refusal.forbidden("请先登录"));
		// whole sites, and the columns of sites where the account's grants are limited to column subtrees (Art. 6)
		var readable = new ArrayList<UUID>();
		var columnsOnly = new java.util.HashSet<UUID>();
		var oversight = Role.UNPUBLISHED_OVERSIGHT.stream().anyMatch(user::hasPlatformRole);
		for (var site : sites.all()) {
			if (ContentReaders.mayReadUnpublished(user, site.id())) {
				var limited = oversight ? java.util.Set.<UUID>of() : grants.limitedTo(user, site.id(), Role.SITE_CONTENT);
				if (limited.isEmpty()) {
					readable.add(site.id().value());
				}
				else {
					columnsOnly.addAll(limited);
				}
			}
		}
		if (criteria.site() != null && !readable.contains(criteria.site().value())
				&& !sitesOf(columnsOnly).contains(criteria.site().value())) {
			throw Refusal.forbidden(ContentReaders.UNPUBLISHED_REFUSAL);
		}
		var q = criteria.q() == null || criteria.q().isBlank() ? null : criteria.q().strip();
		if (q != null && q.length() > 100) {
			throw Refusal.invalid("搜索词不能超过 100 个字");
		}
		if (readable.isEmpty() && columnsOnly.isEmpty()) {
			return new Result(List.of(), 0, false);
		}
		int page = Math.max(0, criteria.page());
		var like = q == null ? null : "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		var rows = jdbc.sql("""
				SELECT a.id, r.title, s.name AS site_name, c.name AS column_name, a.state, a.created_by,
				       COALESCE((SELECT max(occurred_at) FROM review_step WHERE article_id = a.id), a.created_at) AS changed_at
				FROM article a
				JOIN article_revision r ON r.article = a.id AND r.number = a.current_revision
				JOIN site s ON s.id = a.site_id
				JOIN content_column c ON c.id = a.home_column_id
				WHERE (a.site_id IN (:readable) OR a.home_column_id IN (:columnsOnly))
				  AND (CAST(:site AS UUID) IS NULL OR a.site_id = :site)
				  AND (CAST(:column AS UUID) IS NULL OR a.home_column_id = :column
				       OR EXISTS (SELECT 1 FROM article_placement p WHERE p.article_id = a.id AND p.column_id = :column))
				  AND (CAST(:state AS TEXT) IS NULL OR a.state = :state)
				  AND (CAST(:like AS TEXT) IS NULL OR r.title ILIKE :like OR r.document_no ILIKE :like)
				ORDER BY changed_at DESC, a.id
				LIMIT :limit OFFSET :offset
				""")
			.param("readable", readable.isEmpty() ? List.of(new UUID(0, 0)) : readable)
			.param("columnsOnly", columnsOnly.isEmpty() ? List.of(new UUID(0, 0)) : columnsOnly)
			.param("site", criteria.site() == null ? null : criteria.site().value())
			.param("column", criteria.column() == null ? null : criteria.column().value())
			.param("state", criteria.state() == null ? null : criteria.state().name())
			.param("like", like)
			.param("limit", PAGE + 1)
			.param("offset", page * PAGE)
			.query((rs, n) -> new Row(new ArticleId(rs.getObject("id", UUID.class)), rs.getString("title"),
					rs.getString("site_name"), rs.getString("column_name"), ArticleState.valueOf(rs.getString("state")),
					rs.getString("created_by"), rs.getTimestamp("changed_at").toInstant()))
			.list();
		return new Result(rows.size() > PAGE ? rows.subList(0, PAGE) : rows, page, rows.size() > PAGE);
	}

	private List<UUID> sitesOf(java.util.Set<UUID> columns) {
		return columns.isEmpty() ? List.of()
				: jdbc.sql("SELECT DISTINCT site_id FROM content_column WHERE id IN (:ids)").param("ids", columns)
					.query(UUID.class).list();
	}
}
