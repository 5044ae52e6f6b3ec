package org.govsite.interaction;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.govsite.shared.Labelled;
import org.govsite.shared.Reasons;
import org.govsite.shared.Refusal;
import org.govsite.shared.Transitions;
import org.jspecify.annotations.Nullable;

/**
 * The one state machine of a solicitation (征集调查): its statuses, the table of allowed moves, and one rule per action
 * and for citizens' opinions, each collecting <em>every</em> reason (in Chinese) before refusing. Pure; storage,
 * permissions and auditing are {@link Solicitations}'.
 *
 * <pre>
 * 筹备 →开始征集→ 征集中 →结束征集→ 已结束 →公布结果→ 已公布结果
 * 筹备/征集中: 修改（标题、说明、起止时间）
 * opinions: only 征集中 and within the period [start, end]
 * </pre>
 */
public final class SolicitationLifecycle {

	/** Where a solicitation stands. */
	public enum Status implements Labelled {
		DRAFT("筹备"), OPEN("征集中"), CLOSED("已结束"), RESULT_PUBLISHED("已公布结果");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}

		/** Shown to the public (everything but 筹备). */
		public boolean visible() {
			return this != DRAFT;
		}
	}

	/** What a responder can do to a solicitation. */
	public enum Action implements Labelled {
		EDIT("修改"), OPEN("开始征集"), CLOSE("结束征集"), PUBLISH_RESULT("公布结果");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** The table of allowed moves: the statuses an action leads from, and where it leads. */
	static final Transitions<Status, Action, Void> TABLE = Transitions.<Status, Action, Void>of(Status.class, Action.class)
		.stay(Action.EDIT, EnumSet.of(Status.DRAFT, Status.OPEN))
		.allow(Action.OPEN, EnumSet.of(Status.DRAFT), Status.OPEN)
		.allow(Action.CLOSE, EnumSet.of(Status.OPEN), Status.CLOSED)
		.allow(Action.PUBLISH_RESULT, EnumSet.of(Status.CLOSED), Status.RESULT_PUBLISHED)
		.build((from, action) -> "征集调查当前状态为「" + from.label() + "」，不能执行「" + action.label() + "」操作");

	private SolicitationLifecycle() {
	}

	/** The actions allowed from a status, in table order. */
	public static List<Action> actionsFrom(Status status) {
		return TABLE.actionsFrom(status);
	}

	/** Where the action leads from the status, if it is allowed there at all. */
	public static Optional<Status> target(Status from, Action action) {
		return TABLE.target(from, action);
	}

	/** Checks what a responder typed for a new or edited solicitation; refuses with every reason. */
	static void checkFields(@Nullable String title, @Nullable String description, @Nullable Instant startsAt,
			@Nullable Instant endsAt) {
		var reasons = new Reasons();
		fields(title, description, startsAt, endsAt, reasons);
		reasons.throwIfAny(Refusal.Kind.INVALID);
	}

	private static void fields(@Nullable String title, @Nullable String description, @Nullable Instant startsAt,
			@Nullable Instant endsAt, Reasons reasons) {
		Participation.SOLICITATION.checkTitle(title, description, reasons);
		if (startsAt == null) {
			reasons.at("startsAt", "请填写征集开始时间");
		}
		if (endsAt == null) {
			reasons.at("endsAt", "请填写征集截止时间");
		}
		if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
			reasons.at("endsAt", "征集截止时间须晚于开始时间");
		}
	}

	/** 修改: the fields are checked again; a solicitation already open keeps its start time. */
	static void edit(Status status, Instant currentStart, @Nullable String title, @Nullable String description,
			@Nullable Instant startsAt, @Nullable Instant endsAt, Instant now) {
		var reasons = TABLE.check(status, Action.EDIT);
		fields(title, description, startsAt, endsAt, reasons);
		if (reasons.stateAllows() && status == Status.OPEN && startsAt != null && !startsAt.equals(currentStart)) {
			reasons.at("startsAt", "征集已开始，不能修改开始时间");
		}
		if (reasons.stateAllows() && status == Status.OPEN && endsAt != null && endsAt.isBefore(now)) {
			reasons.at("endsAt", "征集截止时间不能早于当前时间");
		}
		reasons.refuse();
	}

	/** 开始征集: not once the period is over. */
	static Status open(Status status, Instant endsAt, Instant now) {
		var reasons = TABLE.check(status, Action.OPEN);
		if (reasons.stateAllows() && !endsAt.isAfter(now)) {
			reasons.add("征集截止时间 " + shown(endsAt) + " 已过，请先修改截止时间");
		}
		reasons.refuse();
		return Status.OPEN;
	}

	/** 结束征集 (at any time, e.g. early). */
	static Status close(Status status) {
		TABLE.check(status, Action.CLOSE).refuse();
		return Status.CLOSED;
	}

	/** 公布结果: the result text is required. */
	static Status publishResult(Status status, @Nullable String result) {
		var reasons = TABLE.check(status, Action.PUBLISH_RESULT);
		if (result == null || result.isBlank()) {
			reasons.at("result", "公布结果须填写征集结果");
		}
		reasons.refuse();
		return Status.RESULT_PUBLISHED;
	}

	/** Whether a citizen's opinion is accepted now; the reason why not, in Chinese. */
	static Optional<String> refuseOpinion(Status status, Instant startsAt, Instant endsAt, Instant now) {
		if (status != Status.OPEN) {
			return Optional.of("该征集当前状态为「" + status.label() + "」，不接受意见");
		}
		if (now.isBefore(startsAt) || now.isAfter(endsAt)) {
			return Optional.of("征集时间为 " + shown(startsAt) + " 至 " + shown(endsAt) + "，当前不在征集期内");
		}
		return Optional.empty();
	}

	private static String shown(Instant instant) {
		return Participation.shown(instant);
	}
}
