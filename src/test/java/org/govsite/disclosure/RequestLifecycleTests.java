package org.govsite.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.govsite.calendar.Deadline;
import org.govsite.disclosure.RequestLifecycle.Action;
import org.govsite.disclosure.RequestLifecycle.Case;
import org.govsite.disclosure.RequestLifecycle.Command;
import org.govsite.disclosure.RequestLifecycle.Status;
import org.govsite.shared.Refusal;
import org.junit.jupiter.api.Test;

/**
 * The request lifecycle on its own: every action from every status with the exact sentence, and every guard's
 * sentence. Calendar days stand in for working days; the real calendar is tested in {@link DisclosureDeadlineTests}.
 */
class RequestLifecycleTests {

	static final WorkdayCount CALENDAR_DAYS = new WorkdayCount() {
		@Override
		public Deadline after(LocalDate from, int workingDays) {
			return new Deadline(from.plusDays(workingDays), false);
		}

		@Override
		public int between(LocalDate from, LocalDate to) {
			return (int) Math.max(0, ChronoUnit.DAYS.between(from, to));
		}
	};

	static final LocalDate RECEIVED = LocalDate.of(2026, 4, 1);
	static final LocalDate TODAY = LocalDate.of(2026, 4, 3);

	final RequestLifecycle lifecycle = new RequestLifecycle(CALENDAR_DAYS);

	/** A case in each status as the table would have left it. */
	static Case at(Status status) {
		var c = Case.received(RECEIVED, CALENDAR_DAYS);
		return switch (status) {
			case AWAITING_COMPLETION -> new Case(status, RECEIVED, RECEIVED, c.deadline(), RECEIVED.plusDays(1), null,
					null, 0, 0, null, null);
			case CONSULTING -> new Case(status, RECEIVED, RECEIVED, c.deadline(), null, RECEIVED.plusDays(1),
					RECEIVED.plusDays(16), 0, 0, null, null);
			case ANSWERED -> new Case(status, RECEIVED, RECEIVED, c.deadline(), null, null, null, 0, 0, TODAY,
					DisclosureOutcome.DISCLOSED);
			default -> c.with(status);
		};
	}

	/** A command with everything the action needs, dated today. */
	static Command complete(Action action) {
		return new Command(action, TODAY, "说明", "某公司", 10, "王主任", DisclosureOutcome.DISCLOSED, "第十三条", "答复内容");
	}

	static final Map<Action, Map<Status, Status>> ALLOWED = Map.of(
			Action.REQUEST_COMPLETION, Map.of(Status.REGISTERED, Status.AWAITING_COMPLETION),
			Action.RECEIVE_COMPLETION, Map.of(Status.AWAITING_COMPLETION, Status.REGISTERED),
			Action.ABANDON, Map.of(Status.AWAITING_COMPLETION, Status.ABANDONED),
			Action.CONSULT, Map.of(Status.REGISTERED, Status.CONSULTING),
			Action.RESUME, Map.of(Status.CONSULTING, Status.REGISTERED),
			Action.EXTEND, Map.of(Status.REGISTERED, Status.REGISTERED, Status.CONSULTING, Status.CONSULTING),
			Action.ANSWER, Map.of(Status.REGISTERED, Status.ANSWERED));

	@Test
	void everyActionFromEveryStatusLeadsWhereTheTableSaysOrIsRefusedWithTheExactSentence() {
		for (var action : Action.values()) {
			for (var status : Status.values()) {
				var expected = ALLOWED.get(action).get(status);
				if (expected != null) {
					assertThat(lifecycle.apply(at(status), complete(action), TODAY).status())
						.as(action + " from " + status).isEqualTo(expected);
				}
				else {
					assertThatThrownBy(() -> lifecycle.apply(at(status), complete(action), TODAY))
						.as(action + " from " + status)
						.isInstanceOfSatisfying(Refusal.class, r -> {
							assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
							assertThat(r.reasons()).containsExactly(
									"申请当前状态为「" + status.label() + "」，不能执行「" + action.label() + "」操作");
						});
				}
			}
		}
	}

	@Test
	void theTableListsTheActionsOfEachStatus() {
		assertThat(RequestLifecycle.actionsFrom(Status.REGISTERED)).containsExactly(Action.REQUEST_COMPLETION,
				Action.CONSULT, Action.EXTEND, Action.ANSWER);
		assertThat(RequestLifecycle.actionsFrom(Status.AWAITING_COMPLETION))
			.containsExactly(Action.RECEIVE_COMPLETION, Action.ABANDON);
		assertThat(RequestLifecycle.actionsFrom(Status.CONSULTING)).containsExactly(Action.RESUME, Action.EXTEND);
		assertThat(RequestLifecycle.actionsFrom(Status.ANSWERED)).isEmpty();
		assertThat(RequestLifecycle.actionsFrom(Status.ABANDONED)).isEmpty();
	}

	@Test
	void completionIsAskedForOnceWithTheMattersWithinSevenWorkingDays() {
		var empty = new Command(Action.REQUEST_COMPLETION, RECEIVED.plusDays(8), " ", null, null, null, null, null,
				null);
		assertThat(lifecycle.refusals(at(Status.REGISTERED), empty, RECEIVED.plusDays(9)))
			.containsExactly("告知补正须写明需要补正的事项", "告知补正应在收到申请之日起 7 个工作日内（2026-04-08 前），已经超过");
		var once = new Case(Status.REGISTERED, RECEIVED, RECEIVED.plusDays(5), at(Status.REGISTERED).deadline(),
				RECEIVED.plusDays(1), null, null, 0, 0, null, null);
		assertThat(lifecycle.refusals(once, complete(Action.REQUEST_COMPLETION), TODAY.plusDays(5)))
			.containsExactly("日期 2026-04-03 不能早于收到申请之日（2026-04-06）", "补正应当一次性告知，本申请已于 2026-04-02 告知过补正");
	}

	@Test
	void datesInTheFutureOrBeforeTheStepTheyFollowAreRefused() {
		var tomorrow = new Command(Action.CONSULT, TODAY.plusDays(1), null, "某公司", null, null, null, null, null);
		assertThat(lifecycle.refusals(at(Status.REGISTERED), tomorrow, TODAY))
			.containsExactly("日期 2026-04-04 不能晚于今天（2026-04-03）");
		var early = new Command(Action.RECEIVE_COMPLETION, RECEIVED, null, null, null, null, null, null, null);
		assertThat(lifecycle.refusals(at(Status.AWAITING_COMPLETION), early, TODAY))
			.containsExactly("收到补正的日期不能早于告知补正之日（2026-04-02）");
		var resumeEarly = new Command(Action.RESUME, RECEIVED, null, null, null, null, null, null, null);
		assertThat(lifecycle.refusals(at(Status.CONSULTING), resumeEarly, TODAY))
			.containsExactly("收到第三方意见的日期不能早于征求意见之日（2026-04-02）");
		var noNote = new Command(Action.ABANDON, TODAY, "", null, null, null, null, null, null);
		assertThat(lifecycle.refusals(at(Status.AWAITING_COMPLETION), noNote, TODAY))
			.containsExactly("视为放弃申请须写明申请人逾期未补正的情况");
	}

	@Test
	void aThirdPartyIsNamedConsultedOnceAndNotAfterTheDeadline() {
		var nobody = new Command(Action.CONSULT, TODAY, null, " ", null, null, null, null, null);
		assertThat(lifecycle.refusals(at(Status.REGISTERED), nobody, TODAY)).containsExactly("征求第三方意见须写明第三方名称");
		var again = new Case(Status.REGISTERED, RECEIVED, RECEIVED, new Deadline(RECEIVED.plusDays(30), false), null,
				RECEIVED.plusDays(1), RECEIVED.plusDays(16), 3, 0, null, null);
		assertThat(lifecycle.refusals(again, complete(Action.CONSULT), TODAY))
			.containsExactly("本申请已于 2026-04-02 征求过第三方意见，不能再次暂停计时");
		var late = new Command(Action.CONSULT, LocalDate.of(2026, 4, 22), null, "某公司", null, null, null, null, null);
		assertThat(lifecycle.refusals(at(Status.REGISTERED), late, LocalDate.of(2026, 4, 30)))
			.containsExactly("答复期限已于 2026-04-21 届满，不能再暂停计时");
	}

	@Test
	void anExtensionNeedsTheHeadTheReasonAndAtMostTwentyWorkingDaysAndComesOnce() {
		var bare = new Command(Action.EXTEND, TODAY, null, null, 21, null, null, null, null);
		assertThat(lifecycle.refusals(at(Status.REGISTERED), bare, TODAY)).containsExactly(
				"延长的期限须在 1 至 20 个工作日之间", "延期答复须经政府信息公开工作机构负责人同意，请填写批准人", "延期答复须写明告知申请人的延期理由");
		var extended = lifecycle.apply(at(Status.REGISTERED), complete(Action.EXTEND), TODAY);
		assertThat(extended.extensionDays()).isEqualTo(10);
		assertThat(extended.deadline().deadline()).isEqualTo(LocalDate.of(2026, 5, 1));
		assertThatThrownBy(() -> lifecycle.apply(extended, complete(Action.EXTEND), TODAY))
			.isInstanceOfSatisfying(Refusal.class, r -> {
				assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID);
				assertThat(r.reasons()).containsExactly("答复期限只能延长一次，本申请已延期 10 个工作日，不能再次延期");
			});
		var afterDeadline = new Command(Action.EXTEND, LocalDate.of(2026, 4, 22), "材料较多", null, 5, "王主任", null,
				null, null);
		assertThat(lifecycle.refusals(at(Status.REGISTERED), afterDeadline, LocalDate.of(2026, 4, 22)))
			.containsExactly("答复期限已于 2026-04-21 届满，不能再延期");
	}

	@Test
	void anAnswerNamesItsOutcomeItsGroundOrWhereTheInformationIsPublished() {
		var none = new Command(Action.ANSWER, TODAY, null, null, null, null, null, null, " ");
		assertThat(lifecycle.refusals(at(Status.REGISTERED), none, TODAY)).containsExactly("答复须选择答复结果", "答复须填写答复内容");
		var withheld = new Command(Action.ANSWER, TODAY, null, null, null, null, DisclosureOutcome.WITHHELD, "", "答复");
		assertThat(lifecycle.refusals(at(Status.REGISTERED), withheld, TODAY)).containsExactly("「不予公开」须写明理由和法律依据");
		var published = new Command(Action.ANSWER, TODAY, null, null, null, null, DisclosureOutcome.ALREADY_PUBLIC,
				null, "答复");
		assertThat(lifecycle.refusals(at(Status.REGISTERED), published, TODAY))
			.containsExactly("「已主动公开」须告知申请人获取该信息的方式和途径");
	}

	@Test
	void anAnswerAfterTheDeadlineIsFlaggedLate() {
		var onTime = lifecycle.apply(at(Status.REGISTERED), complete(Action.ANSWER), TODAY);
		assertThat(onTime.late()).isFalse();
		var lateDay = LocalDate.of(2026, 4, 22);
		var late = lifecycle.apply(at(Status.REGISTERED),
				new Command(Action.ANSWER, lateDay, null, null, null, null, DisclosureOutcome.DISCLOSED, null, "答复"),
				lateDay);
		assertThat(late.late()).isTrue();
		assertThat(late.answeredOn()).isEqualTo(lateDay);
	}
}
