package org.govsite.content;

import static org.govsite.content.ArticleState.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.Transitions;
import org.govsite.shared.Transitions.Guard;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * 三审 in one table (Art. 10, 14): which action may be taken from which state, by whom, where it leads, and every
 * reason it is refused. Ordinary information: 草稿 → 待初审 → 待复审 → 已发布 (or 已排期); important information also
 * passes 待终审. 退回修改 from any review step; 撤回 from 已发布 or 已排期; 修改 (a new revision) from anything not in
 * review, back to 草稿; 紧急发布 by the duty officer, after which the review steps are owed (补审) by reviewers other than
 * the publisher. {@link Reviews#act} asks this table, then applies the move through {@link Article}'s intention methods.
 */
final class ReviewWorkflow {

	static final Set<ArticleState> REVIEW_STEPS = EnumSet.of(FIRST_REVIEW, SECOND_REVIEW, FINAL_REVIEW);

	private ReviewWorkflow() {
	}

	/** Facts about the article and the actor the guards need, gathered by {@link Reviews}. */
	record Facts(ArticleState state, boolean important, SiteId site, List<java.util.UUID> columnLineage,
			@Nullable ArticleState owedStep, @Nullable String urgentPublisher, Set<String> authors,
			List<PassedStep> passedThisRevision, boolean publishTimeAhead, CurrentUser user, @Nullable String comment) {

		/** The step the actor passes: the article's own step, or the step owed after 紧急发布. */
		ArticleState step() {
			return state == PUBLISHED && owedStep != null ? owedStep : state;
		}

		/** Whether the actor holds the role where the article lies: everywhere, on its site, or on its column's subtree. */
		boolean holds(Role role) {
			return user.hasRoleAt(role, site, columnLineage);
		}

		boolean noComment() {
			return comment == null || comment.isBlank();
		}

		boolean byAuthor() {
			return authors.contains(user.username());
		}
	}

	/** A review step someone already passed on the current revision. */
	record PassedStep(ArticleState step, String actor) {
	}

	// ------------------------------------------------------------------ guards, one rule each

	private static final Guard<Facts> EDITOR_OR_AUTHOR = Guard.of(f -> !f.holds(Role.EDITOR) && !f.byAuthor(),
			"只有本网站的编辑才能提交审核");

	private static final Guard<Facts> HOLDS_STEP_ROLE = Guard.of(f -> f.step().inReview() && !f.holds(roleFor(f.step())),
			f -> "只有本网站的「" + roleFor(f.step()).label() + "」人员才能执行" + f.step().label().substring(1));

	private static final Guard<Facts> NOT_OWN_ARTICLE = Guard.of(Facts::byAuthor, "不能审核自己撰写的信息");

	private static final Guard<Facts> NOT_URGENT_PUBLISHER = Guard.of(
			f -> f.user().username().equals(f.urgentPublisher()), "紧急发布人不能补审自己发布的信息");

	private static final Guard<Facts> ONE_STEP_PER_PERSON = Guard.of(f -> otherStepPassed(f).isPresent(),
			f -> "同一人对同一版本只能通过一个审核步骤，您已通过「" + otherStepPassed(f).orElseThrow().label().substring(1) + "」");

	private static final Guard<Facts> OWES_A_STEP = Guard.of(f -> f.owedStep() == null, "该信息没有待补审的步骤");

	private static final Guard<Facts> HOLDS_RETURN_ROLE = Guard.of(f -> !f.holds(roleFor(f.state())),
			f -> "只有本网站的「" + roleFor(f.state()).label() + "」人员才能退回此步骤的信息");

	private static final Guard<Facts> COMMENT_TO_RETURN = Guard.of(Facts::noComment, "退回修改须填写意见");

	private static final Guard<Facts> MAY_PUBLISH_EARLY = Guard.of(
			f -> !f.holds(lastStepRole(f.important())) && !f.holds(Role.SITE_ADMIN),
			f -> "只有本网站的「" + lastStepRole(f.important()).label() + "」人员或站点管理员才能提前发布已排期的信息");

	private static final Guard<Facts> MAY_WITHDRAW = Guard.of(
			f -> !f.holds(Role.SECOND_REVIEWER) && !f.holds(Role.FINAL_REVIEWER) && !f.holds(Role.SITE_ADMIN),
			"只有本网站的复审、终审人员或站点管理员才能撤回信息");

	private static final Guard<Facts> REASON_TO_WITHDRAW = Guard.of(Facts::noComment, "撤回信息须填写理由");

	private static final Guard<Facts> DUTY_OFFICER = Guard.of(f -> !f.holds(Role.DUTY_OFFICER), "只有本网站的值班员才能紧急发布");

	private static final Guard<Facts> REASON_TO_PUBLISH_URGENTLY = Guard.of(Facts::noComment, "紧急发布须写明理由");

	/** The table. 审核通过 leads to the next step, or after the last one to 已发布 (已排期 when the publish time lies ahead). */
	static final Transitions<ArticleState, ReviewAction, Facts> TABLE = Transitions
		.<ArticleState, ReviewAction, Facts>of(ArticleState.class, ReviewAction.class)
		.allow(ReviewAction.SUBMIT, EnumSet.of(DRAFT), FIRST_REVIEW, EDITOR_OR_AUTHOR)
		.choose(ReviewAction.APPROVE, REVIEW_STEPS, ReviewWorkflow::afterApproval, HOLDS_STEP_ROLE, NOT_OWN_ARTICLE,
				ONE_STEP_PER_PERSON)
		.allow(ReviewAction.RETURN, REVIEW_STEPS, DRAFT, HOLDS_RETURN_ROLE, COMMENT_TO_RETURN)
		.allow(ReviewAction.PUBLISH, EnumSet.of(SCHEDULED), PUBLISHED, MAY_PUBLISH_EARLY)
		.allow(ReviewAction.WITHDRAW, EnumSet.of(PUBLISHED, SCHEDULED), WITHDRAWN, MAY_WITHDRAW, REASON_TO_WITHDRAW)
		.allow(ReviewAction.URGENT_PUBLISH, EnumSet.of(DRAFT, FIRST_REVIEW, SECOND_REVIEW, FINAL_REVIEW), PUBLISHED,
				DUTY_OFFICER, REASON_TO_PUBLISH_URGENTLY)
		.stay(ReviewAction.POST_REVIEW, EnumSet.of(PUBLISHED), OWES_A_STEP, HOLDS_STEP_ROLE, NOT_OWN_ARTICLE,
				NOT_URGENT_PUBLISHER, ONE_STEP_PER_PERSON)
		.allow(ReviewAction.EDIT, EnumSet.of(DRAFT, SCHEDULED, PUBLISHED, WITHDRAWN), DRAFT)
		.build(ReviewWorkflow::notAllowed);

	private static String notAllowed(ArticleState from, ReviewAction action) {
		if (action == ReviewAction.EDIT && from.inReview()) {
			return "信息正在审核（" + from.label() + "），请先退回修改再编辑";
		}
		return "信息当前状态为「" + from.label() + "」，不能执行「" + action.label() + "」";
	}

	/**
	 * The action the actor means: 审核通过 on an urgently published article that still owes a step is its 补审 (API
	 * clients and reviewers' inboxes say 审核通过 for both).
	 */
	static ReviewAction intended(ReviewAction action, ArticleState state, @Nullable ArticleState owedStep) {
		return action == ReviewAction.APPROVE && state == PUBLISHED && owedStep != null ? ReviewAction.POST_REVIEW
				: action;
	}

	/** The actions the state allows, whoever takes them: 补审 only while a step is owed; 修改 is offered by its own form. */
	static List<ReviewAction> actionsFrom(ArticleState state, @Nullable ArticleState owedStep) {
		return TABLE.actionsFrom(state).stream()
			.filter(action -> action != ReviewAction.POST_REVIEW || owedStep != null)
			.toList();
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

	private static ArticleState afterApproval(Facts facts) {
		return stepAfter(facts.state(), facts.important()).orElse(facts.publishTimeAhead() ? SCHEDULED : PUBLISHED);
	}

	private static Role lastStepRole(boolean important) {
		return important ? Role.FINAL_REVIEWER : Role.SECOND_REVIEWER;
	}

	private static Optional<ArticleState> otherStepPassed(Facts facts) {
		var step = facts.step();
		return facts.passedThisRevision().stream()
			.filter(passed -> passed.actor().equals(facts.user().username()) && passed.step() != step)
			.map(PassedStep::step)
			.findFirst();
	}
}
