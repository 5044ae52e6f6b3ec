package org.govsite.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.govsite.content.ArticleId;
import org.govsite.content.LiveText;
import org.govsite.content.PublicContent;
import org.govsite.monitoring.detect.ContentSafetyDetector;
import org.govsite.publishing.PublishedUrls;
import org.govsite.site.SiteId;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Runs one historical sweep (历史文章全面检测): every live article of the platform, read from the content module in
 * batches of {@value #BATCH} in id order, goes through the same content-safety detector as live pages on a crawl
 * ({@link ContentSafetyDetector#inspectHtml}: title and body, so the kinds, severities and masked evidence are the
 * crawl's), and what it finds is recorded as {@link Check#CONTENT} findings of the article's site at the article's
 * public address ({@link PublishedUrls}: absolute when sites are served by host, else the platform's
 * {@code /sites/<key>/…} path; the console page of the article while it has no public page yet).
 * <p>
 * Only serious and general findings are recorded ({@link Severity#HINT} ones, mostly possible typos, are left out so
 * that years of articles do not flood the findings list); they are the same problems the content check gate already
 * shows before publication. A problem recorded by an earlier sweep is recognised by its fingerprint and seen again,
 * never duplicated; one marked 误报 stays so. Findings carry the sweep's id as their scan id.
 * <p>
 * Each batch's findings and the sweep's progress ({@code done}, {@code total}, {@code findings},
 * {@code last_article_id}) are committed together in their own transaction, so a sweep whose node stops resumes after
 * the last article it committed. The db-scheduler task runs one execution at a time and the table allows one sweep
 * queued or running, so one sweep runs at a time across nodes.
 */
@Component
class ArticleSweep {

	/**
	 * The version of the content-safety detectors and their dictionaries. Bump it when they change materially (a new
	 * category, a new lexicon, a changed severity): the next start of the platform queues a sweep of every published
	 * article with the new detectors, since none of the new version is done.
	 */
	static final int DETECTORS_VERSION = 1;

	static final int BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(ArticleSweep.class);

	private final JdbcClient jdbc;
	private final PublicContent content;
	private final PublishedUrls urls;
	private final ContentSafetyDetector detector;
	private final Findings findings;
	private final Sites sites;
	private final TransactionTemplate separately;
	private final Clock clock;

	ArticleSweep(JdbcClient jdbc, PublicContent content, PublishedUrls urls, ContentSafetyDetector detector,
			Findings findings, Sites sites, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.content = content;
		this.urls = urls;
		this.detector = detector;
		this.findings = findings;
		this.sites = sites;
		this.separately = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	boolean run(UUID id, BooleanSupplier stopping) {
		return run(id, BATCH, stopping);
	}

	/**
	 * Runs (or resumes) the sweep, {@code batch} articles a transaction. Returns false when it stopped early because
	 * {@code stopping} said the node is shutting down: the sweep is left {@code RUNNING}, to be resumed after its last
	 * article; true when it is over (done, failed, or not to be run).
	 */
	boolean run(UUID id, int batch, BooleanSupplier stopping) {
		var sweep = jdbc.sql("SELECT * FROM monitoring_sweep WHERE id = ?").param(id).query(ArticleSweeps::map).optional()
			.orElse(null);
		if (sweep == null || !sweep.active()) {
			return true;
		}
		try {
			if (sweep.status().equals("QUEUED")) {
				int claimed = jdbc.sql("""
						UPDATE monitoring_sweep SET status = 'RUNNING', started_at = ?, total = ? WHERE id = ? AND status = 'QUEUED'
						""").params(Timestamp.from(clock.instant()), (int) content.countLive(), id).update();
				if (claimed != 1) {
					return true;
				}
			}
			else {
				log.info("resuming the historical sweep {} after article {} ({} done)", id, sweep.lastArticleId(),
						sweep.done());
			}
			var after = sweep.lastArticleId() == null ? null : new ArticleId(sweep.lastArticleId());
			while (true) {
				if (stopping.getAsBoolean()) {
					log.info("historical sweep {} paused after article {}: the node is stopping", id, after);
					return false;
				}
				var articles = content.liveTexts(after, batch);
				if (articles.isEmpty()) {
					break;
				}
				var reports = new LinkedHashMap<SiteId, List<FindingStore.Report>>();
				for (var article : articles) {
					try {
						var found = reports(article);
						if (!found.isEmpty()) {
							reports.computeIfAbsent(article.siteId(), s -> new ArrayList<>()).addAll(found);
						}
					}
					catch (RuntimeException e) {
						log.warn("historical sweep {}: article {} could not be checked", id, article.id().value(), e);
					}
				}
				var last = articles.get(articles.size() - 1).id();
				int checked = articles.size();
				separately.executeWithoutResult(status -> {
					int recorded = 0;
					var known = new HashMap<SiteId, @Nullable SiteView>();
					for (var entry : reports.entrySet()) {
						var site = known.computeIfAbsent(entry.getKey(), s -> sites.find(s).orElse(null));
						if (site != null) {
							findings.record(site, id, entry.getValue());
							recorded += entry.getValue().size();
						}
					}
					jdbc.sql("""
							UPDATE monitoring_sweep SET done = done + ?, findings = findings + ?, last_article_id = ?,
							  total = greatest(total, done + ?)
							WHERE id = ?
							""").params(checked, recorded, last.value(), checked, id).update();
				});
				after = last;
				if (articles.size() < batch) {
					break;
				}
			}
			jdbc.sql("UPDATE monitoring_sweep SET status = 'DONE', finished_at = ?, total = done, error = NULL WHERE id = ?")
				.params(Timestamp.from(clock.instant()), id).update();
			var done = jdbc.sql("SELECT done, findings FROM monitoring_sweep WHERE id = ?").param(id)
				.query((rs, n) -> rs.getInt(1) + " articles, " + rs.getInt(2) + " findings").single();
			log.info("historical sweep {} done: {}", id, done);
		}
		catch (RuntimeException e) {
			log.warn("historical sweep {} failed", id, e);
			var message = String.valueOf(e.getMessage());
			jdbc.sql("UPDATE monitoring_sweep SET status = 'FAILED', finished_at = ?, error = ? WHERE id = ?")
				.params(Timestamp.from(clock.instant()), message.length() > 1900 ? message.substring(0, 1900) : message, id)
				.update();
		}
		return true;
	}

	/** The serious and general content findings of an article's title and body, at its public address. */
	List<FindingStore.Report> reports(LiveText article) {
		var html = "<h1>" + HtmlUtils.htmlEscape(article.title()) + "</h1>" + article.body();
		var detections = detector.inspectHtml(html).stream().filter(d -> d.severity() != Severity.HINT).toList();
		if (detections.isEmpty()) {
			return List.of();
		}
		var page = urls.of(article.id()).orElse("/content/articles/" + article.id().value());
		return detections.stream()
			.map(d -> new FindingStore.Report(d.check(), d.kind(), d.severity(), d.confirmed(),
					d.url() == null ? page : d.url(), page, List.of(page), 0, null, null, null, d.evidence(),
					d.suggestion()))
			.toList();
	}
}
