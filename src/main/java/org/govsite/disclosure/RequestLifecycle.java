package org.govsite.disclosure;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.govsite.calendar.Deadline;
import org.govsite.shared.Labelled;
import org.govsite.shared.Refusal;
import org.govsite.shared.Transitions;
import org.govsite.shared.Transitions.Guard;
import org.jspecify.annotations.Nullable;

/**
 * The one lifecycle of a request for disclosure (依申请公开) and its statutory clock (Regulations Art. 30–33), written
 * as one table on {@link Transitions}. Pure: it reads a {@link Case} and a {@link Command} and returns the case after
 * the action; storage, permissions and auditing are the caller's.
 *
 * <pre>
 * 已登记 →告知补正→ 待补正 →收到补正→ 已登记 (the clock restarts from the day the completed request is received)
 * 待补正 →视为放弃→ 视为放弃
 * 已登记 →征求第三方意见→ 征求第三方意见 →收到第三方意见→ 已登记 (the paused working days are not counted)
 * 已登记/征求第三方意见: 延期答复 (once, at most 20 working days, with the head's approval)
 * 已登记 →答复→ 已答复 (flagged when given after the deadline)
 * </pre>
 *
 * The clock: the deadline is the end of the 20th working day after the day of receipt (Art. 33); the day of
 * receipt itself does not count. A third party has 15 working days for its opinion (Art. 32); the working days after
 * the day the consultation starts, up to the day its opinion arrives (at most the end of its period), are added to the
 * deadline.
 */
public final class RequestLifecycle {

	/** Working days to answer (Art. 33). */
	public static final int ANSWER_DAYS = 20;
	/** Most working days of the one extension (Art. 33). */
	public static final int EXTENSION_MAX = 20;
	/** Working days a third party has for its opinion (Art. 32). */
	public static final int THIRD_PARTY_DAYS = 15;
	/** Working days within which the body must ask, once, for completion (Art. 30). */
	public static final int COMPLETION_NOTICE_DAYS = 7;

	/** Where a request stands. */
	public enum Status implements Labelled {
		REGISTERED("已登记"), AWAITING_COMPLETION("待补正"), CONSULTING("征求第三方意见"), ANSWERED("已答复"),
		ABANDONED("视为放弃");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}

		/** Still waiting for an answer. */
		public boolean open() {
			return this == REGISTERED || this == AWAITING_COMPLETION || this == CONSULTING;
		}

		/** The clock does not run (it stops for completion, pauses for a third party). */
		public boolean paused() {
			return this == AWAITING_COMPLETION || this == CONSULTING;
		}
	}

	/** What the disclosure office can do to a request. */
	public enum Action implements Labelled {
		REQUEST_COMPLETION("告知补正"), RECEIVE_COMPLETION("收到补正"), ABANDON("视为放弃"), CONSULT("征求第三方意见"),
		RESUME("收到第三方意见"), EXTEND("延期答复"), ANSWER("答复");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** What the lifecycle knows about a request: its status and its clock. */
	record Case(Status status, LocalDate receivedOn, LocalDate clockStart, Deadline deadline,
			@Nullable LocalDate completionRequestedOn, @Nullable LocalDate consultationStartedOn,
			@Nullable LocalDate consultationDue, int pausedDays, int extensionDays, @Nullable LocalDate answeredOn,
			@Nullable DisclosureOutcome outcome) {

		/** A request just received: 20 working days from the day of receipt. */
		static Case received(LocalDate receivedOn, WorkdayCount days) {
			return new Case(Status.REGISTERED, receivedOn, receivedOn, days.after(receivedOn, ANSWER_DAYS), null, null,
					null, 0, 0, null, null);
		}

		boolean extended() {
			return extensionDays > 0;
		}

		/** Answered after the end of the deadline day. */
		boolean late() {
			return answeredOn != null && answeredOn.isAfter(deadline.deadline());
		}

		Case with(Status next) {
			return new Case(next, receivedOn, clockStart, deadline, completionRequestedOn, consultationStartedOn,
					consultationDue, pausedDays, extensionDays, answeredOn, outcome);
		}
	}

	/** An action with what the office typed; {@code on} is the day it happened (today when absent). */
	record Command(Action action, @Nullable LocalDate on, @Nullable String note, @Nullable String thirdParty,
			@Nullable Integer days, @Nullable String approvedBy, @Nullable DisclosureOutcome outcome,
			@Nullable String ground, @Nullable String reply) {

		static Command of(Action action, LocalDate on) {
			return new Command(action, on, null, null, null, null, null, null, null);
		}
	}

	/** The facts the guards read. */
	record Step(Case c, Command command, LocalDate on, LocalDate today, LocalDate completionNoticeBy) {
	}

	private static final Guard<Step> NOT_IN_FUTURE = Guard.of(s -> s.on().isAfter(s.today()),
			s -> "日期 " + s.on() + " 不能晚于今天（" + s.today() + "）");
	private static final Guard<Step> NOT_BEFORE_CLOCK = Guard.of(s -> s.on().isBefore(s.c().clockStart()),
			s -> "日期 " + s.on() + " 不能早于收到申请之日（" + s.c().clockStart() + "）");

	static final Transitions<Status, Action, Step> TABLE = Transitions.<Status, Action, Step>of(Status.class,
			Action.class)
		.allow(Action.REQUEST_COMPLETION, Set.of(Status.REGISTERED), Status.AWAITING_COMPLETION, NOT_IN_FUTURE,
				NOT_BEFORE_CLOCK,
				Guard.of(s -> blank(s.command().note()), "告知补正须写明需要补正的事项"),
				Guard.of(s -> s.c().completionRequestedOn() != null,
						s -> "补正应当一次性告知，本申请已于 " + s.c().completionRequestedOn() + " 告知过补正"),
				Guard.of(s -> s.c().completionRequestedOn() == null && s.on().isAfter(s.completionNoticeBy()),
						s -> "告知补正应在收到申请之日起 " + COMPLETION_NOTICE_DAYS + " 个工作日内（" + s.completionNoticeBy()
								+ " 前），已经超过"))
		.allow(Action.RECEIVE_COMPLETION, Set.of(Status.AWAITING_COMPLETION), Status.REGISTERED, NOT_IN_FUTURE,
				Guard.of(s -> s.c().completionRequestedOn() != null && s.on().isBefore(s.c().completionRequestedOn()),
						s -> "收到补正的日期不能早于告知补正之日（" + s.c().completionRequestedOn() + "）"))
		.allow(Action.ABANDON, Set.of(Status.AWAITING_COMPLETION), Status.ABANDONED,
				Guard.of(s -> blank(s.command().note()), "视为放弃申请须写明申请人逾期未补正的情况"))
		.allow(Action.CONSULT, Set.of(Status.REGISTERED), Status.CONSULTING, NOT_IN_FUTURE, NOT_BEFORE_CLOCK,
				Guard.of(s -> blank(s.command().thirdParty()), "征求第三方意见须写明第三方名称"),
				Guard.of(s -> s.c().consultationStartedOn() != null,
						s -> "本申请已于 " + s.c().consultationStartedOn() + " 征求过第三方意见，不能再次暂停计时"),
				Guard.of(s -> s.on().isAfter(s.c().deadline().deadline()),
						s -> "答复期限已于 " + s.c().deadline().deadline() + " 届满，不能再暂停计时"))
		.allow(Action.RESUME, Set.of(Status.CONSULTING), Status.REGISTERED, NOT_IN_FUTURE,
				Guard.of(s -> s.c().consultationStartedOn() != null && s.on().isBefore(s.c().consultationStartedOn()),
						s -> "收到第三方意见的日期不能早于征求意见之日（" + s.c().consultationStartedOn() + "）"))
		.stay(Action.EXTEND, Set.of(Status.REGISTERED, Status.CONSULTING), NOT_IN_FUTURE,
				Guard.of(s -> s.c().extended(),
						s -> "答复期限只能延长一次，本申请已延期 " + s.c().extensionDays() + " 个工作日，不能再次延期"),
				Guard.of(s -> s.command().days() == null || s.command().days() < 1 || s.command().days() > EXTENSION_MAX,
						"延长的期限须在 1 至 " + EXTENSION_MAX + " 个工作日之间"),
				Guard.of(s -> blank(s.command().approvedBy()), "延期答复须经政府信息公开工作机构负责人同意，请填写批准人"),
				Guard.of(s -> blank(s.command().note()), "延期答复须写明告知申请人的延期理由"),
				Guard.of(s -> s.c().status() == Status.REGISTERED && s.on().isAfter(s.c().deadline().deadline()),
						s -> "答复期限已于 " + s.c().deadline().deadline() + " 届满，不能再延期"))
		.allow(Action.ANSWER, Set.of(Status.REGISTERED), Status.ANSWERED, NOT_IN_FUTURE, NOT_BEFORE_CLOCK,
				Guard.of(s -> s.command().outcome() == null, "答复须选择答复结果"),
				Guard.of(s -> s.command().outcome() != null && s.command().outcome().needsGround()
						&& blank(s.command().ground()),
						s -> "「" + s.command().outcome().label() + "」须写明理由和法律依据"),
				Guard.of(s -> s.command().outcome() == DisclosureOutcome.ALREADY_PUBLIC && blank(s.command().ground()),
						"「已主动公开」须告知申请人获取该信息的方式和途径"),
				Guard.of(s -> blank(s.command().reply()), "答复须填写答复内容"))
		.build((from, action) -> "申请当前状态为「" + from.label() + "」，不能执行「" + action.label() + "」操作");

	private final WorkdayCount days;

	RequestLifecycle(WorkdayCount days) {
		this.days = days;
	}

	/** The actions the table allows from a status, in the order of {@link Action}. */
	public static List<Action> actionsFrom(Status status) {
		return TABLE.actionsFrom(status);
	}

	/** Every reason the action is refused (empty when it may fire). */
	List<String> refusals(Case c, Command command, LocalDate today) {
		return TABLE.refusals(c.status(), command.action(), step(c, command, today));
	}

	/**
	 * Applies the command or refuses with every reason: CONFLICT when the status forbids it, else INVALID. Returns the
	 * case after the action with its clock moved.
	 */
	Case apply(Case c, Command command, LocalDate today) {
		var step = step(c, command, today);
		var next = TABLE.fire(c.status(), command.action(), step, Refusal.Kind.INVALID);
		var on = step.on();
		return switch (command.action()) {
			case REQUEST_COMPLETION -> new Case(next, c.receivedOn(), c.clockStart(), c.deadline(), on, null, null, 0,
					c.extensionDays(), null, null);
			// Art. 30: the time limit runs from the day the completed request is received
			case RECEIVE_COMPLETION -> new Case(next, c.receivedOn(), on, days.after(on, ANSWER_DAYS),
					c.completionRequestedOn(), null, null, 0, c.extensionDays(), null, null);
			case ABANDON -> c.with(next);
			case CONSULT -> new Case(next, c.receivedOn(), c.clockStart(), c.deadline(), c.completionRequestedOn(), on,
					days.after(on, THIRD_PARTY_DAYS).deadline(), 0, c.extensionDays(), null, null);
			case RESUME -> resume(c, next, on);
			case EXTEND -> {
				int extra = java.util.Objects.requireNonNull(command.days());
				yield new Case(next, c.receivedOn(), c.clockStart(), moved(c.deadline(), extra),
						c.completionRequestedOn(), c.consultationStartedOn(), c.consultationDue(), c.pausedDays(), extra,
						null, null);
			}
			case ANSWER -> new Case(next, c.receivedOn(), c.clockStart(), c.deadline(), c.completionRequestedOn(),
					c.consultationStartedOn(), c.consultationDue(), c.pausedDays(), c.extensionDays(), on,
					command.outcome());
		};
	}

	/** Art. 32: the working days spent waiting for the third party (at most its period) are added to the deadline. */
	private Case resume(Case c, Status next, LocalDate on) {
		var started = java.util.Objects.requireNonNull(c.consultationStartedOn());
		var due = java.util.Objects.requireNonNull(c.consultationDue());
		var end = on.isAfter(due) ? due : on;
		int paused = days.between(started, end);
		return new Case(next, c.receivedOn(), c.clockStart(), moved(c.deadline(), paused), c.completionRequestedOn(),
				started, due, paused, c.extensionDays(), null, null);
	}

	private Deadline moved(Deadline deadline, int workingDays) {
		if (workingDays == 0) {
			return deadline;
		}
		var moved = days.after(deadline.deadline(), workingDays);
		return new Deadline(moved.deadline(), moved.provisional() || deadline.provisional());
	}

	private Step step(Case c, Command command, LocalDate today) {
		var on = command.on() == null ? today : command.on();
		return new Step(c, command, on, today, days.after(c.receivedOn(), COMPLETION_NOTICE_DAYS).deadline());
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
