package org.govsite.publishing;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govsite.content.ArticleId;
import org.govsite.content.ColumnId;
import org.govsite.content.PublishedArticle;
import org.govsite.publishing.SiteFeeds.ArticleRef;
import org.govsite.site.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where each live article's page was written ({@code publish_article}): read by the incremental render to find what a
 * withdrawal or a move leaves behind, by the sitemaps, and for an article's public address.
 */
@Component
class ArticleRecords {

	private final JdbcClient jdbc;

	ArticleRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A previous publication of an article as recorded when its page was written. */
	record Recorded(ArticleId id, SiteId siteId, String path, Instant publishedAt, List<UUID> columns, List<UUID> related) {
	}

	void record(PublishedArticle article, String path, Collection<ArticleId> related) {
		jdbc.sql("""
				INSERT INTO publish_article (article_id, site_id, path, title, published_at, columns, related)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (article_id) DO UPDATE SET site_id = excluded.site_id, path = excluded.path, title = excluded.title,
				    published_at = excluded.published_at, columns = excluded.columns, related = excluded.related
				""")
			.params(article.id().value(), article.siteId().value(), path, article.revision().title(),
					Timestamp.from(article.publishedAt()),
					article.columns().stream().map(ColumnId::value).toArray(UUID[]::new),
					related.stream().map(ArticleId::value).toArray(UUID[]::new))
			.update();
	}

	/** A record to write: the article, its page's path and its related articles. */
	record Entry(PublishedArticle article, String path, Collection<ArticleId> related) {
	}

	/** Records many articles, a few hundred per statement (a full rebuild records every article of the site). */
	void recordAll(List<Entry> entries) {
		for (int from = 0; from < entries.size(); from += 500) {
			var batch = entries.subList(from, Math.min(entries.size(), from + 500));
			var values = String.join(", ", java.util.Collections.nCopies(batch.size(), "(?, ?, ?, ?, ?, ?, ?)"));
			var params = new java.util.ArrayList<Object>(batch.size() * 7);
			for (var e : batch) {
				params.add(e.article().id().value());
				params.add(e.article().siteId().value());
				params.add(e.path());
				params.add(e.article().revision().title());
				params.add(Timestamp.from(e.article().publishedAt()));
				params.add(e.article().columns().stream().map(ColumnId::value).toArray(UUID[]::new));
				params.add(e.related().stream().map(ArticleId::value).toArray(UUID[]::new));
			}
			jdbc.sql("INSERT INTO publish_article (article_id, site_id, path, title, published_at, columns, related) VALUES "
					+ values + """
					 ON CONFLICT (article_id) DO UPDATE SET site_id = excluded.site_id, path = excluded.path,
					    title = excluded.title, published_at = excluded.published_at, columns = excluded.columns,
					    related = excluded.related
					""").params(params).update();
		}
	}

	Optional<Recorded> recorded(ArticleId id) {
		return jdbc.sql("SELECT * FROM publish_article WHERE article_id = ?").param(id.value())
			.query((rs, n) -> new Recorded(id, new SiteId(rs.getObject("site_id", UUID.class)), rs.getString("path"),
					rs.getTimestamp("published_at").toInstant(), uuids(rs.getArray("columns")), uuids(rs.getArray("related"))))
			.optional();
	}

	List<ArticleRef> refs(SiteId site) {
		return jdbc.sql("SELECT article_id, path, title, published_at FROM publish_article WHERE site_id = ?")
			.param(site.value())
			.query((rs, n) -> new ArticleRef(new ArticleId(rs.getObject(1, UUID.class)), site, rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** The article's page is gone (withdrawn). */
	void forget(ArticleId id) {
		jdbc.sql("DELETE FROM publish_article WHERE article_id = ?").param(id.value()).update();
	}

	/** Every record of the site, before a full rebuild records its pages again. */
	void forgetSite(SiteId site) {
		jdbc.sql("DELETE FROM publish_article WHERE site_id = ?").param(site.value()).update();
	}

	private static List<UUID> uuids(Array array) throws SQLException {
		var values = (Object[]) array.getArray();
		var list = new ArrayList<UUID>();
		for (var value : values) {
			list.add(value instanceof UUID u ? u : UUID.fromString(value.toString()));
		}
		return list;
	}
}
