package org.govsite.content;

import static org.govsite.content.ArticleState.*;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.iam.UserAccounts;
import org.govsite.iam.UserView;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 三审 (Art. 10) and urgent publishing (Art. 14): takes review actions under {@link ReviewWorkflow}'s table and guards,
 * records every step (who, when, comment), publishes and withdraws, and keeps each reviewer's inbox.
 */
@Service
public class Reviews {

	private final Articles articles;
	private final Revisions revisions;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final TransactionTemplate eachItem;
	private final PublicationChecks checks;

	private final UserAccounts accounts;

	Reviews(Articles articles, Revisions revisions, AuditTrail audit, ApplicationEventPublisher events, JdbcClient jdbc,
			Clock clock, PlatformTransactionManager transactions, PublicationChecks checks, UserAccounts accounts,
			ColumnGrants grants) {
		this.grants = grants;
		this.accounts = accounts;
		this.checks = checks;
		this.articles = articles;
		this.revisions = revisions;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
		this.eachItem = new TransactionTemplate(transactions);
	}

	static final String NO_BUSINESS = "您在该网站（或该栏目）没有编辑、审核、值班或站点管理角色，不能办理其信息的审核";

	private final ColumnGrants grants;

	/** Takes a review action on the article's current revision, or refuses with every reason at once. */
	@Transactional
	public ReviewOutcome act(ArticleId id, @Nullable ReviewAction action, @Nullable String comment) {
		return act(id, action, comment, null);
	}

	/**
	 * As {@link #act(ArticleId, ReviewAction, String)}; {@code overrideReason} lets a 终审 holder publish despite
	 * serious content-check findings (recorded in the audit trail).
	 */
	@Transactional
	public ReviewOutcome act(ArticleId id, @Nullable ReviewAction requested, @Nullable String comment,
			@Nullable String overrideReason) {
		var user = Articles.currentUser();
		var article = articles.load(id);
		// permission first (403), then the request: who has no business on the site's articles learns nothing of the
		// workflow; the table's own refusals (wrong step, own article, ...) stay conflicts (409) for the site's people
		if (!grants.holdsAnyAt(user, Role.SITE_CONTENT, new SiteId(article.siteId), article.homeColumnId)) {
			throw Refusal.forbidden(NO_BUSINESS);
		}
		if (requested == null) {
			throw Refusal.invalid("请选择审核操作");
		}
		var action = ReviewWorkflow.intended(requested, article.state, article.urgentReviewState);
		if (action == ReviewAction.EDIT) {
			throw Refusal.invalid("修改信息须保存新版本，不是审核操作");
		}
		// facts → refusals
		var facts = facts(article, user, comment);
		var reasons = new ArrayList<>(ReviewWorkflow.TABLE.refusals(article.state, action, facts).stream()
			.map(Refusal.Placed::anywhere).toList());
		var moment = reasons.isEmpty() ? moment(article, action, facts) : null;
		var verdict = moment == null ? null
				: checks.judge(article, moment, new PublicationChecks.Release(user, overrideReason));
		if (verdict != null) {
			reasons.addAll(verdict.refusals());
		}
		Refusal.throwIfAnyPlaced(Refusal.Kind.CONFLICT, reasons);

		// apply → step
		var from = article.state;
		var to = ReviewWorkflow.TABLE.target(from, action, facts).orElseThrow();
		var now = Instant.now(clock);
		var publishTime = publishTime(article);
		switch (action) {
			case SUBMIT -> article.submit(to);
			case APPROVE -> article.pass(to, now, publishTime);
			case RETURN -> article.returnForChanges(to);
			case PUBLISH -> article.publish(to, now, publishTime);
			case WITHDRAW -> article.withdraw(to, now);
			case URGENT_PUBLISH -> article.publishUrgently(to, user.username(), FIRST_REVIEW, now, publishTime);
			case POST_REVIEW -> article.passOwedStep(ReviewWorkflow.stepAfter(facts.step(), article.important).orElse(null));
			case EDIT -> throw new IllegalStateException("EDIT is refused above");
		}
		if (action == ReviewAction.POST_REVIEW) {
			var stillOwed = article.urgentReviewState;
			recordStep(article, action, facts.step(), stillOwed == null ? PUBLISHED : stillOwed, user, comment, now);
		}
		else {
			recordStep(article, action, from, to, user, comment, now);
		}
		var saved = articles.save(article);

		// audit, event
		var title = revisions.get(saved.id, saved.currentRevision).title();
		if (verdict != null && verdict.released()) {
			audit.record(AuditRecord.of("CONTENT_CHECK_OVERRIDDEN", "article", saved.id,
					"终审人员放行存在严重问题的信息「" + title + "」：" + overrideReason.trim())
				.withChange(null, verdict.findings().stream().filter(ArticleFinding::blocking).toList()));
		}
		audit.record(AuditRecord.of("REVIEW_" + action.name(), "article", saved.id,
				"信息「" + title + "」" + action.label() + "：" + from.label() + " → " + saved.state.label()
						+ (comment == null || comment.isBlank() ? "" : "（" + comment.trim() + "）")));
		if (saved.state == PUBLISHED && action != ReviewAction.POST_REVIEW) {
			events.publishEvent(new ArticlePublished(new ArticleId(saved.id), new SiteId(saved.siteId), saved.liveRevision,
					saved.urgent));
		}
		if (action == ReviewAction.WITHDRAW) {
			events.publishEvent(new ArticleWithdrawn(new ArticleId(saved.id), new SiteId(saved.siteId)));
		}
		return new ReviewOutcome(articles.view(saved), verdict == null ? List.of() : verdict.warnings(),
				verdict == null ? List.of() : verdict.findings());
	}

	/**
	 * When {@link PublicationChecks} run, once the table allows the action: on 提交审核, and when the article goes live
	 * (the last 审核通过, to 已发布 or 已排期, and 紧急发布).
	 */
	private static PublicationChecks.@Nullable Moment moment(Article article, ReviewAction action,
			ReviewWorkflow.Facts facts) {
		if (action == ReviewAction.SUBMIT) {
			return PublicationChecks.Moment.SUBMIT;
		}
		var to = ReviewWorkflow.TABLE.target(article.state, action, facts).orElseThrow();
		boolean goesLive = (action == ReviewAction.APPROVE || action == ReviewAction.URGENT_PUBLISH)
				&& (to == PUBLISHED || to == SCHEDULED);
		return goesLive ? PublicationChecks.Moment.GO_LIVE : null;
	}

	/**
	 * The actions that may be taken from the article's state (whoever takes them; {@link #act} still decides for the
	 * signed-in user). Read-only, for screens that offer the actions; includes {@link ReviewAction#EDIT} when the
	 * article may be edited.
	 */
	public static List<ReviewAction> actionsFrom(ArticleState state, @Nullable ArticleState urgentReviewState) {
		return ReviewWorkflow.actionsFrom(state, urgentReviewState);
	}

	/** The recorded steps of an article, oldest first. */
	@Transactional(readOnly = true)
	public List<ReviewStepView> history(ArticleId id) {
		var steps = jdbc.sql("""
				SELECT revision, action, from_state, to_state, actor, comment, occurred_at
				FROM review_step WHERE article_id = ? ORDER BY id
				""")
			.param(id.value())
			.query((rs, n) -> new ReviewStepView(rs.getInt(1), ReviewAction.valueOf(rs.getString(2)),
					ArticleState.valueOf(rs.getString(3)), ArticleState.valueOf(rs.getString(4)), rs.getString(5),
					rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
		var names = new java.util.HashMap<String, String>();
		return steps.stream()
			.map(step -> new ReviewStepView(step.revision(), step.action(), step.from(), step.to(), step.actor(),
					names.computeIfAbsent(step.actor(), this::personName), step.comment(), step.at()))
			.toList();
	}

	/** The person's name of an account (the username for a system actor or a removed account). */
	private String personName(String username) {
		return accounts.findByUsername(username).map(UserView::displayName).orElse(username);
	}

	/** Every article, across all the sites the user reviews, that waits for a step the user may take now. */
	@Transactional(readOnly = true)
	public List<InboxItem> inbox() {
		var user = Articles.currentUser();
		// Only the sites where the user holds a review role are candidates (all sites for a platform-wide reviewer).
		var reviewerRoles = java.util.EnumSet.of(Role.FIRST_REVIEWER, Role.SECOND_REVIEWER, Role.FINAL_REVIEWER);
		boolean everySite = reviewerRoles.stream().anyMatch(user::hasPlatformRole);
		var sites = user.grants().stream()
			.filter(grant -> reviewerRoles.contains(grant.role()) && grant.siteId() != null)
			.map(CurrentUser.Grant::siteId)
			.distinct()
			.toList();
		if (!everySite && sites.isEmpty()) {
			return List.of();
		}
		var candidates = jdbc.sql("""
				SELECT a.id FROM article a
				WHERE (a.state IN ('FIRST_REVIEW', 'SECOND_REVIEW', 'FINAL_REVIEW')
				       OR (a.state = 'PUBLISHED' AND a.urgent_review_state IS NOT NULL))
				  AND (:everySite OR a.site_id IN (:sites))
				ORDER BY a.created_at
				""")
			.param("everySite", everySite)
			.param("sites", sites.isEmpty() ? List.of(new UUID(0, 0)) : sites)
			.query(UUID.class).list();
		var items = new ArrayList<InboxItem>();
		for (var id : candidates) {
			var article = articles.load(new ArticleId(id));
			var action = ReviewWorkflow.intended(ReviewAction.APPROVE, article.state, article.urgentReviewState);
			if (!ReviewWorkflow.TABLE.refusals(article.state, action, facts(article, user, null)).isEmpty()) {
				continue;
			}
			var revision = revisions.get(article.id, article.currentRevision);
			boolean urgent = article.state == PUBLISHED;
			items.add(new InboxItem(new ArticleId(article.id), new SiteId(article.siteId), revision.title(),
					urgent ? article.urgentReviewState : article.state, article.important, urgent, revision.createdBy(),
					submittedAt(article)));
		}
		return items;
	}

	/** Approves each ordinary item in its own transaction; important items and refusals are reported, not approved. */
	public BatchResult approveAll(List<ArticleId> ids) {
		var approved = new ArrayList<ArticleId>();
		var refused = new ArrayList<BatchResult.Refused>();
		for (var id : ids) {
			try {
				var important = articles.find(id).map(ArticleView::important).orElse(false);
				if (important) {
					refused.add(new BatchResult.Refused(id, List.of("重要信息不能批量审核，请逐条审核")));
					continue;
				}
				eachItem.executeWithoutResult(status -> act(id, ReviewAction.APPROVE, "批量审核通过"));
				approved.add(id);
			}
			catch (Refusal refusal) {
				refused.add(new BatchResult.Refused(id, refusal.reasons()));
			}
		}
		return new BatchResult(approved, refused);
	}

	/** Publishes scheduled articles whose time has come; safe on many nodes (rows are claimed with SKIP LOCKED). */
	@Scheduled(fixedDelayString = "${govsite.content.schedule-check:PT1M}")
	@Transactional
	public void publishDue() {
		var now = Instant.now(clock);
		var due = jdbc.sql("""
				SELECT a.id FROM article a JOIN article_revision r ON r.article = a.id AND r.number = a.current_revision
				WHERE a.state = 'SCHEDULED' AND r.publish_time <= ?
				FOR UPDATE OF a SKIP LOCKED
				""").param(Timestamp.from(now)).query(UUID.class).list();
		for (var id : due) {
			var article = articles.load(new ArticleId(id));
			article.publish(ReviewWorkflow.TABLE.target(SCHEDULED, ReviewAction.PUBLISH).orElseThrow(), now, publishTime(article));
			recordStep(article, ReviewAction.PUBLISH, SCHEDULED, PUBLISHED, null, "到达预定发布时间", now);
			var saved = articles.save(article);
			audit.recordAs("system", AuditRecord.of("REVIEW_PUBLISH", "article", id, "定时发布信息（第 " + saved.liveRevision + " 版）"));
			events.publishEvent(new ArticlePublished(new ArticleId(id), new SiteId(saved.siteId), saved.liveRevision, false));
		}
	}

	/** The current revision's publish time, if it has one (a future one schedules the article). */
	private @Nullable Instant publishTime(Article article) {
		var publishTime = revisions.get(article.id, article.currentRevision).publishTime();
		return publishTime == null ? null : publishTime.atZone(BeijingTime.ZONE).toInstant();
	}

	private ReviewWorkflow.Facts facts(Article article, CurrentUser user, @Nullable String comment) {
		var authors = new HashSet<String>();
		authors.add(article.createdBy);
		authors.add(revisions.get(article.id, article.currentRevision).createdBy());
		var passed = jdbc.sql("""
				SELECT from_state, actor FROM review_step
				WHERE article_id = ? AND revision = ? AND action IN ('APPROVE', 'POST_REVIEW')
				""")
			.params(article.id, article.currentRevision)
			.query((rs, n) -> new ReviewWorkflow.PassedStep(ArticleState.valueOf(rs.getString(1)), rs.getString(2)))
			.list();
		var publishTime = publishTime(article);
		var site = new SiteId(article.siteId);
		// the column tree is read only for an account whose grants on the site are limited to columns (Art. 6)
		var lineage = user.columnScopesOn(site, Role.SITE_CONTENT).isEmpty() ? List.<UUID>of()
				: grants.lineage(article.homeColumnId);
		return new ReviewWorkflow.Facts(article.state, article.important, site, lineage,
				article.urgentReviewState, article.urgentPublisher, authors, passed,
				publishTime != null && publishTime.isAfter(Instant.now(clock)), user, comment);
	}

	private Instant submittedAt(Article article) {
		return jdbc.sql("SELECT max(occurred_at) FROM review_step WHERE article_id = ? AND action IN ('SUBMIT', 'URGENT_PUBLISH')")
			.param(article.id)
			.query((rs, n) -> rs.getTimestamp(1) == null ? article.createdAt : rs.getTimestamp(1).toInstant())
			.single();
	}

	private void recordStep(Article article, ReviewAction action, ArticleState from, ArticleState to,
			@Nullable CurrentUser user, @Nullable String comment, Instant at) {
		jdbc.sql("""
				INSERT INTO review_step (article_id, revision, action, from_state, to_state, actor, comment, occurred_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(article.id, article.currentRevision, action.name(), from.name(), to.name(),
					user == null ? "system" : user.username(), comment == null || comment.isBlank() ? null : comment.trim(),
					Timestamp.from(at))
			.update();
	}

}
