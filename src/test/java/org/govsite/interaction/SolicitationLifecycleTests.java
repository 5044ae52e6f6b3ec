package org.govsite.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;

import org.govsite.interaction.SolicitationLifecycle.Action;
import org.govsite.interaction.SolicitationLifecycle.Status;
import org.govsite.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The solicitation state machine from every status, with its exact Chinese refusals. */
class SolicitationLifecycleTests {

	static final Instant START = Instant.parse("2026-04-01T01:00:00Z"); // 09:00 Beijing
	static final Instant END = Instant.parse("2026-04-30T10:00:00Z"); // 18:00 Beijing
	static final Instant DURING = Instant.parse("2026-04-10T02:00:00Z");

	@Test
	void theTableOfMoves() {
		assertThat(SolicitationLifecycle.actionsFrom(Status.DRAFT)).containsExactly(Action.EDIT, Action.OPEN);
		assertThat(SolicitationLifecycle.actionsFrom(Status.OPEN)).containsExactly(Action.EDIT, Action.CLOSE);
		assertThat(SolicitationLifecycle.actionsFrom(Status.CLOSED)).containsExactly(Action.PUBLISH_RESULT);
		assertThat(SolicitationLifecycle.actionsFrom(Status.RESULT_PUBLISHED)).isEmpty();
		assertThat(SolicitationLifecycle.target(Status.DRAFT, Action.OPEN)).contains(Status.OPEN);
		assertThat(SolicitationLifecycle.target(Status.OPEN, Action.CLOSE)).contains(Status.CLOSED);
		assertThat(SolicitationLifecycle.target(Status.CLOSED, Action.PUBLISH_RESULT)).contains(Status.RESULT_PUBLISHED);
		assertThat(SolicitationLifecycle.target(Status.OPEN, Action.EDIT)).contains(Status.OPEN);
		assertThat(Status.DRAFT.label()).isEqualTo("筹备");
		assertThat(Status.OPEN.label()).isEqualTo("征集中");
		assertThat(Status.CLOSED.label()).isEqualTo("已结束");
		assertThat(Status.RESULT_PUBLISHED.label()).isEqualTo("已公布结果");
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void open(Status from) {
		if (from == Status.DRAFT) {
			assertThat(SolicitationLifecycle.open(from, END, DURING)).isEqualTo(Status.OPEN);
			refused(() -> SolicitationLifecycle.open(from, END, END.plusSeconds(1)), Refusal.Kind.INVALID,
					"征集截止时间 2026-04-30 18:00 已过，请先修改截止时间");
		}
		else {
			refused(() -> SolicitationLifecycle.open(from, END, DURING), Refusal.Kind.CONFLICT,
					"征集调查当前状态为「" + from.label() + "」，不能执行「开始征集」操作");
		}
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void close(Status from) {
		if (from == Status.OPEN) {
			assertThat(SolicitationLifecycle.close(from)).isEqualTo(Status.CLOSED);
		}
		else {
			refused(() -> SolicitationLifecycle.close(from), Refusal.Kind.CONFLICT,
					"征集调查当前状态为「" + from.label() + "」，不能执行「结束征集」操作");
		}
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void publishResult(Status from) {
		if (from == Status.CLOSED) {
			assertThat(SolicitationLifecycle.publishResult(from, "共收到意见 12 条，已采纳 5 条。")).isEqualTo(Status.RESULT_PUBLISHED);
			refused(() -> SolicitationLifecycle.publishResult(from, " "), Refusal.Kind.INVALID, "公布结果须填写征集结果");
		}
		else {
			refused(() -> SolicitationLifecycle.publishResult(from, null), Refusal.Kind.CONFLICT,
					"征集调查当前状态为「" + from.label() + "」，不能执行「公布结果」操作", "公布结果须填写征集结果");
		}
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void edit(Status from) {
		if (EnumSet.of(Status.DRAFT, Status.OPEN).contains(from)) {
			SolicitationLifecycle.edit(from, START, "标题", "说明", START, END, DURING);
			if (from == Status.DRAFT) {
				refused(() -> SolicitationLifecycle.edit(from, START, " ", null, START, START, DURING), Refusal.Kind.INVALID,
						"请填写征集标题", "请填写征集说明", "征集截止时间须晚于开始时间");
			}
			else {
				refused(() -> SolicitationLifecycle.edit(from, START, " ", null, START, START, DURING), Refusal.Kind.INVALID,
						"请填写征集标题", "请填写征集说明", "征集截止时间须晚于开始时间", "征集截止时间不能早于当前时间");
			}
		}
		else {
			refused(() -> SolicitationLifecycle.edit(from, START, "标题", "说明", START, END, DURING), Refusal.Kind.CONFLICT,
					"征集调查当前状态为「" + from.label() + "」，不能执行「修改」操作");
		}
	}

	@Test
	void anOpenSolicitationKeepsItsStartAndCannotEndInThePast() {
		refused(() -> SolicitationLifecycle.edit(Status.OPEN, START, "标题", "说明", START.plusSeconds(3600),
				DURING.minusSeconds(60), DURING), Refusal.Kind.INVALID, "征集已开始，不能修改开始时间", "征集截止时间不能早于当前时间");
		refused(() -> SolicitationLifecycle.checkFields(null, "说明", null, null), Refusal.Kind.INVALID, "请填写征集标题",
				"请填写征集开始时间", "请填写征集截止时间");
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void opinionsOnlyWhileOpenAndWithinThePeriod(Status status) {
		var reason = SolicitationLifecycle.refuseOpinion(status, START, END, DURING);
		if (status == Status.OPEN) {
			assertThat(reason).isEmpty();
			assertThat(SolicitationLifecycle.refuseOpinion(status, START, END, START.minusSeconds(1)))
				.contains("征集时间为 2026-04-01 09:00 至 2026-04-30 18:00，当前不在征集期内");
			assertThat(SolicitationLifecycle.refuseOpinion(status, START, END, END.plusSeconds(1)))
				.contains("征集时间为 2026-04-01 09:00 至 2026-04-30 18:00，当前不在征集期内");
		}
		else {
			assertThat(reason).contains("该征集当前状态为「" + status.label() + "」，不接受意见");
		}
	}

	static void refused(Runnable action, Refusal.Kind kind, String... reasons) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(Refusal.class, refusal -> {
			assertThat(refusal.kind()).isEqualTo(kind);
			assertThat(refusal.reasons()).containsExactly(reasons);
		});
	}
}
