package org.govsite.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsite.monitoring.IncidentLifecycle.Action.*;
import static org.govsite.monitoring.IncidentLifecycle.Status.*;

import java.util.Map;
import java.util.Optional;

import org.govsite.monitoring.IncidentLifecycle.Action;
import org.govsite.monitoring.IncidentLifecycle.Facts;
import org.govsite.monitoring.IncidentLifecycle.Status;
import org.junit.jupiter.api.Test;

/** Every action from every state of an incident, with the exact sentence of each refusal. */
class IncidentLifecycleTests {

	private static final Map<Status, Map<Action, Status>> ALLOWED = Map.of(
			OPEN, Map.of(ACKNOWLEDGE, ACKNOWLEDGED, NOTE, OPEN, RECOVER, CLOSED),
			ACKNOWLEDGED, Map.of(NOTE, ACKNOWLEDGED, RECOVER, CLOSED),
			CLOSED, Map.of());

	@Test
	void everyActionFromEveryStatus() {
		var good = new Facts(true, true, IncidentLifecycle.Cause.AVAILABILITY);
		for (var from : Status.values()) {
			for (var action : Action.values()) {
				var expected = ALLOWED.get(from).get(action);
				assertThat(IncidentLifecycle.TABLE.target(from, action)).as(from + " " + action)
					.isEqualTo(Optional.ofNullable(expected));
				assertThat(IncidentLifecycle.TABLE.refusals(from, action, good)).as(from + " " + action)
					.isEqualTo(expected == null
							? java.util.List.of("故障当前状态为「" + from.label() + "」，不能执行「" + action.label() + "」")
							: java.util.List.of());
			}
		}
	}

	@Test
	void guardsSayWhatIsMissing() {
		var bad = new Facts(false, false, IncidentLifecycle.Cause.AVAILABILITY);
		assertThat(IncidentLifecycle.TABLE.refusals(OPEN, NOTE, bad)).containsExactly("记录处置须填写处置情况");
		assertThat(IncidentLifecycle.TABLE.refusals(ACKNOWLEDGED, RECOVER, bad))
			.containsExactly("最近一次探测仍无法访问，不能标记为已恢复");
		assertThat(IncidentLifecycle.TABLE.refusals(OPEN, RECOVER, new Facts(true, false, IncidentLifecycle.Cause.TAMPER)))
			.containsExactly("网站仍有未恢复的被篡改文件，不能标记为已恢复");
		assertThat(IncidentLifecycle.TABLE.refusals(OPEN, ACKNOWLEDGE, bad)).isEmpty();
	}
}
