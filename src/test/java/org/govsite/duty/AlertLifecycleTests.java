package org.govsite.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsite.duty.AlertLifecycle.Action.*;
import static org.govsite.duty.AlertLifecycle.Status.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.duty.AlertLifecycle.Action;
import org.govsite.duty.AlertLifecycle.Facts;
import org.govsite.duty.AlertLifecycle.Status;
import org.junit.jupiter.api.Test;

/** Every action from every state of a duty alert, with the exact sentence of each refusal. */
class AlertLifecycleTests {

	private static final Map<Status, Map<Action, Status>> ALLOWED = Map.of(
			PENDING, Map.of(ACKNOWLEDGE, ACKNOWLEDGED, ESCALATE, ESCALATED, RESOLVE, RESOLVED),
			ESCALATED, Map.of(ACKNOWLEDGE, ACKNOWLEDGED, RESOLVE, RESOLVED),
			ACKNOWLEDGED, Map.of(),
			RESOLVED, Map.of());

	@Test
	void everyActionFromEveryStatus() {
		for (var from : Status.values()) {
			for (var action : Action.values()) {
				var expected = ALLOWED.get(from).get(action);
				assertThat(AlertLifecycle.TABLE.target(from, action)).as(from + " " + action)
					.isEqualTo(Optional.ofNullable(expected));
				assertThat(AlertLifecycle.TABLE.refusals(from, action, new Facts(true))).as(from + " " + action)
					.isEqualTo(expected == null
							? List.of("告警当前状态为「" + from.label() + "」，不能执行「" + action.label() + "」") : List.of());
			}
		}
	}

	@Test
	void anAlertEscalatesOnlyAfterItsAcknowledgementTime() {
		assertThat(AlertLifecycle.TABLE.refusals(PENDING, ESCALATE, new Facts(false))).containsExactly("尚未超过确认时限，不能升级");
		assertThat(AlertLifecycle.TABLE.refusals(PENDING, ACKNOWLEDGE, new Facts(false))).isEmpty();
	}
}
