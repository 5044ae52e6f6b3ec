package org.govsite.publishing;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

import org.govsite.content.ArticleId;
import org.govsite.content.ColumnId;
import org.govsite.content.ColumnKind;
import org.govsite.content.ColumnView;
import org.govsite.content.Columns;
import org.govsite.content.PublicContent;
import org.govsite.content.PublishedArticle;
import org.govsite.publishing.SitePages.ArticleRef;
import org.govsite.publishing.SitePages.Doc;
import org.govsite.publishing.SitePages.Item;
import org.govsite.publishing.SitePages.Page;
import org.govsite.publishing.SitePages.Session;
import org.govsite.publishing.SitePages.Site;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Renders sites into files: incrementally after one article was published or withdrawn (exactly the pages it affects),
 * or completely into a new directory that is switched in atomically.
 */
@Component
class Publisher {

	private static final Logger log = LoggerFactory.getLogger(Publisher.class);

	private final SitePages pages;
	private final PublishStore store;
	private final PublicContent content;
	private final Columns columns;
	private final PublishingSettings settings;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final org.springframework.transaction.support.TransactionTemplate tx;
	private final List<RebuildObserver> observers;

	Publisher(SitePages pages, PublishStore store, PublicContent content, Columns columns, PublishingSettings settings,
			JdbcClient jdbc, Clock clock, org.springframework.transaction.support.TransactionTemplate tx,
			org.springframework.beans.factory.ObjectProvider<RebuildObserver> observers) {
		this.tx = tx;
		this.observers = observers.orderedStream().toList();
		this.columns = columns;
		this.pages = pages;
		this.store = store;
		this.content = content;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A previous publication of an article as recorded when its page was written. */
	record Recorded(ArticleId id, SiteId siteId, String path, Instant publishedAt, List<UUID> columns, List<UUID> related) {
	}

	// ------------------------------------------------------------------------------------------------ incremental

	/**
	 * Brings the site(s) up to date after an article was published, updated or withdrawn. Returns the paths written or
	 * deleted, per site key. A site that was never built is left for a full rebuild (returns {@code null}).
	 */
	@Nullable Map<String, Set<String>> article(SiteId homeSite, ArticleId id) {
		if (!store.isBuilt(homeSite)) {
			return null;
		}
		var session = pages.session();
		var live = content.live(id);
		var recorded = recorded(id);
		var changes = new LinkedHashMap<String, Set<String>>();
		if (live.isEmpty() && recorded.isEmpty()) {
			return changes;
		}
		var home = session.site(homeSite);
		if (home == null) {
			return changes;
		}
		var columnIds = new LinkedHashSet<ColumnId>();
		live.ifPresent(a -> columnIds.addAll(a.columns()));
		recorded.ifPresent(r -> r.columns().forEach(c -> columnIds.add(new ColumnId(c))));
		columnIds.addAll(content.placements(id));
		var related = new LinkedHashSet<ArticleId>();
		live.ifPresent(a -> {
			related.addAll(a.policies());
			related.addAll(a.interpretations());
		});
		recorded.ifPresent(r -> r.related().forEach(u -> related.add(new ArticleId(u))));

		// 1. the article page itself (and its record, which the sitemap and later withdrawals read)
		if (live.isPresent()) {
			var article = live.get();
			var page = pages.article(session, home, Doc.of(article), false);
			write(home, page, changes);
			if (recorded.isPresent() && !recorded.get().path().equals(page.path())) {
				delete(home, recorded.get().path(), changes);
			}
			var links = new ArrayList<ArticleId>(article.policies());
			links.addAll(article.interpretations());
			record(article, page.path(), links);
		}
		else {
			delete(home, recorded.get().path(), changes);
			jdbc.sql("DELETE FROM publish_article WHERE article_id = ?").param(id.value()).update();
		}

		// 2. list pages of every column that lists it, from its position to the end; feeds; home and topic pages
		var touchedSites = new LinkedHashMap<SiteId, Site>();
		touchedSites.put(homeSite, home);
		var homesToRender = new LinkedHashSet<SiteId>();
		var topicsToRender = new LinkedHashSet<String>();
		for (var columnId : columnIds) {
			var column = columnOf(session, columnId);
			if (column == null) {
				continue;
			}
			var site = session.site(column.siteId());
			if (site == null || !site.isPublished(column) || !column.kind().holdsArticles()
					|| (!column.siteId().equals(homeSite) && !store.isBuilt(column.siteId()))) {
				continue;
			}
			touchedSites.put(column.siteId(), site);
			long from = firstShifted(id, columnId, live, recorded);
			renderList(session, site, column, (int) (from / settings.pageSize), changes);
			write(site, pages.feed(session, site, column), changes);
			if (column.onHome() && column.topicId() == null) {
				homesToRender.add(column.siteId());
			}
			if (column.topicId() != null) {
				topicsToRender.add(column.siteId().value() + "/" + column.topicId().value());
			}
		}
		for (var siteId : homesToRender) {
			var site = touchedSites.get(siteId);
			write(site, pages.home(session, site), changes);
		}
		for (var topicKey : topicsToRender) {
			var siteId = new SiteId(UUID.fromString(topicKey.substring(0, 36)));
			var site = touchedSites.get(siteId);
			site.publishedTopics().stream().filter(t -> t.id().value().toString().equals(topicKey.substring(37)))
				.findFirst().ifPresent(t -> write(site, pages.topic(session, site, t), changes));
		}

		// 3. the policy / interpretation pages that link to it (or linked to it)
		for (var other : related) {
			content.live(other).ifPresent(article -> {
				var site = session.site(article.siteId());
				if (site != null && store.isBuilt(article.siteId())) {
					touchedSites.put(article.siteId(), site);
					write(site, pages.article(session, site, Doc.of(article), false), changes);
				}
			});
		}

		// 4. sitemaps
		for (var site : touchedSites.values()) {
			pages.sitemap(site, refs(site.view.id()), page -> write(site, page, changes));
		}
		return changes;
	}

	/** The position from which a column's list changes: the lower of the article's new and old positions. */
	private long firstShifted(ArticleId id, ColumnId column, Optional<PublishedArticle> live, Optional<Recorded> recorded) {
		long now = live.flatMap(a -> content.positionInColumn(id, column)).orElse(Long.MAX_VALUE);
		if (recorded.isEmpty()) {
			return now == Long.MAX_VALUE ? 0 : now;
		}
		if (live.isPresent() && live.get().publishedAt().equals(recorded.get().publishedAt()) && now != Long.MAX_VALUE) {
			return now; // same place: only its own page changes, but later pages never shift
		}
		return Math.min(now, oldPosition(column, recorded.get()));
	}

	/** Where a no-longer-live (or moved) article stood: binary search over the live list, newest first. */
	private long oldPosition(ColumnId column, Recorded recorded) {
		long lo = 0;
		long hi = content.countLiveInColumn(column);
		while (lo < hi) {
			long mid = (lo + hi) >>> 1;
			var at = content.liveInColumn(column, (int) mid, 1);
			if (at.isEmpty()) {
				hi = mid;
				continue;
			}
			var other = at.get(0);
			boolean before = other.publishedAt().isAfter(recorded.publishedAt())
					|| (other.publishedAt().equals(recorded.publishedAt())
							&& other.id().value().toString().compareTo(recorded.id().value().toString()) < 0);
			if (before) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	/** Renders a column's list pages from one page to the last, and removes pages beyond the last. */
	private void renderList(Session session, Site site, ColumnView column, int fromPage, Map<String, Set<String>> changes) {
		long count = content.countLiveInColumn(column.id());
		int size = settings.pageSize;
		int pageCount = (int) Math.max(1, (count + size - 1) / size);
		for (int p = Math.min(fromPage, pageCount - 1); p < pageCount; p++) {
			var articles = content.liveInColumn(column.id(), p * size, size);
			write(site, pages.listPage(session, site, column, p, articles, p == pageCount - 1), changes);
		}
		var dir = site.columnDir(column) + "/";
		for (var path : store.manifestPaths(site.view.id(), dir + "index_")) {
			var rest = path.substring(dir.length() + "index_".length());
			if (rest.matches("\\d+\\.html") && Integer.parseInt(rest.substring(0, rest.length() - 5)) >= pageCount) {
				delete(site, path, changes);
			}
		}
	}

	private void write(Site site, Page page, Map<String, Set<String>> changes) {
		if (store.writeLive(site.view.id(), site.key, page.path(), page.content())) {
			changes.computeIfAbsent(site.key, k -> new LinkedHashSet<>()).add(page.path());
		}
	}

	private void delete(Site site, String path, Map<String, Set<String>> changes) {
		store.deleteLive(site.view.id(), site.key, path);
		changes.computeIfAbsent(site.key, k -> new LinkedHashSet<>()).add("-" + path);
	}

	private @Nullable ColumnView columnOf(Session session, ColumnId id) {
		return columns.find(id).orElse(null);
	}

	// ------------------------------------------------------------------------------------------------ full rebuild

	/**
	 * Renders a whole site into a new directory and switches it in. On any failure the new directory is removed and the
	 * live site, its manifest and its records stay as they were.
	 */
	void rebuild(UUID run, SiteId siteId, IntConsumer progress, IntConsumer estimate) {
		var session = pages.session();
		var site = session.site(siteId);
		if (site == null) {
			throw new IllegalStateException("网站没有网站标识码或主域名，无法发布");
		}
		var dir = store.newRunDirectory(site.key, run);
		long started = System.nanoTime();
		try {
			var counter = new int[1];
			java.util.function.Consumer<Page> sink = page -> {
				store.writeStaged(run, dir, page.path(), page.content());
				counter[0]++;
				progress.accept(counter[0]);
				observers.forEach(observer -> observer.pageStaged(counter[0]));
			};
			int expected = SitePages.ASSETS.size() + 1 + site.publishedTopics().size() + 5;
			for (var column : site.published()) {
				long count = column.kind().holdsArticles() ? content.countLiveInColumn(column.id()) : 0;
				expected += (int) Math.max(1, (count + settings.pageSize - 1) / settings.pageSize) + 1 + (int) count;
			}
			estimate.accept(expected);
			pages.assets(site, sink);

			// every live article of the site, remembered for the list pages, the sitemap and the records
			var refs = new ArrayList<ArticleRef>();
			var summaries = new HashMap<ColumnId, List<PublishedArticle>>();
			var rows = new ArrayList<Object[]>();
			// forEachLive reads in a read-only transaction: join a writable one (staged rows are written as we go)
			tx.executeWithoutResult(status -> content.forEachLive(siteId, article -> {
				var page = pages.article(session, site, Doc.of(article), false);
				sink.accept(page);
				refs.add(new ArticleRef(article.id(), siteId, page.path(), article.revision().title(), article.publishedAt()));
				for (var column : article.columns()) {
					summaries.computeIfAbsent(column, k -> new ArrayList<>()).add(slim(article));
				}
				var related = new ArrayList<UUID>();
				article.policies().forEach(a -> related.add(a.value()));
				article.interpretations().forEach(a -> related.add(a.value()));
				rows.add(new Object[] { article, page.path(), related });
			}));

			for (var column : site.published()) {
				if (column.kind().holdsArticles()) {
					var mine = new ArrayList<>(summaries.getOrDefault(column.id(), List.of()));
					long count = content.countLiveInColumn(column.id());
					int size = settings.pageSize;
					int pageCount = (int) Math.max(1, (count + size - 1) / size);
					if (mine.size() == count) {
						// all of the column's articles are this site's: page through them in memory
						mine.sort(Comparator.comparing(PublishedArticle::publishedAt).reversed()
							.thenComparing(a -> a.id().value().toString()));
						for (int p = 0; p < pageCount; p++) {
							var slice = mine.subList(Math.min(mine.size(), p * size), Math.min(mine.size(), (p + 1) * size));
							sink.accept(pages.listPage(session, site, column, p, slice, p == pageCount - 1));
						}
					}
					else {
						for (int p = 0; p < pageCount; p++) {
							sink.accept(pages.listPage(session, site, column, p, content.liveInColumn(column.id(), p * size, size),
									p == pageCount - 1));
						}
					}
					sink.accept(pages.feed(session, site, column));
				}
				else {
					sink.accept(pages.listPageOfItems(site, column, 0, path -> List.<Item>of(), true));
				}
			}
			for (var topic : site.publishedTopics()) {
				sink.accept(pages.topic(session, site, topic));
			}
			sink.accept(pages.home(session, site));
			sink.accept(pages.notFound(site));
			sink.accept(pages.siteMap(site));
			sink.accept(pages.robots(site));
			pages.sitemap(site, refs, sink);

			store.switchTo(siteId, site.key, run, dir, () -> {
				jdbc.sql("DELETE FROM publish_article WHERE site_id = ?").param(siteId.value()).update();
				for (var row : rows) {
					@SuppressWarnings("unchecked")
					var related = (List<UUID>) row[2];
					record((PublishedArticle) row[0], (String) row[1], related.stream().map(ArticleId::new).toList());
				}
			});
			double seconds = (System.nanoTime() - started) / 1e9;
			log.info("Rebuilt site {}: {} files in {} s ({} files/s)", site.key, counter[0], String.format("%.1f", seconds),
					String.format("%.0f", counter[0] / Math.max(seconds, 0.001)));
		}
		catch (RuntimeException | Error e) {
			store.discard(run, dir);
			throw e;
		}
	}

	/** A list entry needs no body: keep memory small for sites with many articles. */
	private static PublishedArticle slim(PublishedArticle a) {
		var r = a.revision();
		var revision = new org.govsite.content.RevisionView(r.number(), r.title(), null, "", r.summary(), null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, r.createdBy(), r.createdAt());
		return new PublishedArticle(a.id(), a.siteId(), a.homeColumnId(), a.columns(), a.kind(), a.interpretationType(),
				a.important(), a.publishedAt(), a.revisionNumber(), revision, List.of(), List.of(), List.of());
	}

	// ------------------------------------------------------------------------------------------------ records

	private void record(PublishedArticle article, String path, java.util.Collection<ArticleId> related) {
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

	private static List<UUID> uuids(Array array) throws java.sql.SQLException {
		var values = (Object[]) array.getArray();
		var list = new ArrayList<UUID>();
		for (var value : values) {
			list.add(value instanceof UUID u ? u : UUID.fromString(value.toString()));
		}
		return list;
	}

	Instant now() {
		return Instant.now(clock);
	}

	static boolean isListKind(ColumnKind kind) {
		return kind.holdsArticles();
	}
}
