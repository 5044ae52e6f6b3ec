package org.govsite.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.govsite.governance.FollowUpLifecycle.Action;
import org.govsite.governance.FollowUpLifecycle.Facts;
import org.govsite.governance.FollowUpLifecycle.Status;
import org.govsite.shared.Refusal;
import org.junit.jupiter.api.Test;

/** Every action of a follow-up action from every status, with the exact sentence of each refusal. */
class FollowUpLifecycleTests {

	static final Facts WITH_NOTE = new Facts("已由责任单位另行办理");
	static final Facts NO_NOTE = new Facts("  ");

	@Test
	void completesAndCancelsOnlyOpenActions() {
		assertThat(FollowUpLifecycle.TABLE.fire(Status.OPEN, Action.COMPLETE, NO_NOTE, Refusal.Kind.INVALID))
			.isEqualTo(Status.DONE);
		assertThat(FollowUpLifecycle.TABLE.fire(Status.OPEN, Action.CANCEL, WITH_NOTE, Refusal.Kind.INVALID))
			.isEqualTo(Status.CANCELLED);
		for (var closed : List.of(Status.DONE, Status.CANCELLED)) {
			for (var action : Action.values()) {
				assertThat(FollowUpLifecycle.TABLE.refusals(closed, action, WITH_NOTE))
					.containsExactly("跟进事项当前状态为「" + closed.label() + "」，不能" + action.label());
				assertThatThrownBy(() -> FollowUpLifecycle.TABLE.fire(closed, action, WITH_NOTE, Refusal.Kind.INVALID))
					.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT));
			}
		}
	}

	@Test
	void refusesToCancelWithoutAReason() {
		assertThat(FollowUpLifecycle.TABLE.refusals(Status.OPEN, Action.CANCEL, NO_NOTE))
			.containsExactly("取消跟进事项须写明原因");
		assertThat(FollowUpLifecycle.TABLE.refusals(Status.OPEN, Action.CANCEL, new Facts(null)))
			.containsExactly("取消跟进事项须写明原因");
		assertThatThrownBy(() -> FollowUpLifecycle.TABLE.fire(Status.OPEN, Action.CANCEL, NO_NOTE, Refusal.Kind.INVALID))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID));
	}

	@Test
	void offersActionsOnlyWhileOpen() {
		assertThat(FollowUpLifecycle.actionsFrom(Status.OPEN)).containsExactly(Action.COMPLETE, Action.CANCEL);
		assertThat(FollowUpLifecycle.actionsFrom(Status.DONE)).isEmpty();
		assertThat(FollowUpLifecycle.actionsFrom(Status.CANCELLED)).isEmpty();
	}

	@Test
	void expiryWarnsThirtyDaysAhead() {
		var today = java.time.LocalDate.parse("2026-06-01");
		assertThat(Expiry.of(today.minusDays(1), today)).isEqualTo(Expiry.EXPIRED);
		assertThat(Expiry.of(today, today)).isEqualTo(Expiry.EXPIRING);
		assertThat(Expiry.of(today.plusDays(30), today)).isEqualTo(Expiry.EXPIRING);
		assertThat(Expiry.of(today.plusDays(31), today)).isEqualTo(Expiry.VALID);
		assertThat(Expiry.of(null, today)).isEqualTo(Expiry.OPEN_ENDED);
	}
}
