package org.govsite.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsite.content.ArticleState.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * 三审 on its own (Art. 10, 14): every action from every state by every role, with the exact sentence of each refusal,
 * and each guard alone. Written against an expected table kept here, not read from {@link ReviewWorkflow}.
 */
class ReviewWorkflowTests {

	static final SiteId SITE = new SiteId(UUID.fromString("00000000-0000-0000-0000-0000000000aa"));

	/** Where each action leads from each state it is allowed from (an ordinary article without a future publish time). */
	static final Map<ReviewAction, Map<ArticleState, ArticleState>> ALLOWED = new EnumMap<>(Map.of(
			ReviewAction.SUBMIT, Map.of(DRAFT, FIRST_REVIEW),
			ReviewAction.APPROVE, Map.of(FIRST_REVIEW, SECOND_REVIEW, SECOND_REVIEW, PUBLISHED, FINAL_REVIEW, PUBLISHED),
			ReviewAction.RETURN, Map.of(FIRST_REVIEW, DRAFT, SECOND_REVIEW, DRAFT, FINAL_REVIEW, DRAFT),
			ReviewAction.PUBLISH, Map.of(SCHEDULED, PUBLISHED),
			ReviewAction.WITHDRAW, Map.of(PUBLISHED, WITHDRAWN, SCHEDULED, WITHDRAWN),
			ReviewAction.URGENT_PUBLISH, Map.of(DRAFT, PUBLISHED, FIRST_REVIEW, PUBLISHED, SECOND_REVIEW, PUBLISHED,
					FINAL_REVIEW, PUBLISHED),
			ReviewAction.POST_REVIEW, Map.of(PUBLISHED, PUBLISHED),
			ReviewAction.EDIT, Map.of(DRAFT, DRAFT, SCHEDULED, DRAFT, PUBLISHED, DRAFT, WITHDRAWN, DRAFT)));

	/** The roles that may take an allowed action from a state (the post-review owes 初审 here). */
	static Set<Role> mayAct(ReviewAction action, ArticleState from) {
		return switch (action) {
			case SUBMIT -> EnumSet.of(Role.EDITOR);
			case APPROVE, RETURN -> EnumSet.of(ReviewWorkflow.roleFor(from));
			case PUBLISH -> EnumSet.of(Role.SECOND_REVIEWER, Role.SITE_ADMIN);
			case WITHDRAW -> EnumSet.of(Role.SECOND_REVIEWER, Role.FINAL_REVIEWER, Role.SITE_ADMIN);
			case URGENT_PUBLISH -> EnumSet.of(Role.DUTY_OFFICER);
			case POST_REVIEW -> EnumSet.of(Role.FIRST_REVIEWER);
			case EDIT -> EnumSet.allOf(Role.class);
		};
	}

	/** The sentence refusing a role that may not take an allowed action. */
	static String roleSentence(ReviewAction action, ArticleState from) {
		return switch (action) {
			case SUBMIT -> "只有本网站的编辑才能提交审核";
			case APPROVE -> "只有本网站的「" + ReviewWorkflow.roleFor(from).label() + "」人员才能执行" + from.label().substring(1);
			case RETURN -> "只有本网站的「" + ReviewWorkflow.roleFor(from).label() + "」人员才能退回此步骤的信息";
			case PUBLISH -> "只有本网站的「复审」人员或站点管理员才能提前发布已排期的信息";
			case WITHDRAW -> "只有本网站的复审、终审人员或站点管理员才能撤回信息";
			case URGENT_PUBLISH -> "只有本网站的值班员才能紧急发布";
			case POST_REVIEW -> "只有本网站的「初审」人员才能执行初审";
			case EDIT -> throw new IllegalArgumentException("修改 has no role guard in the table");
		};
	}

	static String stateSentence(ReviewAction action, ArticleState from) {
		return action == ReviewAction.EDIT && from.inReview() ? "信息正在审核（" + from.label() + "），请先退回修改再编辑"
				: "信息当前状态为「" + from.label() + "」，不能执行「" + action.label() + "」";
	}

	static CurrentUser holding(Role role) {
		return new CurrentUser(UUID.randomUUID(), "u-" + role.name().toLowerCase(), role.label(), UUID.randomUUID(),
				List.of(new CurrentUser.Grant(role, SITE.value())), false, 0L);
	}

	static ReviewWorkflow.Facts facts(ArticleState state, CurrentUser user, @Nullable String comment) {
		return new ReviewWorkflow.Facts(state, false, SITE, List.of(), state == PUBLISHED ? FIRST_REVIEW : null, "duty-officer",
				Set.of("author"), List.of(), false, user, comment);
	}

	@Test
	void everyActionFromEveryStateByEveryRoleMovesOrIsRefusedWithTheExactSentence() {
		int moved = 0;
		int refused = 0;
		for (var action : ReviewAction.values()) {
			for (var state : ArticleState.values()) {
				for (var role : Role.values()) {
					var facts = facts(state, holding(role), "意见");
					var refusals = ReviewWorkflow.TABLE.refusals(state, action, facts);
					var expected = ALLOWED.get(action).get(state);
					var what = action + " from " + state + " by " + role;
					if (expected == null) {
						assertThat(refusals).as(what).containsExactly(stateSentence(action, state));
						assertThat(ReviewWorkflow.TABLE.target(state, action, facts)).as(what).isEmpty();
						refused++;
					}
					else if (mayAct(action, state).contains(role)) {
						assertThat(refusals).as(what).isEmpty();
						assertThat(ReviewWorkflow.TABLE.target(state, action, facts)).as(what).contains(expected);
						moved++;
					}
					else {
						assertThat(refusals).as(what).containsExactly(roleSentence(action, state));
						refused++;
					}
				}
			}
		}
		assertThat(moved + refused).isEqualTo(ReviewAction.values().length * ArticleState.values().length * Role.values().length);
		assertThat(ALLOWED.values().stream().mapToInt(Map::size).sum()).isEqualTo(19);
	}

	@Test
	void anImportantArticlePassesFinalReviewAndAFuturePublishTimeSchedulesIt() {
		var second = holding(Role.SECOND_REVIEWER);
		var important = new ReviewWorkflow.Facts(SECOND_REVIEW, true, SITE, List.of(), null, null, Set.of(), List.of(), false, second, null);
		assertThat(ReviewWorkflow.TABLE.target(SECOND_REVIEW, ReviewAction.APPROVE, important)).contains(FINAL_REVIEW);
		var ahead = new ReviewWorkflow.Facts(SECOND_REVIEW, false, SITE, List.of(), null, null, Set.of(), List.of(), true, second, null);
		assertThat(ReviewWorkflow.TABLE.target(SECOND_REVIEW, ReviewAction.APPROVE, ahead)).contains(SCHEDULED);
		var early = new ReviewWorkflow.Facts(SCHEDULED, true, SITE, List.of(), null, null, Set.of(), List.of(), false, second, null);
		assertThat(ReviewWorkflow.TABLE.refusals(SCHEDULED, ReviewAction.PUBLISH, early))
			.containsExactly("只有本网站的「终审」人员或站点管理员才能提前发布已排期的信息");
	}

	@Test
	void collectsEveryReasonAgainstAReview() {
		var author = new CurrentUser(UUID.randomUUID(), "author", "作者", UUID.randomUUID(),
				List.of(new CurrentUser.Grant(Role.EDITOR, SITE.value())), false, 0L);
		var ownAndWrongRole = new ReviewWorkflow.Facts(FIRST_REVIEW, false, SITE, List.of(), null, null, Set.of("author"),
				List.of(new ReviewWorkflow.PassedStep(SECOND_REVIEW, "author")), false, author, null);
		assertThat(ReviewWorkflow.TABLE.refusals(FIRST_REVIEW, ReviewAction.APPROVE, ownAndWrongRole)).containsExactly(
				"只有本网站的「初审」人员才能执行初审", "不能审核自己撰写的信息", "同一人对同一版本只能通过一个审核步骤，您已通过「复审」");
		assertThat(ReviewWorkflow.TABLE.refusals(FIRST_REVIEW, ReviewAction.RETURN, ownAndWrongRole))
			.containsExactly("只有本网站的「初审」人员才能退回此步骤的信息", "退回修改须填写意见");
		assertThat(ReviewWorkflow.TABLE.refusals(PUBLISHED, ReviewAction.WITHDRAW, facts(PUBLISHED, author, " ")))
			.containsExactly("只有本网站的复审、终审人员或站点管理员才能撤回信息", "撤回信息须填写理由");
		assertThat(ReviewWorkflow.TABLE.refusals(DRAFT, ReviewAction.URGENT_PUBLISH, facts(DRAFT, author, null)))
			.containsExactly("只有本网站的值班员才能紧急发布", "紧急发布须写明理由");
	}

	@Test
	void thePostReviewIsOwedByOthersThanTheUrgentPublisherAndIsWhatApprovalMeansThen() {
		var publisher = new CurrentUser(UUID.randomUUID(), "duty-officer", "值班员", UUID.randomUUID(),
				List.of(new CurrentUser.Grant(Role.FIRST_REVIEWER, SITE.value())), false, 0L);
		assertThat(ReviewWorkflow.TABLE.refusals(PUBLISHED, ReviewAction.POST_REVIEW, facts(PUBLISHED, publisher, null)))
			.containsExactly("紧急发布人不能补审自己发布的信息");
		var nothingOwed = new ReviewWorkflow.Facts(PUBLISHED, false, SITE, List.of(), null, null, Set.of(), List.of(), false,
				holding(Role.FIRST_REVIEWER), null);
		assertThat(ReviewWorkflow.TABLE.refusals(PUBLISHED, ReviewAction.POST_REVIEW, nothingOwed))
			.startsWith("该信息没有待补审的步骤");

		assertThat(ReviewWorkflow.intended(ReviewAction.APPROVE, PUBLISHED, SECOND_REVIEW)).isEqualTo(ReviewAction.POST_REVIEW);
		assertThat(ReviewWorkflow.intended(ReviewAction.APPROVE, PUBLISHED, null)).isEqualTo(ReviewAction.APPROVE);
		assertThat(ReviewWorkflow.intended(ReviewAction.APPROVE, FIRST_REVIEW, null)).isEqualTo(ReviewAction.APPROVE);
		assertThat(ReviewWorkflow.actionsFrom(PUBLISHED, SECOND_REVIEW))
			.containsExactly(ReviewAction.WITHDRAW, ReviewAction.POST_REVIEW, ReviewAction.EDIT);
		assertThat(ReviewWorkflow.actionsFrom(PUBLISHED, null)).containsExactly(ReviewAction.WITHDRAW, ReviewAction.EDIT);
	}
}
