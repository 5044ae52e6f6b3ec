package org.govsite.publishing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.govsite.content.ArticleId;
import org.govsite.content.ColumnId;
import org.govsite.content.ColumnView;
import org.govsite.content.Columns;
import org.govsite.content.PublicContent;
import org.govsite.content.PublishedArticle;
import org.govsite.publishing.ArticleRecords.Recorded;
import org.govsite.publishing.SitePages.Doc;
import org.govsite.publishing.SitePages.Page;
import org.govsite.publishing.SitePaths.Session;
import org.govsite.publishing.SitePaths.Site;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Brings the live sites up to date after one article was published, updated or withdrawn: exactly the pages it
 * affects, written in place (a page whose bytes did not change is not rewritten).
 */
@Component
class IncrementalRender {

	private final SitePaths paths;
	private final SitePages pages;
	private final SiteFeeds feeds;
	private final PublishStore store;
	private final ArticleRecords records;
	private final PublicContent content;
	private final Columns columns;
	private final PublishingSettings settings;

	IncrementalRender(SitePaths paths, SitePages pages, SiteFeeds feeds, PublishStore store, ArticleRecords records,
			PublicContent content, Columns columns, PublishingSettings settings) {
		this.paths = paths;
		this.pages = pages;
		this.feeds = feeds;
		this.store = store;
		this.records = records;
		this.content = content;
		this.columns = columns;
		this.settings = settings;
	}

	/**
	 * Brings the site(s) up to date after an article was published, updated or withdrawn. Returns the paths written or
	 * deleted, per site key. A site that was never built is left for a full rebuild (returns {@code null}).
	 */
	@Nullable Map<String, Set<String>> article(SiteId homeSite, ArticleId id) {
		if (!store.isBuilt(homeSite)) {
			return null;
		}
		var session = paths.session();
		var live = content.live(id);
		var recorded = records.recorded(id);
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
			records.record(article, page.path(), links);
		}
		else {
			delete(home, recorded.get().path(), changes);
			records.forget(id);
		}

		// 2. list pages of every column that lists it, from its position to the end; feeds; home and topic pages
		var touchedSites = new LinkedHashMap<SiteId, Site>();
		touchedSites.put(homeSite, home);
		var homesToRender = new LinkedHashSet<SiteId>();
		var topicsToRender = new LinkedHashSet<String>();
		for (var columnId : columnIds) {
			var column = columns.find(columnId).orElse(null);
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
			write(site, feeds.feed(session, site, column), changes);
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
			feeds.sitemap(site, records.refs(site.view.id()), page -> write(site, page, changes));
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
		if (content.reordered(column)) {
			return 0; // 置顶 or 排序 in the column: the list is not in date order, so the search below cannot place it
		}
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
		int pageCount = settings.listPages(count);
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
}
