package org.govsite.publishing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.govsite.content.ArticleId;
import org.govsite.content.ColumnId;
import org.govsite.content.PublicContent;
import org.govsite.content.PublishedArticle;
import org.govsite.content.RevisionView;
import org.govsite.publishing.SiteFeeds.ArticleRef;
import org.govsite.publishing.SitePages.Doc;
import org.govsite.publishing.SitePages.Item;
import org.govsite.publishing.SitePages.Page;
import org.govsite.site.SiteId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renders a whole site into a new directory and switches it in atomically, with the site's manifest and article
 * records. Every {@link RebuildObserver} bean is told of each page staged.
 */
@Component
class FullRebuild {

	private static final Logger log = LoggerFactory.getLogger(FullRebuild.class);

	private final SitePaths paths;
	private final SitePages pages;
	private final SiteFeeds feeds;
	private final PublishStore store;
	private final ArticleRecords records;
	private final PublicContent content;
	private final PublishingSettings settings;
	private final TransactionTemplate tx;
	private final List<RebuildObserver> observers;

	FullRebuild(SitePaths paths, SitePages pages, SiteFeeds feeds, PublishStore store, ArticleRecords records,
			PublicContent content, PublishingSettings settings, TransactionTemplate tx, ObjectProvider<RebuildObserver> observers) {
		this.paths = paths;
		this.pages = pages;
		this.feeds = feeds;
		this.store = store;
		this.records = records;
		this.content = content;
		this.settings = settings;
		this.tx = tx;
		this.observers = observers.orderedStream().toList();
	}

	/**
	 * Renders a whole site into a new directory and switches it in. On any failure the new directory is removed and the
	 * live site, its manifest and its records stay as they were.
	 */
	void rebuild(UUID run, SiteId siteId, IntConsumer progress, IntConsumer estimate) {
		var session = paths.session();
		var site = session.site(siteId);
		if (site == null) {
			throw new IllegalStateException("网站没有网站标识码或主域名，无法发布");
		}
		var dir = store.newRunDirectory(site.key, run);
		var staging = store.staging(run, dir);
		long started = System.nanoTime();
		try (var render = new Renderers()) {
			// pages are rendered and written on every core; the reading, the bookkeeping and the order stay on this thread
			Consumer<Page> sink = page -> {
				int written = staging.write(page.path(), page.content());
				progress.accept(written);
				observers.forEach(observer -> observer.pageStaged(written));
			};
			int expected = SitePages.ASSETS.size() + 1 + site.publishedTopics().size() + 5;
			for (var column : site.published()) {
				long count = column.kind().holdsArticles() ? content.countLiveInColumn(column.id()) : 0;
				expected += settings.listPages(count) + 1 + (int) count;
			}
			estimate.accept(expected);
			pages.assets(site, sink);

			// every live article of the site, remembered for the list pages, the sitemap and the records
			var refs = new ArrayList<ArticleRef>();
			var summaries = new HashMap<ColumnId, List<PublishedArticle>>();
			var rows = new ArrayList<ArticleRecords.Entry>();
			// forEachLive reads in a read-only transaction: join a writable one (staged rows are written as we go)
			tx.executeWithoutResult(status -> content.forEachLive(siteId, article -> {
				var path = SitePaths.articlePath(site, article.homeColumnId(), article.id(), article.publishedAt());
				render.submit(() -> sink.accept(pages.article(session, site, Doc.of(article), false)));
				refs.add(new ArticleRef(article.id(), siteId, path, article.revision().title(), article.publishedAt()));
				for (var column : article.columns()) {
					summaries.computeIfAbsent(column, k -> new ArrayList<>()).add(slim(article));
				}
				var related = new ArrayList<ArticleId>(article.policies());
				related.addAll(article.interpretations());
				rows.add(new ArticleRecords.Entry(slim(article), path, related));
			}));

			for (var column : site.published()) {
				if (column.kind().holdsArticles()) {
					var mine = new ArrayList<>(summaries.getOrDefault(column.id(), List.of()));
					long count = content.countLiveInColumn(column.id());
					int size = settings.pageSize;
					int pageCount = settings.listPages(count);
					if (mine.size() == count) {
						// all of the column's articles are this site's: page through them in memory
						mine.sort(Comparator.comparing(PublishedArticle::publishedAt).reversed()
							.thenComparing(a -> a.id().value().toString()));
						for (int p = 0; p < pageCount; p++) {
							var slice = mine.subList(Math.min(mine.size(), p * size), Math.min(mine.size(), (p + 1) * size));
							int page = p;
							boolean last = p == pageCount - 1;
							render.submit(() -> sink.accept(pages.listPage(session, site, column, page, slice, last)));
						}
					}
					else {
						for (int p = 0; p < pageCount; p++) {
							sink.accept(pages.listPage(session, site, column, p, content.liveInColumn(column.id(), p * size, size),
									p == pageCount - 1));
						}
					}
					render.submit(() -> sink.accept(feeds.feed(session, site, column)));
				}
				else {
					sink.accept(pages.listPageOfItems(site, column, 0, path -> List.<Item>of(), true));
				}
			}
			for (var topic : site.publishedTopics()) {
				render.submit(() -> sink.accept(pages.topic(session, site, topic)));
			}
			render.submit(() -> sink.accept(pages.home(session, site)));
			sink.accept(pages.notFound(site));
			sink.accept(pages.siteMap(site));
			sink.accept(feeds.robots(site));
			feeds.sitemap(site, refs, sink);
			render.finish();
			staging.flush();

			store.switchTo(siteId, site.key, run, dir, () -> {
				records.forgetSite(siteId);
				records.recordAll(rows);
			});
			double seconds = (System.nanoTime() - started) / 1e9;
			log.info("Rebuilt site {}: {} files in {} s ({} files/s)", site.key, staging.written(),
					String.format("%.1f", seconds), String.format("%.0f", staging.written() / Math.max(seconds, 0.001)));
		}
		catch (RuntimeException | Error e) {
			store.discard(run, dir);
			throw e;
		}
	}

	/**
	 * Renders on every core: at most a few pages per core wait (the submitting thread renders the next one itself when
	 * they are all busy), and the first failure of any page fails the build.
	 */
	private static final class Renderers implements AutoCloseable {

		private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		private final java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(threads,
				threads, 0, java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.ArrayBlockingQueue<>(threads * 4),
				runnable -> {
					var thread = new Thread(runnable, "publisher-render");
					thread.setDaemon(true);
					return thread;
				}, new java.util.concurrent.ThreadPoolExecutor.CallerRunsPolicy());
		private final java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
		private final java.util.concurrent.Phaser pending = new java.util.concurrent.Phaser(1);

		void submit(Runnable page) {
			rethrow();
			pending.register();
			pool.execute(() -> {
				try {
					if (failure.get() == null) {
						page.run();
					}
				}
				catch (Throwable t) {
					failure.compareAndSet(null, t);
				}
				finally {
					pending.arriveAndDeregister();
				}
			});
		}

		/** Waits for every page submitted so far; throws the first failure. */
		void finish() {
			pending.arriveAndAwaitAdvance();
			rethrow();
		}

		private void rethrow() {
			var t = failure.get();
			if (t instanceof RuntimeException e) {
				throw e;
			}
			if (t instanceof Error e) {
				throw e;
			}
			if (t != null) {
				throw new IllegalStateException(t);
			}
		}

		/** Stops the renderers and waits for pages being written, so that nothing is written after a failed build's cleanup. */
		@Override
		public void close() {
			failure.compareAndSet(null, new IllegalStateException("build closed"));
			pool.shutdown();
			try {
				if (!pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)) {
					pool.shutdownNow();
				}
			}
			catch (InterruptedException e) {
				pool.shutdownNow();
				Thread.currentThread().interrupt();
			}
		}
	}

	/** A list entry needs no body: keep memory small for sites with many articles. */
	private static PublishedArticle slim(PublishedArticle a) {
		var r = a.revision();
		var revision = new RevisionView(r.number(), r.title(), null, "", r.summary(), null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, r.createdBy(), r.createdAt());
		return new PublishedArticle(a.id(), a.siteId(), a.homeColumnId(), a.columns(), a.kind(), a.interpretationType(),
				a.important(), a.publishedAt(), a.revisionNumber(), revision, List.of(), List.of(), List.of());
	}
}
