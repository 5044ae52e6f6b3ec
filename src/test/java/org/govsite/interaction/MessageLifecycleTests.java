package org.govsite.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.govsite.calendar.Deadline;
import org.govsite.interaction.MessageLifecycle.Action;
import org.govsite.interaction.MessageLifecycle.Case;
import org.govsite.interaction.MessageLifecycle.Command;
import org.govsite.interaction.MessageLifecycle.Extension;
import org.govsite.interaction.MessageLifecycle.Status;
import org.govsite.shared.Refusal;
import org.govsite.unit.UnitId;
import org.junit.jupiter.api.Test;

/** The message state machine on its own: every action from every status, and every guard's Chinese reason. */
class MessageLifecycleTests {

	static final LocalDate RECEIVED_ON = LocalDate.of(2026, 4, 1);
	static final UnitId UNIT = new UnitId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

	/** Calendar days stand in for working days here; the real calendar is tested in MessageDeadlineTests. */
	static final DeadlinePolicy DAYS = new DeadlinePolicy() {
		@Override
		public Deadline initial(LocalDate receivedOn, MessageCategory category) {
			return new Deadline(receivedOn.plusDays(category.defaultWorkingDays()), false);
		}

		@Override
		public Deadline extend(LocalDate currentDeadline, int workingDays) {
			return new Deadline(currentDeadline.plusDays(workingDays), false);
		}

		@Override
		public LocalDate cap(LocalDate receivedOn) {
			return receivedOn.plusMonths(3);
		}

		@Override
		public int workingDaysOf(MessageCategory category) {
			return category.defaultWorkingDays();
		}
	};

	final MessageLifecycle lifecycle = new MessageLifecycle(DAYS);

	static Case at(Status status) {
		return new Case(status, MessageCategory.CONSULTATION, RECEIVED_ON, new Deadline(RECEIVED_ON.plusDays(7), false),
				RECEIVED_ON.plusMonths(3), Extension.NONE, null, false, true, null);
	}

	/** A case in which only the status can stand in the way of the action. */
	static Case readyFor(Action action, Status status) {
		var c = at(status);
		return switch (action) {
			case APPROVE_EXTENSION -> new Case(status, c.category(), c.receivedOn(), c.deadline(), c.cap(),
					Extension.REQUESTED, 5, false, true, null);
			case PUBLISH -> new Case(status, c.category(), c.receivedOn(), c.deadline(), c.cap(), Extension.NONE, null,
					true, true, null);
			default -> c;
		};
	}

	/** A command with everything the action needs. */
	static Command complete(Action action) {
		return new Command(action, "说明", UNIT, null, "答复内容", 5);
	}

	static final Map<Action, Map<Status, Status>> ALLOWED = Map.of(
			Action.ACCEPT, Map.of(Status.RECEIVED, Status.ACCEPTED),
			Action.TRANSFER, Map.of(Status.ACCEPTED, Status.TRANSFERRED, Status.TRANSFERRED, Status.TRANSFERRED,
					Status.IN_PROGRESS, Status.TRANSFERRED),
			Action.START, Map.of(Status.ACCEPTED, Status.IN_PROGRESS, Status.TRANSFERRED, Status.IN_PROGRESS),
			Action.ANSWER, Map.of(Status.IN_PROGRESS, Status.ANSWERED),
			Action.REJECT, Map.of(Status.RECEIVED, Status.REJECTED, Status.ACCEPTED, Status.REJECTED,
					Status.TRANSFERRED, Status.REJECTED, Status.IN_PROGRESS, Status.REJECTED),
			Action.REQUEST_EXTENSION, Map.of(Status.ACCEPTED, Status.ACCEPTED, Status.TRANSFERRED, Status.TRANSFERRED,
					Status.IN_PROGRESS, Status.IN_PROGRESS),
			Action.APPROVE_EXTENSION, Map.of(Status.ACCEPTED, Status.ACCEPTED, Status.TRANSFERRED, Status.TRANSFERRED,
					Status.IN_PROGRESS, Status.IN_PROGRESS),
			Action.SIGN_OFF, Map.of(Status.ANSWERED, Status.ANSWERED),
			Action.PUBLISH, Map.of(Status.ANSWERED, Status.PUBLISHED));

	@Test
	void everyActionFromEveryStatusMovesAsTheTableSaysOrIsRefusedWithTheExactReason() {
		int refused = 0;
		for (var action : Action.values()) {
			for (var status : Status.values()) {
				var expected = ALLOWED.get(action).get(status);
				if (expected != null) {
					assertThat(lifecycle.apply(readyFor(action, status), complete(action)).status())
						.as("%s from %s", action, status).isEqualTo(expected);
					assertThat(MessageLifecycle.target(status, action)).contains(expected);
				}
				else {
					assertThatThrownBy(() -> lifecycle.apply(readyFor(action, status), complete(action)))
						.as("%s from %s", action, status)
						.isInstanceOfSatisfying(Refusal.class, refusal -> {
							assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
							assertThat(refusal.reasons()).containsExactly(
									"留言当前状态为「" + status.label() + "」，不能执行「" + action.label() + "」操作");
						});
					refused++;
				}
			}
		}
		assertThat(refused).isEqualTo(Action.values().length * Status.values().length - 19);
		assertThatThrownBy(() -> lifecycle.apply(at(Status.PUBLISHED), complete(Action.ANSWER)))
			.hasMessage("留言当前状态为「已公开」，不能执行「答复」操作");
	}

	@Test
	void closedMessagesAllowOnlyWhatTheTableSays() {
		assertThat(MessageLifecycle.actionsFrom(Status.REJECTED)).isEmpty();
		assertThat(MessageLifecycle.actionsFrom(Status.PUBLISHED)).isEmpty();
		assertThat(MessageLifecycle.actionsFrom(Status.ANSWERED)).containsExactly(Action.SIGN_OFF, Action.PUBLISH);
		assertThat(MessageLifecycle.actionsFrom(Status.RECEIVED)).containsExactly(Action.ACCEPT, Action.REJECT);
	}

	@Test
	void collectsEveryReasonOfAnAction() {
		var requested = new Case(Status.IN_PROGRESS, MessageCategory.CONSULTATION, RECEIVED_ON,
				new Deadline(RECEIVED_ON.plusDays(7), false), RECEIVED_ON.plusMonths(3), Extension.REQUESTED, 5, false,
				true, null);
		assertThatThrownBy(() -> lifecycle.apply(requested, new Command(Action.REQUEST_EXTENSION, " ", null, null, null, 200)))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.reasons()).containsExactly(
					"申请延期须填写延期理由", "每条留言只能延期一次，已有延期待批准的延期申请",
					"延期后的办理期限 2026-10-25 超过自收到留言之日起三个月的上限 2026-07-01，不予延期"));

		var unpublishable = new Case(Status.ANSWERED, MessageCategory.CONSULTATION, RECEIVED_ON,
				new Deadline(RECEIVED_ON.plusDays(7), false), RECEIVED_ON.plusMonths(3), Extension.NONE, null, false,
				false, null);
		assertThatThrownBy(() -> lifecycle.apply(unpublishable, new Command(Action.PUBLISH, null, null, null, null, null)))
			.isInstanceOfSatisfying(Refusal.class, refusal -> {
				assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
				assertThat(refusal.reasons()).containsExactly("答复须经初审人员审核后才能公开", "留言人未同意公开，不能公开");
			});
	}

	@Test
	void namesWhatEachActionLacks() {
		assertThatThrownBy(() -> lifecycle.apply(at(Status.ACCEPTED), new Command(Action.TRANSFER, null, null, null, null, null)))
			.hasMessage("转办须选择承办单位");
		assertThatThrownBy(() -> lifecycle.apply(at(Status.IN_PROGRESS), new Command(Action.ANSWER, null, null, null, "  ", null)))
			.hasMessage("答复须填写答复内容");
		assertThatThrownBy(() -> lifecycle.apply(at(Status.RECEIVED), new Command(Action.REJECT, null, null, null, null, null)))
			.hasMessage("不予受理须填写说明理由");
		assertThatThrownBy(() -> lifecycle.apply(at(Status.ACCEPTED), new Command(Action.APPROVE_EXTENSION, null, null, null, null, null)))
			.hasMessage("该留言没有待批准的延期申请");
		var signed = readyFor(Action.PUBLISH, Status.ANSWERED);
		assertThatThrownBy(() -> lifecycle.apply(signed, new Command(Action.SIGN_OFF, null, null, null, null, null)))
			.hasMessage("答复已审核，无需重复审核");
	}

	@Test
	void aNewCategoryRecomputesTheDeadlineFromReceiptAndTransferKeepsTheReceipt() {
		var outcome = lifecycle.apply(at(Status.ACCEPTED),
				new Command(Action.TRANSFER, "请教育局办理", UNIT, MessageCategory.COMPLAINT, null, null));
		assertThat(outcome.status()).isEqualTo(Status.TRANSFERRED);
		assertThat(outcome.unit()).isEqualTo(UNIT);
		assertThat(outcome.category()).isEqualTo(MessageCategory.COMPLAINT);
		assertThat(outcome.deadline().deadline()).isEqualTo(RECEIVED_ON.plusDays(15));
	}

	@Test
	void anExtensionIsRequestedOnceAndApprovedWithinTheCap() {
		var requested = lifecycle.apply(at(Status.IN_PROGRESS),
				new Command(Action.REQUEST_EXTENSION, "需现场核实", null, null, null, 10));
		assertThat(requested.extension()).isEqualTo(Extension.REQUESTED);
		var c = new Case(Status.IN_PROGRESS, MessageCategory.CONSULTATION, RECEIVED_ON,
				new Deadline(RECEIVED_ON.plusDays(7), false), RECEIVED_ON.plusMonths(3), Extension.REQUESTED, 10, false,
				true, null);
		var approved = lifecycle.apply(c, new Command(Action.APPROVE_EXTENSION, null, null, null, null, null));
		assertThat(approved.extension()).isEqualTo(Extension.APPROVED);
		assertThat(approved.deadline().deadline()).isEqualTo(RECEIVED_ON.plusDays(17));
	}
}
