package org.govsite.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.iam.Role;
import org.govsite.proofreading.Category;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The content check of an article as editors and reviewers see it before anyone approves it (issue 14): every finding
 * of the current revision with its place, context, suggestion and any 误报 mark, and what {@link PublicationChecks}
 * would refuse at the next step. Editors mark a finding 误报 with a reason (audited; it then no longer blocks, and
 * reviewers read the reason) or take the mark back.
 */
@Service
public class ContentChecks {

	static final int MAX_REASON = 500;

	private final Articles articles;
	private final Revisions revisions;
	private final PublicationChecks checks;
	private final AuditTrail audit;
	private final Clock clock;

	private final ColumnGrants grants;

	ContentChecks(Articles articles, Revisions revisions, PublicationChecks checks, AuditTrail audit, Clock clock,
			ColumnGrants grants) {
		this.grants = grants;
		this.articles = articles;
		this.revisions = revisions;
		this.checks = checks;
		this.audit = audit;
		this.clock = clock;
	}

	/** The checks of the article's current revision, for those who read what is not live. */
	@Transactional(readOnly = true)
	public ArticleChecks of(ArticleId id) {
		var article = articles.load(id);
		articles.requireUnpublished(article);
		var moment = switch (article.state) {
			case DRAFT -> PublicationChecks.Moment.SUBMIT;
			case FIRST_REVIEW, SECOND_REVIEW, FINAL_REVIEW -> PublicationChecks.Moment.GO_LIVE;
			default -> null;
		};
		if (moment == null) {
			return new ArticleChecks(checks.findings(article), null, List.of());
		}
		var verdict = checks.judge(article, moment, null);
		return new ArticleChecks(verdict.findings(), moment.label(),
				verdict.refusals().stream().map(org.govsite.shared.Refusal.Placed::reason).toList());
	}

	/**
	 * Marks the finding of this category and matched text 误报 on the article, with a reason: by the site's editors
	 * (or duty officers), while the article is not in review (a reviewer who disagrees returns it).
	 */
	@Transactional
	public ArticleChecks dismiss(ArticleId id, @Nullable Category category, @Nullable String matched,
			@Nullable String reason) {
		var user = Articles.currentUser();
		var article = articles.load(id);
		requireEditor(article, "只有本网站的编辑才能标记误报");
		if (category == null || matched == null || matched.isEmpty()) {
			throw Refusal.invalid("请选择要标记为误报的检查结果");
		}
		if (reason == null || reason.isBlank()) {
			throw Refusal.invalid("标记误报须填写理由");
		}
		if (reason.strip().length() > MAX_REASON) {
			throw Refusal.invalid("误报理由不能超过 " + MAX_REASON + " 个字符");
		}
		if (article.state.inReview()) {
			throw Refusal.conflict("信息正在审核（" + article.state.label() + "），不能标记误报；如有异议，请由审核人员退回修改");
		}
		boolean found = checks.findings(article).stream()
			.anyMatch(f -> f.category() == category && f.matched().equals(matched));
		if (!found) {
			throw Refusal.invalid("当前版本的内容检查没有「" + matched + "」（" + category.label() + "）这一结果");
		}
		if (!checks.dismiss(article, category, matched, reason.strip(), user.username(), Instant.now(clock))) {
			throw Refusal.conflict("「" + matched + "」已标记为误报");
		}
		audit.record(AuditRecord.of("CONTENT_CHECK_DISMISSED", "article", article.id,
				"将信息「" + title(article) + "」内容检查发现的「" + matched + "」（" + category.label() + "）标记为误报："
						+ reason.strip())
			.withChange(null, Map.of("category", category.name(), "matched", matched, "reason", reason.strip())));
		return of(id);
	}

	/** Takes a 误报 mark back (the finding blocks again): by the site's editors, or its reviewers. */
	@Transactional
	public ArticleChecks revoke(ArticleId id, @Nullable Category category, @Nullable String matched) {
		var user = Articles.currentUser();
		var article = articles.load(id);
		var site = new SiteId(article.siteId);
		if (!mayEdit(article) && !grants.holdsAnyAt(user, Role.REVIEWERS, site, article.homeColumnId)) {
			throw Refusal.forbidden("只有本网站的编辑或审核人员才能撤销误报标记");
		}
		if (category == null || matched == null || !checks.revoke(article, category, matched)) {
			throw Refusal.notFound("该检查结果没有误报标记");
		}
		audit.record(AuditRecord.of("CONTENT_CHECK_DISMISSAL_REVOKED", "article", article.id,
				"撤销信息「" + title(article) + "」内容检查结果「" + matched + "」（" + category.label() + "）的误报标记")
			.withChange(Map.of("category", category.name(), "matched", matched), null));
		return of(id);
	}

	private void requireEditor(Article article, String refusal) {
		if (!mayEdit(article)) {
			throw Refusal.forbidden(refusal);
		}
	}

	private boolean mayEdit(Article article) {
		return articles.mayWriteIn(Articles.currentUser(), new SiteId(article.siteId), article.homeColumnId);
	}

	private String title(Article article) {
		return revisions.get(article.id, article.currentRevision).title();
	}
}
