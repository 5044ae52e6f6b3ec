package org.govsite.interaction;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.govsite.calendar.Deadline;
import org.govsite.shared.Labelled;
import org.govsite.shared.Transitions;
import org.govsite.unit.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * The one state machine of a message (留言): its statuses, the table of allowed moves, and one method per action that
 * collects <em>every</em> reason the action is refused (in Chinese) before refusing. Pure: it reads a {@link Case} and
 * a {@link Command} and returns an {@link Outcome}; storage, permissions and auditing are the caller's.
 *
 * <pre>
 * 待受理 →受理→ 已受理 →转办→ 已转办 →开始办理→ 办理中 →答复→ 已答复 →审核答复→ (已审核) →公开答复→ 已公开
 * 待受理/已受理/已转办/办理中 →不予受理→ 不予受理
 * 已受理/已转办/办理中: 申请延期, 批准延期 (once, never past the three-month cap)
 * </pre>
 */
public final class MessageLifecycle {

	/** Where a message stands. */
	public enum Status implements Labelled {
		RECEIVED("待受理"), ACCEPTED("已受理"), TRANSFERRED("已转办"), IN_PROGRESS("办理中"), ANSWERED("已答复"),
		REJECTED("不予受理"), PUBLISHED("已公开");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}

		/** Still waiting for an answer: its clock runs and it can become overdue. */
		public boolean open() {
			return this == RECEIVED || this == ACCEPTED || this == TRANSFERRED || this == IN_PROGRESS;
		}
	}

	/** What a responder, reviewer or supervisor can do to a message. */
	public enum Action implements Labelled {
		ACCEPT("受理"), TRANSFER("转办"), START("开始办理"), ANSWER("答复"), REJECT("不予受理"),
		REQUEST_EXTENSION("申请延期"), APPROVE_EXTENSION("批准延期"), SIGN_OFF("审核答复"), PUBLISH("公开答复");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** The one extension a message may have. */
	public enum Extension implements Labelled {
		NONE("未延期"), REQUESTED("延期待批准"), APPROVED("已延期");

		private final String label;

		Extension(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	private static final Set<Status> HANDLING = EnumSet.of(Status.ACCEPTED, Status.TRANSFERRED, Status.IN_PROGRESS);

	/** The table of allowed moves: the statuses an action leads from, and where it leads. */
	static final Transitions<Status, Action, Case> TABLE = Transitions.<Status, Action, Case>of(Status.class, Action.class)
		.allow(Action.ACCEPT, EnumSet.of(Status.RECEIVED), Status.ACCEPTED)
		.allow(Action.TRANSFER, HANDLING, Status.TRANSFERRED)
		.allow(Action.START, EnumSet.of(Status.ACCEPTED, Status.TRANSFERRED), Status.IN_PROGRESS)
		.allow(Action.ANSWER, EnumSet.of(Status.IN_PROGRESS), Status.ANSWERED)
		.allow(Action.REJECT, EnumSet.of(Status.RECEIVED, Status.ACCEPTED, Status.TRANSFERRED, Status.IN_PROGRESS),
				Status.REJECTED)
		.stay(Action.REQUEST_EXTENSION, HANDLING)
		.stay(Action.APPROVE_EXTENSION, HANDLING)
		.stay(Action.SIGN_OFF, EnumSet.of(Status.ANSWERED))
		.allow(Action.PUBLISH, EnumSet.of(Status.ANSWERED), Status.PUBLISHED)
		.build((from, action) -> "留言当前状态为「" + from.label() + "」，不能执行「" + action.label() + "」操作");

	/** What the lifecycle needs to know about a message. */
	record Case(Status status, MessageCategory category, LocalDate receivedOn, Deadline deadline, LocalDate cap,
			Extension extension, @Nullable Integer extensionDays, boolean signedOff, boolean publishConsent,
			@Nullable UnitId unit) {
	}

	/** An action with what the actor typed. */
	record Command(Action action, @Nullable String comment, @Nullable UnitId unit, @Nullable MessageCategory category,
			@Nullable String reply, @Nullable Integer extensionDays) {
	}

	/** The message after the action: every field that may change. */
	record Outcome(Status status, MessageCategory category, Deadline deadline, Extension extension,
			@Nullable Integer extensionDays, @Nullable String extensionReason, boolean signedOff, @Nullable UnitId unit,
			@Nullable String reply, @Nullable String rejection) {

		static Outcome unchanged(Case c) {
			return new Outcome(c.status(), c.category(), c.deadline(), c.extension(), c.extensionDays(), null,
					c.signedOff(), c.unit(), null, null);
		}

		Outcome to(Status next) {
			return new Outcome(next, category, deadline, extension, extensionDays, extensionReason, signedOff, unit,
					reply, rejection);
		}
	}

	private final DeadlinePolicy deadlines;

	MessageLifecycle(DeadlinePolicy deadlines) {
		this.deadlines = deadlines;
	}

	/** The actions allowed from a status, in table order. */
	public static List<Action> actionsFrom(Status status) {
		return TABLE.actionsFrom(status);
	}

	/** Where the action leads from the status, if it is allowed there at all. */
	public static Optional<Status> target(Status from, Action action) {
		return TABLE.target(from, action);
	}

	/** Applies the command or refuses with every reason: CONFLICT when the status forbids it, else INVALID. */
	Outcome apply(Case c, Command command) {
		return switch (command.action()) {
			case ACCEPT -> accept(c, command);
			case TRANSFER -> transfer(c, command);
			case START -> start(c, command);
			case ANSWER -> answer(c, command);
			case REJECT -> reject(c, command);
			case REQUEST_EXTENSION -> requestExtension(c, command);
			case APPROVE_EXTENSION -> approveExtension(c, command);
			case SIGN_OFF -> signOff(c, command);
			case PUBLISH -> publish(c, command);
		};
	}

	/** 受理: optionally correcting the category, which recomputes the deadline from the day of receipt. */
	Outcome accept(Case c, Command command) {
		var reasons = TABLE.check(c.status(), Action.ACCEPT);
		reasons.refuse();
		return recategorised(c, command.category()).to(Status.ACCEPTED);
	}

	/** 转办 to a responsible unit; keeps the receipt time; a new category recomputes the deadline from receipt. */
	Outcome transfer(Case c, Command command) {
		var reasons = TABLE.check(c.status(), Action.TRANSFER);
		if (command.unit() == null) {
			reasons.add("转办须选择承办单位");
		}
		else if (command.unit().equals(c.unit())) {
			reasons.add("留言已由该单位承办，无需重复转办");
		}
		reasons.refuse();
		var outcome = recategorised(c, command.category());
		return new Outcome(Status.TRANSFERRED, outcome.category(), outcome.deadline(), c.extension(), c.extensionDays(),
				null, c.signedOff(), command.unit(), null, null);
	}

	/** 开始办理. */
	Outcome start(Case c, Command command) {
		TABLE.check(c.status(), Action.START).refuse();
		return Outcome.unchanged(c).to(Status.IN_PROGRESS);
	}

	/** 答复: the reply is required. */
	Outcome answer(Case c, Command command) {
		var reasons = TABLE.check(c.status(), Action.ANSWER);
		if (blank(command.reply())) {
			reasons.add("答复须填写答复内容");
		}
		reasons.refuse();
		var u = Outcome.unchanged(c);
		return new Outcome(Status.ANSWERED, u.category(), u.deadline(), u.extension(), u.extensionDays(), null, false,
				u.unit(), command.reply(), null);
	}

	/** 不予受理: the explanation to the citizen is required. */
	Outcome reject(Case c, Command command) {
		var reasons = TABLE.check(c.status(), Action.REJECT);
		if (blank(command.reply()) && blank(command.comment())) {
			reasons.add("不予受理须填写说明理由");
		}
		reasons.refuse();
		var u = Outcome.unchanged(c);
		var explanation = blank(command.reply()) ? command.comment() : command.reply();
		return new Outcome(Status.REJECTED, u.category(), u.deadline(), u.extension(), u.extensionDays(), null, false,
				u.unit(), null, explanation);
	}

	/** 申请延期: once, with a reason, never past the cap (default: the category's own time limit again). */
	Outcome requestExtension(Case c, Command command) {
		var reasons = TABLE.check(c.status(), Action.REQUEST_EXTENSION);
		if (blank(command.comment())) {
			reasons.add("申请延期须填写延期理由");
		}
		if (c.extension() != Extension.NONE) {
			reasons.add("每条留言只能延期一次，已有" + c.extension().label() + "的延期申请");
		}
		int days = command.extensionDays() == null ? deadlines.workingDaysOf(c.category()) : command.extensionDays();
		if (days < 1 || days > 366) {
			reasons.add("延期工作日数须在 1 至 366 之间");
		}
		else {
			pastCap(c, days).ifPresent(reasons::add);
		}
		reasons.refuse();
		var u = Outcome.unchanged(c);
		return new Outcome(c.status(), u.category(), u.deadline(), Extension.REQUESTED, days, command.comment(),
				u.signedOff(), u.unit(), null, null);
	}

	/** 批准延期 (the supervisor): the requested working days are added to the current deadline, never past the cap. */
	Outcome approveExtension(Case c, Command command) {
		var reasons = TABLE.check(c.status(), Action.APPROVE_EXTENSION);
		if (c.extension() != Extension.REQUESTED || c.extensionDays() == null) {
			reasons.add("该留言没有待批准的延期申请");
		}
		else {
			pastCap(c, c.extensionDays()).ifPresent(reasons::add);
		}
		reasons.refuse();
		var u = Outcome.unchanged(c);
		return new Outcome(c.status(), u.category(), deadlines.extend(c.deadline().deadline(), c.extensionDays()),
				Extension.APPROVED, c.extensionDays(), null, u.signedOff(), u.unit(), null, null);
	}

	/** 审核答复 (a reviewer of the unit): required before the reply is published. */
	Outcome signOff(Case c, Command command) {
		var reasons = TABLE.check(c.status(), Action.SIGN_OFF);
		if (c.signedOff()) {
			reasons.add("答复已审核，无需重复审核");
		}
		reasons.refuse();
		var u = Outcome.unchanged(c);
		return new Outcome(c.status(), u.category(), u.deadline(), u.extension(), u.extensionDays(), null, true,
				u.unit(), null, null);
	}

	/** 公开答复: only a signed-off reply, and only when the citizen agreed to publication. */
	Outcome publish(Case c, Command command) {
		var reasons = TABLE.check(c.status(), Action.PUBLISH);
		if (reasons.stateAllows() && !c.signedOff()) {
			reasons.add("答复须经初审人员审核后才能公开");
		}
		if (!c.publishConsent()) {
			reasons.add("留言人未同意公开，不能公开");
		}
		reasons.refuse();
		return Outcome.unchanged(c).to(Status.PUBLISHED);
	}

	private Optional<String> pastCap(Case c, int days) {
		var extended = deadlines.extend(c.deadline().deadline(), days).deadline();
		return extended.isAfter(c.cap())
				? Optional.of("延期后的办理期限 " + extended + " 超过自收到留言之日起三个月的上限 " + c.cap() + "，不予延期")
				: Optional.empty();
	}

	private Outcome recategorised(Case c, @Nullable MessageCategory category) {
		if (category == null || category == c.category()) {
			return Outcome.unchanged(c);
		}
		var deadline = deadlines.initial(c.receivedOn(), category);
		if (c.extension() == Extension.APPROVED && c.extensionDays() != null) {
			deadline = deadlines.extend(deadline.deadline(), c.extensionDays());
		}
		if (deadline.deadline().isAfter(c.cap())) {
			deadline = new Deadline(c.cap(), deadline.provisional());
		}
		return new Outcome(c.status(), category, deadline, c.extension(), c.extensionDays(), null, c.signedOff(),
				c.unit(), null, null);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
