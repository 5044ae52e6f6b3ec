package org.govsite.publishing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.govsite.content.ArticleId;
import org.govsite.content.ArticlePublished;
import org.govsite.content.ArticleWithdrawn;
import org.govsite.content.ArticleReferenced;
import org.govsite.content.ColumnChanged;
import org.govsite.content.TopicChanged;
import org.govsite.site.SiteChanged;
import org.govsite.site.SiteStatusChanged;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The publisher's work queue in PostgreSQL. Events add jobs; after the adding transaction commits the local workers
 * are woken, and a poller picks up whatever any node added or a crashed node left (its lease ran out). Jobs are
 * claimed with {@code SELECT … FOR UPDATE SKIP LOCKED}; a site's jobs run one at a time across the cluster.
 */
@Component
class PublishQueue {

	private static final Logger log = LoggerFactory.getLogger(PublishQueue.class);
	private static final int WORKERS = 2;
	private static final int MAX_ATTEMPTS = 5;
	private static final long CLAIM_LOCK = 0x60_5CB1_15L;

	private final JdbcClient jdbc;
	private final TransactionTemplate tx;
	private final TransactionTemplate separately;
	private final ObjectProvider<IncrementalRender> incremental;
	private final ObjectProvider<FullRebuild> fullRebuild;
	private final ObjectProvider<SiteClosures> closures;
	private final PublishStore store;
	private final Clock clock;
	/** How long a claimed job stays a node's: renewed as a rebuild progresses; a crashed node's job is taken over after it. */
	private final long leaseSeconds;
	private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, runnable -> {
		var thread = new Thread(runnable, "publisher");
		thread.setDaemon(true);
		return thread;
	});
	private final AtomicInteger active = new AtomicInteger();
	private final AtomicBoolean signal = new AtomicBoolean();
	private volatile boolean ready;

	PublishQueue(JdbcClient jdbc, TransactionTemplate tx, ObjectProvider<IncrementalRender> incremental,
			ObjectProvider<FullRebuild> fullRebuild, PublishStore store, Clock clock, ObjectProvider<SiteClosures> closures,
			@org.springframework.beans.factory.annotation.Value("${govsite.publishing.lease:PT5M}") java.time.Duration lease) {
		this.leaseSeconds = Math.max(1, lease.toSeconds());
		this.closures = closures;
		this.jdbc = jdbc;
		this.tx = tx;
		this.separately = new TransactionTemplate(tx.getTransactionManager());
		this.separately.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.incremental = incremental;
		this.fullRebuild = fullRebuild;
		this.store = store;
		this.clock = clock;
	}

	record Job(long id, SiteId siteId, String kind, @Nullable UUID articleId, @Nullable UUID runId) {
	}

	@ApplicationModuleListener
	void on(ArticlePublished event) {
		enqueueArticle(event.siteId(), event.articleId());
	}

	@ApplicationModuleListener
	void on(ArticleWithdrawn event) {
		enqueueArticle(event.siteId(), event.articleId());
	}

	/** The article job re-renders every column that lists the article, the new one included. */
	@ApplicationModuleListener
	void on(ArticleReferenced event) {
		enqueueArticle(event.siteId(), event.articleId());
	}

	/** A column, topic or the site's own details changed: the pages showing them are rebuilt (once, however many changes). */
	@ApplicationModuleListener
	void on(ColumnChanged event) {
		enqueueStructure(event.siteId());
	}

	@ApplicationModuleListener
	void on(TopicChanged event) {
		enqueueStructure(event.siteId());
	}

	@ApplicationModuleListener
	void on(SiteChanged event) {
		enqueueStructure(event.siteId());
	}

	/**
	 * The site lifecycle reaches the public site (Art. 6): the closure notice appears on (or leaves) every page, and a
	 * closed or merged site is taken down, its old addresses redirecting to the successor or an archive notice.
	 */
	@ApplicationModuleListener
	void on(SiteStatusChanged event) {
		if (event.to().isActive()) {
			jdbc.sql("DELETE FROM publish_closed_page WHERE site_id = ?").param(event.siteId().value()).update();
			jdbc.sql("DELETE FROM publish_closed_site WHERE site_id = ?").param(event.siteId().value()).update();
			enqueueStructure(event.siteId());
		}
		else {
			jdbc.sql("INSERT INTO publish_job (site_id, kind, status, created_at) VALUES (?, 'TAKEDOWN', 'PENDING', ?)")
				.params(event.siteId().value(), Timestamp.from(Instant.now(clock))).update();
			wakeAfterCommit();
		}
	}

	/** Queues a full rebuild of a built site unless one is already waiting. */
	void enqueueStructure(SiteId site) {
		if (!store.isBuilt(site)) {
			return; // its first publication builds it whole
		}
		var waiting = jdbc.sql("SELECT count(*) FROM publish_job WHERE site_id = ? AND kind = 'REBUILD' AND status = 'PENDING'")
			.param(site.value()).query(Long.class).single();
		if (waiting == 0) {
			enqueueRebuild(site, "system");
		}
	}

	void enqueueArticle(SiteId site, ArticleId article) {
		jdbc.sql("INSERT INTO publish_job (site_id, kind, article_id, status, created_at) VALUES (?, 'ARTICLE', ?, 'PENDING', ?)")
			.params(site.value(), article.value(), Timestamp.from(Instant.now(clock))).update();
		wakeAfterCommit();
	}

	/** Queues a full rebuild of a site and returns its run. */
	UUID enqueueRebuild(SiteId site, String requestedBy) {
		var run = createRun(site, requestedBy);
		jdbc.sql("INSERT INTO publish_job (site_id, kind, run_id, status, created_at) VALUES (?, 'REBUILD', ?, 'PENDING', ?)")
			.params(site.value(), run, Timestamp.from(Instant.now(clock))).update();
		wakeAfterCommit();
		return run;
	}

	private UUID createRun(SiteId site, String requestedBy) {
		var run = UUID.randomUUID();
		jdbc.sql("INSERT INTO publish_run (id, site_id, status, requested_by, created_at) VALUES (?, ?, 'QUEUED', ?, ?)")
			.params(run, site.value(), requestedBy, Timestamp.from(Instant.now(clock))).update();
		return run;
	}

	Optional<PublishRun> run(UUID id) {
		return jdbc.sql("SELECT * FROM publish_run WHERE id = ?").param(id).query(PublishQueue::mapRun).optional();
	}

	Optional<PublishRun> latestRun(SiteId site) {
		return jdbc.sql("SELECT * FROM publish_run WHERE site_id = ? ORDER BY created_at DESC LIMIT 1").param(site.value())
			.query(PublishQueue::mapRun).optional();
	}

	/** Whether any job is waiting or running (tests and benchmarks wait for this). */
	boolean idle() {
		return jdbc.sql("SELECT count(*) FROM publish_job WHERE status IN ('PENDING', 'RUNNING')").query(Long.class).single() == 0;
	}

	private static PublishRun mapRun(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		var started = rs.getTimestamp("started_at");
		var finished = rs.getTimestamp("finished_at");
		return new PublishRun(rs.getObject("id", UUID.class), new SiteId(rs.getObject("site_id", UUID.class)),
				rs.getString("status"), rs.getInt("total"), rs.getInt("done"), rs.getString("requested_by"),
				rs.getString("error"), rs.getTimestamp("created_at").toInstant(),
				started == null ? null : started.toInstant(), finished == null ? null : finished.toInstant());
	}

	// ------------------------------------------------------------------------------------------------ workers

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		store.reconcile();
		ready = true;
		wake();
	}

	@Scheduled(fixedDelayString = "${govsite.publishing.poll:PT5S}", initialDelayString = "${govsite.publishing.poll:PT5S}")
	void poll() {
		wake();
		jdbc.sql("DELETE FROM publish_job WHERE status = 'DONE' AND finished_at < now() - interval '1 day'").update();
	}

	@PreDestroy
	void stop() {
		ready = false;
		workers.shutdownNow();
	}

	private void wakeAfterCommit() {
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

	void wake() {
		if (!ready) {
			return;
		}
		signal.set(true);
		while (true) {
			int now = active.get();
			if (now >= WORKERS) {
				return;
			}
			if (active.compareAndSet(now, now + 1)) {
				try {
					workers.execute(this::drain);
				}
				catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
					active.decrementAndGet();
				}
				return;
			}
		}
	}

	private void drain() {
		try {
			while (ready) {
				signal.set(false);
				Job job;
				while (ready && (job = claim()) != null) {
					process(job);
				}
				if (!signal.get()) {
					return;
				}
			}
		}
		catch (RuntimeException e) {
			log.error("Publisher worker stopped: {}", e.getMessage(), e);
		}
		finally {
			active.decrementAndGet();
		}
	}

	@Nullable Job claim() {
		return tx.execute(status -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CLAIM_LOCK).query((rs, n) -> 1).list();
			List<Job> claimed = jdbc.sql("""
					UPDATE publish_job SET status = 'RUNNING', attempts = attempts + 1, locked_until = now() + ? * interval '1 second'
					WHERE id = (
					    SELECT j.id FROM publish_job j
					    WHERE ((j.status = 'PENDING' AND (j.locked_until IS NULL OR j.locked_until < now()))
					           OR (j.status = 'RUNNING' AND j.locked_until < now()))
					      AND NOT EXISTS (SELECT 1 FROM publish_job r WHERE r.site_id = j.site_id AND r.id <> j.id
					                    AND r.status = 'RUNNING' AND r.locked_until >= now())
					    ORDER BY j.id LIMIT 1
					    FOR UPDATE SKIP LOCKED)
					RETURNING id, site_id, kind, article_id, run_id
					""")
				.param(leaseSeconds)
				.query((rs, n) -> new Job(rs.getLong(1), new SiteId(rs.getObject(2, UUID.class)), rs.getString(3),
						rs.getObject(4, UUID.class), rs.getObject(5, UUID.class)))
				.list();
			return claimed.isEmpty() ? null : claimed.get(0);
		});
	}

	void process(Job job) {
		try {
			if (job.kind().equals("TAKEDOWN") || closures.getObject().isClosed(job.siteId())) {
				// a closed or merged site is never published again: whatever was asked, it stays taken down
				closures.getObject().takeDown(job.siteId());
				if (job.runId() != null) {
					jdbc.sql("UPDATE publish_run SET status = 'DONE', finished_at = now() WHERE id = ?").param(job.runId()).update();
				}
			}
			else if (job.kind().equals("REBUILD")) {
				rebuild(job, job.runId());
			}
			else {
				var changes = incremental.getObject().article(job.siteId(), new ArticleId(job.articleId()));
				if (changes == null) {
					// the site was never built: build it whole (this includes the article)
					rebuild(job, null);
				}
				else {
					log.info("Published article {}: {}", job.articleId(), changes);
				}
			}
			jdbc.sql("UPDATE publish_job SET status = 'DONE', finished_at = now(), error = NULL WHERE id = ?").param(job.id()).update();
		}
		catch (RuntimeException | Error e) {
			log.warn("Publish job {} ({}) failed: {}", job.id(), job.kind(), e.toString(), e);
			var message = String.valueOf(e.getMessage());
			jdbc.sql("""
					UPDATE publish_job SET status = CASE WHEN kind = 'REBUILD' OR attempts >= ? THEN 'FAILED' ELSE 'PENDING' END,
					    locked_until = now() + attempts * interval '10 seconds', error = ?,
					    finished_at = CASE WHEN kind = 'REBUILD' OR attempts >= ? THEN now() END
					WHERE id = ?
					""").params(MAX_ATTEMPTS, truncate(message), MAX_ATTEMPTS, job.id()).update();
		}
	}

	private void rebuild(Job job, @Nullable UUID requestedRun) {
		var run = requestedRun != null ? requestedRun : createRun(job.siteId(), "system");
		jdbc.sql("UPDATE publish_run SET status = 'RUNNING', started_at = now(), done = 0 WHERE id = ?").param(run).update();
		try {
			var total = new int[] { 0 };
			// progress is committed on its own, visible while the rebuild's own transaction is still open
			fullRebuild.getObject().rebuild(run, job.siteId(), done -> {
				if (done % 100 == 0) {
					separately.executeWithoutResult(status -> {
						jdbc.sql("UPDATE publish_run SET done = ?, total = greatest(total, ?) WHERE id = ?").params(done, done + 1, run).update();
						jdbc.sql("UPDATE publish_job SET locked_until = now() + ? * interval '1 second' WHERE id = ?")
							.params(leaseSeconds, job.id()).update();
					});
				}
				total[0] = done;
			}, estimate -> separately.executeWithoutResult(
					status -> jdbc.sql("UPDATE publish_run SET total = ? WHERE id = ?").params(estimate, run).update()));
			jdbc.sql("UPDATE publish_run SET status = 'DONE', done = ?, total = ?, finished_at = now() WHERE id = ?")
				.params(total[0], total[0], run).update();
		}
		catch (RuntimeException | Error e) {
			jdbc.sql("UPDATE publish_run SET status = 'FAILED', error = ?, finished_at = now() WHERE id = ?")
				.params(truncate(String.valueOf(e.getMessage())), run).update();
			throw e;
		}
	}

	private static String truncate(String text) {
		return text.length() > 1900 ? text.substring(0, 1900) : text;
	}
}
