package org.govsite.content;

import static org.govsite.content.ArticleState.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * 三审 in one place (Art. 10, 14): which action may be taken from which state, by which role, where it leads, and
 * every reason it is refused. Ordinary information: 草稿 → 待初审 → 待复审 → 已发布 (or 已排期); important information
 * also passes 待终审. 退回修改 from any review step; 撤回 from 已发布 or 已排期; 紧急发布 by the duty officer, after which
 * the review steps are owed by reviewers other than the publisher.
 */
final class ReviewWorkflow {

	private ReviewWorkflow() {
	}

	/** The role that acts on a review step. */
	static Role roleFor(ArticleState step) {
		return switch (step) {
			case FIRST_REVIEW -> Role.FIRST_REVIEWER;
			case SECOND_REVIEW -> Role.SECOND_REVIEWER;
			case FINAL_REVIEW -> Role.FINAL_REVIEWER;
			default -> throw new IllegalArgumentException("not a review step: " + step);
		};
	}

	/** The step after this one for the article: the next review step, or empty when the last one was passed. */
	static Optional<ArticleState> stepAfter(ArticleState step, boolean important) {
		return switch (step) {
			case FIRST_REVIEW -> Optional.of(SECOND_REVIEW);
			case SECOND_REVIEW -> important ? Optional.of(FINAL_REVIEW) : Optional.empty();
			default -> Optional.empty();
		};
	}

	/** The states an action may be taken from (for urgent post-review, APPROVE acts on the owed step instead). */
	static Set<ArticleState> allowedFrom(ReviewAction action) {
		return switch (action) {
			case SUBMIT -> Set.of(DRAFT);
			case APPROVE, RETURN -> Set.of(FIRST_REVIEW, SECOND_REVIEW, FINAL_REVIEW);
			case PUBLISH -> Set.of(SCHEDULED);
			case WITHDRAW -> Set.of(PUBLISHED, SCHEDULED);
			case URGENT_PUBLISH -> Set.of(DRAFT, FIRST_REVIEW, SECOND_REVIEW, FINAL_REVIEW);
		};
	}

	/** Facts about the article the guards need, gathered by the caller. */
	record Facts(ArticleState state, boolean important, SiteId site, @Nullable ArticleState urgentReviewState,
			@Nullable String urgentPublisher, Set<String> authors, List<PassedStep> passedThisRevision) {
	}

	/** A review step someone already passed on the current revision. */
	record PassedStep(ArticleState step, String actor) {
	}

	/** Every reason the action is refused to this user; empty when it may proceed. */
	static List<String> refusals(ReviewAction action, Facts facts, CurrentUser user, @Nullable String comment) {
		var reasons = new ArrayList<String>();
		boolean urgentPostReview = action == ReviewAction.APPROVE && facts.state() == PUBLISHED
				&& facts.urgentReviewState() != null;
		if (!allowedFrom(action).contains(facts.state()) && !urgentPostReview) {
			reasons.add("信息当前状态为「" + facts.state().label() + "」，不能执行「" + action.label() + "」");
			return reasons;
		}
		switch (action) {
			case SUBMIT -> {
				if (!user.hasRoleOn(Role.EDITOR, facts.site()) && !facts.authors().contains(user.username())) {
					reasons.add("只有本网站的编辑才能提交审核");
				}
			}
			case APPROVE -> {
				var step = urgentPostReview ? facts.urgentReviewState() : facts.state();
				var role = roleFor(step);
				if (!user.hasRoleOn(role, facts.site())) {
					reasons.add("只有本网站的「" + role.label() + "」人员才能执行" + step.label().substring(1) + "");
				}
				if (facts.authors().contains(user.username())) {
					reasons.add("不能审核自己撰写的信息");
				}
				if (urgentPostReview && user.username().equals(facts.urgentPublisher())) {
					reasons.add("紧急发布人不能补审自己发布的信息");
				}
				facts.passedThisRevision().stream()
					.filter(passed -> passed.actor().equals(user.username()) && passed.step() != step)
					.findFirst()
					.ifPresent(passed -> reasons.add("同一人对同一版本只能通过一个审核步骤，您已通过「"
							+ passed.step().label().substring(1) + "」"));
			}
			case RETURN -> {
				var role = roleFor(facts.state());
				if (!user.hasRoleOn(role, facts.site())) {
					reasons.add("只有本网站的「" + role.label() + "」人员才能退回此步骤的信息");
				}
				if (comment == null || comment.isBlank()) {
					reasons.add("退回修改须填写意见");
				}
			}
			case PUBLISH -> {
				var role = facts.important() ? Role.FINAL_REVIEWER : Role.SECOND_REVIEWER;
				if (!user.hasRoleOn(role, facts.site()) && !user.hasRoleOn(Role.SITE_ADMIN, facts.site())) {
					reasons.add("只有本网站的「" + role.label() + "」人员或站点管理员才能提前发布已排期的信息");
				}
			}
			case WITHDRAW -> {
				if (!user.hasRoleOn(Role.SECOND_REVIEWER, facts.site()) && !user.hasRoleOn(Role.FINAL_REVIEWER, facts.site())
						&& !user.hasRoleOn(Role.SITE_ADMIN, facts.site())) {
					reasons.add("只有本网站的复审、终审人员或站点管理员才能撤回信息");
				}
				if (comment == null || comment.isBlank()) {
					reasons.add("撤回信息须填写理由");
				}
			}
			case URGENT_PUBLISH -> {
				if (!user.hasRoleOn(Role.DUTY_OFFICER, facts.site())) {
					reasons.add("只有本网站的值班员才能紧急发布");
				}
				if (comment == null || comment.isBlank()) {
					reasons.add("紧急发布须写明理由");
				}
			}
		}
		return reasons;
	}
}
