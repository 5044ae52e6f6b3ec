package org.govsite.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.govsite.rectification.RectificationLifecycle.Action;
import org.govsite.rectification.RectificationLifecycle.Facts;
import org.govsite.rectification.RectificationLifecycle.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every action from every status, with the exact sentence: where it leads, or why not. */
class RectificationLifecycleTests {

	/** Facts under which every guard lets its action pass. */
	static final Facts ALL_GOOD = new Facts(0, true, true, true, 2, 2, List.of());
	/** Facts under which every guard refuses. */
	static final Facts ALL_BAD = new Facts(3, false, false, false, 1, 2, List.of("栏目不更新：空白栏目 5 个"));

	static final Map<Status, Map<Action, Status>> ALLOWED = Map.of(
			Status.ISSUED, Map.of(Action.ANSWER, Status.ISSUED, Action.SUBMIT, Status.SUBMITTED, Action.REMIND,
					Status.ISSUED, Action.INTERVIEW, Status.INTERVIEWED),
			Status.INTERVIEWED, Map.of(Action.ANSWER, Status.INTERVIEWED, Action.SUBMIT, Status.SUBMITTED, Action.REMIND,
					Status.INTERVIEWED),
			Status.SUBMITTED, Map.of(Action.VERIFY, Status.CLOSED, Action.RETURN, Status.ISSUED),
			Status.CLOSED, Map.of());

	static final Map<Action, List<String>> GUARD_SENTENCES = Map.of(
			Action.ANSWER, List.of("请填写整改情况并提供整改佐证"),
			Action.SUBMIT, List.of("还有 3 项整改未答复，不能提交核验"),
			Action.VERIFY, List.of("复查仍发现问题：栏目不更新：空白栏目 5 个"),
			Action.RETURN, List.of("退回重改须写明原因"),
			Action.REMIND, List.of("整改尚未超期，不能催办"),
			Action.INTERVIEW, List.of("整改尚未超期，不能约谈", "已催办 1 次，催办 2 次仍未整改才能约谈", "约谈须记录约谈情况"));

	@ParameterizedTest
	@EnumSource(Status.class)
	void everyActionFromEveryStatus(Status from) {
		for (var action : Action.values()) {
			var target = ALLOWED.get(from).get(action);
			if (target == null) {
				assertThat(RectificationLifecycle.TABLE.refusals(from, action, ALL_GOOD)).as(from + " " + action)
					.containsExactly("整改通知当前为「" + from.label() + "」，不能「" + action.label() + "」");
				assertThat(RectificationLifecycle.TABLE.target(from, action)).isEmpty();
			}
			else {
				assertThat(RectificationLifecycle.TABLE.refusals(from, action, ALL_GOOD)).as(from + " " + action).isEmpty();
				assertThat(RectificationLifecycle.TABLE.target(from, action)).contains(target);
				assertThat(RectificationLifecycle.TABLE.refusals(from, action, ALL_BAD)).as(from + " " + action)
					.containsExactlyElementsOf(GUARD_SENTENCES.get(action));
			}
		}
	}

	@Test
	void aClosedNoticeAllowsNothingAndAnInterviewedOneCannotBeInterviewedTwice() {
		assertThat(RectificationLifecycle.actionsFrom(Status.CLOSED)).isEmpty();
		assertThat(RectificationLifecycle.actionsFrom(Status.INTERVIEWED)).containsExactly(Action.ANSWER, Action.SUBMIT,
				Action.REMIND);
	}
}
