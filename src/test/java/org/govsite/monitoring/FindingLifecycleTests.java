package org.govsite.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsite.monitoring.FindingLifecycle.Action.*;
import static org.govsite.monitoring.FindingLifecycle.Status.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.monitoring.FindingLifecycle.Action;
import org.govsite.monitoring.FindingLifecycle.Facts;
import org.govsite.monitoring.FindingLifecycle.Status;
import org.junit.jupiter.api.Test;

/** Every action from every state of a finding, with the exact sentence of each refusal. */
class FindingLifecycleTests {

	private static final Facts GOOD = new Facts(true, true, "200");
	private static final Facts BAD = new Facts(false, false, "404");

	private static final Map<Status, Map<Action, Status>> ALLOWED = Map.of(
			OPEN, Map.of(CONFIRM, CONFIRMED, Action.FALSE_POSITIVE, Status.FALSE_POSITIVE, FIX, FIXED),
			CONFIRMED, Map.of(Action.FALSE_POSITIVE, Status.FALSE_POSITIVE, FIX, FIXED),
			Status.FALSE_POSITIVE, Map.of(),
			FIXED, Map.of(REAPPEAR, OPEN));

	@Test
	void everyActionFromEveryStatus() {
		for (var from : Status.values()) {
			for (var action : Action.values()) {
				var expected = ALLOWED.get(from).get(action);
				assertThat(FindingLifecycle.TABLE.target(from, action)).as(from + " " + action)
					.isEqualTo(Optional.ofNullable(expected));
				if (expected == null) {
					assertThat(FindingLifecycle.TABLE.refusals(from, action, GOOD)).as(from + " " + action)
						.containsExactly("问题当前状态为「" + from.label() + "」，不能执行「" + action.label() + "」");
				}
				else {
					assertThat(FindingLifecycle.TABLE.refusals(from, action, GOOD)).as(from + " " + action).isEmpty();
				}
			}
		}
	}

	@Test
	void guardsSayWhatIsMissing() {
		assertThat(FindingLifecycle.TABLE.refusals(OPEN, Action.FALSE_POSITIVE, BAD)).containsExactly("标记误报须填写理由");
		assertThat(FindingLifecycle.TABLE.refusals(CONFIRMED, FIX, BAD))
			.containsExactly("复查仍发现该问题（404），不能标记为已整改");
		assertThat(FindingLifecycle.TABLE.refusals(OPEN, CONFIRM, BAD)).isEmpty();
		assertThat(FindingLifecycle.TABLE.refusals(FIXED, REAPPEAR, BAD)).isEmpty();
	}

	@Test
	void aFalsePositiveIsFinal() {
		assertThat(FindingLifecycle.TABLE.actionsFrom(Status.FALSE_POSITIVE)).isEmpty();
		assertThat(FindingLifecycle.TABLE.actionsFrom(OPEN)).isEqualTo(List.of(CONFIRM, Action.FALSE_POSITIVE, FIX));
	}
}
