package org.govsite.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.govsite.content.ArticleId;
import org.govsite.content.ArticlePublished;
import org.govsite.content.ArticleWithdrawn;
import org.govsite.content.PublicContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps this node's index in step with the database, the same way on every node. Publication and withdrawal events
 * become rows of {@code search_change} (the event publication registry delivers each event once to the platform);
 * every node polls the rows after the sequence its index last committed (kept in the index's own commit data) and
 * re-reads each named article from {@link PublicContent}: indexed when live, removed otherwise — so applying a change
 * twice or out of order does no harm. A {@code REBUILD} row makes every node rebuild from the database. Inserts take a
 * transaction-level advisory lock, so sequence order is commit order and a poller never skips a row that commits
 * late. The node where a change was recorded polls at once; the others within {@code govsite.search.poll-interval}.
 *
 * <p>An index that every node shares ({@link SearchIndex#sharedName()}, OpenSearch) is followed by one node at a time:
 * a poll runs in a transaction that holds an advisory lock named after the index, and a node that cannot take it
 * leaves the poll to the node that has it. The feed's position is the index's, so whichever node polls next goes on
 * from where the last one stopped.
 */
@Component
class SearchFeed {

	private static final Logger log = LoggerFactory.getLogger(SearchFeed.class);
	/** Advisory lock key serialising change inserts ("search" in ASCII). */
	private static final long LOCK = 0x736561726368L;
	/** The high half of the advisory lock keys held by the node following a shared index ("sear" in ASCII). */
	private static final long FOLLOWER_LOCK = 0x73656172L << 32;
	private static final int BATCH = 500;

	private final JdbcClient jdbc;
	private final SearchIndex index;
	private final PublicContent content;
	private final SearchDocuments documents;
	private final TransactionTemplate transactions;
	private final boolean rebuildOnStart;
	private final ExecutorService soon = Executors.newSingleThreadExecutor(runnable -> {
		var thread = new Thread(runnable, "search-feed");
		thread.setDaemon(true);
		return thread;
	});
	private final AtomicBoolean wakeQueued = new AtomicBoolean();
	private volatile boolean started;

	SearchFeed(JdbcClient jdbc, SearchIndex index, PublicContent content, SearchDocuments documents,
			PlatformTransactionManager transactions,
			@Value("${govsite.search.rebuild-on-start:false}") boolean rebuildOnStart) {
		this.jdbc = jdbc;
		this.index = index;
		this.content = content;
		this.documents = documents;
		this.transactions = new TransactionTemplate(transactions);
		this.rebuildOnStart = rebuildOnStart;
	}

	@ApplicationModuleListener
	void on(ArticlePublished event) {
		record(event.articleId().value(), "INDEX");
	}

	@ApplicationModuleListener
	void on(ArticleWithdrawn event) {
		record(event.articleId().value(), "REMOVE");
	}

	/** Appends a change in the caller's transaction; this node polls as soon as it commits. */
	long record(UUID articleId, String op) {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query((rs, row) -> 1).list();
		long seq = jdbc.sql("INSERT INTO search_change (article_id, op) VALUES (?, ?) RETURNING seq")
			.params(articleId, op).query(Long.class).single();
		wakeAfterCommit();
		return seq;
	}

	void wakeAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wake();
				}
			});
		}
		else {
			wake();
		}
	}

	/** Polls on the feed's own thread soon; wake-ups while one is queued are merged. */
	void wake() {
		if (wakeQueued.compareAndSet(false, true)) {
			soon.execute(() -> {
				wakeQueued.set(false);
				pollSafely();
			});
		}
	}

	@Scheduled(fixedDelayString = "${govsite.search.poll-interval:PT1S}")
	void scheduled() {
		pollSafely();
	}

	private void pollSafely() {
		try {
			poll();
		}
		catch (RuntimeException e) {
			log.warn("Search index update failed; retrying at the next poll: {}", e.toString());
		}
	}

	/**
	 * Applies every pending change; the first poll builds an index that was never built (or when asked to). A shared
	 * index only when this node holds its follower lock.
	 */
	synchronized void poll() {
		var shared = index.sharedName();
		if (shared == null) {
			follow();
			return;
		}
		transactions.executeWithoutResult(status -> {
			if (jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(followerLock(shared)).query(Boolean.class).single()) {
				follow();
			}
		});
	}

	/** The advisory lock key of the node following a shared index. */
	static long followerLock(String sharedName) {
		return FOLLOWER_LOCK | (sharedName.hashCode() & 0xFFFFFFFFL);
	}

	private void follow() {
		if (!started) {
			if (rebuildOnStart || index.appliedChange() < 0) {
				log.info("Rebuilding the search index from the database ({})",
						rebuildOnStart ? "govsite.search.rebuild-on-start" : "no index yet");
				rebuild();
			}
			started = true;
		}
		while (true) {
			long applied = index.appliedChange();
			var changes = jdbc.sql("SELECT seq, article_id, op FROM search_change WHERE seq > ? ORDER BY seq LIMIT ?")
				.params(applied, BATCH)
				.query((rs, row) -> new Change(rs.getLong("seq"), rs.getObject("article_id", UUID.class), rs.getString("op")))
				.list();
			if (changes.isEmpty()) {
				return;
			}
			if (changes.stream().anyMatch(change -> change.op().equals("REBUILD"))) {
				rebuild();
				continue;
			}
			var articles = new LinkedHashSet<UUID>();
			changes.forEach(change -> articles.add(change.articleId()));
			var converter = documents.converter();
			for (var id : articles) {
				refresh(new ArticleId(id), converter);
			}
			index.commit(changes.get(changes.size() - 1).seq());
			if (changes.size() < BATCH) {
				return;
			}
		}
	}

	private void refresh(ArticleId id, SearchDocuments.Converter converter) {
		try {
			content.live(id).ifPresentOrElse(article -> index.index(converter.of(article)), () -> index.remove(id));
		}
		catch (RuntimeException e) {
			// one unreadable article must not hold up the feed; a rebuild retries it
			log.warn("Cannot index article {}: {}", id.value(), e.toString());
		}
	}

	/** Recreates this node's index from every live article; changes recorded meanwhile are applied afterwards. */
	synchronized void rebuild() {
		long upTo = jdbc.sql("SELECT coalesce(max(seq), 0) FROM search_change").query(Long.class).single();
		var converter = documents.converter();
		long started = System.nanoTime();
		List<Integer> count = new ArrayList<>(List.of(0));
		index.rebuild(sink -> content.forEachLive(article -> {
			try {
				sink.accept(converter.of(article));
				count.set(0, count.get(0) + 1);
			}
			catch (RuntimeException e) {
				log.warn("Cannot index article {}: {}", article.id().value(), e.toString());
			}
		}), upTo);
		log.info("Search index rebuilt: {} articles in {} ms", count.get(0), (System.nanoTime() - started) / 1_000_000);
	}

	void shutdown() {
		soon.shutdownNow();
	}

	private record Change(long seq, UUID articleId, String op) {
	}
}
