package org.govsite.interaction;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.govsite.shared.Labelled;
import org.govsite.shared.Reasons;
import org.govsite.shared.Refusal;
import org.govsite.shared.Transitions;
import org.govsite.shared.Transitions.Guard;
import org.jspecify.annotations.Nullable;

/**
 * The one state machine of an online interview (在线访谈) and of the questions citizens send to it, each rule
 * collecting <em>every</em> reason (in Chinese) before refusing. Pure; storage, permissions and auditing are
 * {@link Interviews}'.
 *
 * <pre>
 * 预告 →开始访谈→ 进行中 →结束访谈→ 已结束
 * 预告/进行中: 修改; 进行中/已结束: 公布实录 (once)
 * questions: sent during 预告/进行中; 待审核 →采纳/不采纳; 已采纳 questions are answered by a guest (进行中/已结束)
 * </pre>
 */
public final class InterviewLifecycle {

	/** Where an interview stands. */
	public enum Status implements Labelled {
		SCHEDULED("预告"), LIVE("进行中"), ENDED("已结束");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** What a responder can do to an interview. */
	public enum Action implements Labelled {
		EDIT("修改"), START("开始访谈"), END("结束访谈"), PUBLISH_TRANSCRIPT("公布实录");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** Where a citizen's question stands. */
	public enum QuestionStatus implements Labelled {
		PENDING("待审核"), ACCEPTED("已采纳"), REJECTED("未采纳");

		private final String label;

		QuestionStatus(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** What a responder can do to a question. */
	public enum QuestionAction implements Labelled {
		ACCEPT("采纳"), REJECT("不采纳"), ANSWER("录入答复");

		private final String label;

		QuestionAction(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** The table of allowed moves: the statuses an action leads from, and where it leads. */
	static final Transitions<Status, Action, Void> TABLE = Transitions.<Status, Action, Void>of(Status.class, Action.class)
		.stay(Action.EDIT, EnumSet.of(Status.SCHEDULED, Status.LIVE))
		.allow(Action.START, EnumSet.of(Status.SCHEDULED), Status.LIVE)
		.allow(Action.END, EnumSet.of(Status.LIVE), Status.ENDED)
		.stay(Action.PUBLISH_TRANSCRIPT, EnumSet.of(Status.LIVE, Status.ENDED))
		.build((from, action) -> "访谈当前状态为「" + from.label() + "」，不能执行「" + action.label() + "」操作");

	private InterviewLifecycle() {
	}

	/** The actions allowed from a status, in table order. */
	public static List<Action> actionsFrom(Status status) {
		return TABLE.actionsFrom(status);
	}

	/** Where the action leads from the status, if it is allowed there at all. */
	public static Optional<Status> target(Status from, Action action) {
		return TABLE.target(from, action);
	}

	/** A guest as typed: name, title (职务) and unit. */
	public record Guest(@Nullable String name, @Nullable String title, @Nullable String unit) {
	}

	/** Checks a new or edited interview's fields; refuses with every reason. */
	static void checkFields(@Nullable String title, @Nullable String description, boolean scheduled,
			List<Guest> guests) {
		var reasons = new Reasons();
		fields(title, description, scheduled, guests, reasons);
		reasons.throwIfAny(Refusal.Kind.INVALID);
	}

	private static void fields(@Nullable String title, @Nullable String description, boolean scheduled,
			List<Guest> guests, Reasons reasons) {
		Participation.INTERVIEW.checkTitle(title, description, reasons);
		if (!scheduled) {
			reasons.at("scheduledAt", "请填写访谈时间");
		}
		if (guests.isEmpty()) {
			reasons.at("guests", "请至少填写一位访谈嘉宾");
		}
		for (int i = 0; i < guests.size(); i++) {
			var g = guests.get(i);
			if (blank(g.name()) || blank(g.title()) || blank(g.unit())) {
				reasons.at("guests", "第 " + (i + 1) + " 位嘉宾须填写姓名、职务和单位");
			}
		}
	}

	/** 修改. */
	static void edit(Status status, @Nullable String title, @Nullable String description, boolean scheduled,
			List<Guest> guests) {
		var reasons = TABLE.check(status, Action.EDIT);
		fields(title, description, scheduled, guests, reasons);
		reasons.refuse();
	}

	/** 开始访谈. */
	static Status start(Status status) {
		TABLE.check(status, Action.START).refuse();
		return Status.LIVE;
	}

	/** 结束访谈. */
	static Status end(Status status) {
		TABLE.check(status, Action.END).refuse();
		return Status.ENDED;
	}

	/** 公布实录: once, with at least one answered question. */
	static void publishTranscript(Status status, boolean alreadyPublished, long answered) {
		var reasons = TABLE.check(status, Action.PUBLISH_TRANSCRIPT);
		if (reasons.stateAllows() && alreadyPublished) {
			reasons.add("访谈实录已公布，无需重复公布");
		}
		if (reasons.stateAllows() && answered == 0) {
			reasons.add("尚无已答复的网民提问，不能公布实录");
		}
		reasons.refuse();
	}

	/** Whether a citizen's question is accepted now; the reason why not, in Chinese. */
	static Optional<String> refuseQuestion(Status status) {
		return status == Status.ENDED ? Optional.of("访谈已结束，不再接受网民提问") : Optional.empty();
	}

	/** 录入答复 waits for the interview to begin. */
	private static final Guard<Status> NOT_STARTED = Guard.of(interview -> interview == Status.SCHEDULED,
			"访谈尚未开始，不能录入答复");

	/** The question table; its facts are the interview's status. */
	static final Transitions<QuestionStatus, QuestionAction, Status> QUESTIONS = Transitions
		.<QuestionStatus, QuestionAction, Status>of(QuestionStatus.class, QuestionAction.class)
		.allow(QuestionAction.ACCEPT, EnumSet.of(QuestionStatus.PENDING), QuestionStatus.ACCEPTED)
		.allow(QuestionAction.REJECT, EnumSet.of(QuestionStatus.PENDING), QuestionStatus.REJECTED)
		.stay(QuestionAction.ANSWER, EnumSet.of(QuestionStatus.ACCEPTED), NOT_STARTED)
		.build((from, action) -> "提问当前状态为「" + from.label() + "」，不能执行「" + action.label() + "」操作");

	/** The actions a responder may take on a question now, for the console to offer. */
	public static List<QuestionAction> questionActions(QuestionStatus question, Status interview) {
		return QUESTIONS.actionsFrom(question, interview);
	}

	/** 采纳 / 不采纳 a question waiting for moderation. */
	static QuestionStatus moderate(QuestionStatus question, QuestionAction action) {
		if (action == QuestionAction.ANSWER) {
			throw new IllegalArgumentException("录入答复 is not a moderation");
		}
		return QUESTIONS.fire(question, action, Status.LIVE, Refusal.Kind.CONFLICT);
	}

	/** 录入答复: an accepted question, while the interview is on or after it, by one of its guests. */
	static void answer(Status interview, QuestionStatus question, @Nullable String answer, boolean guestOfInterview) {
		var reasons = QUESTIONS.check(question, QuestionAction.ANSWER);
		boolean started = !NOT_STARTED.refuses().test(interview);
		if (!started) {
			reasons.add(NOT_STARTED.sentence().apply(interview));
		}
		if (blank(answer)) {
			reasons.add("请填写答复内容");
		}
		if (!guestOfInterview) {
			reasons.add("请选择作答的访谈嘉宾");
		}
		reasons.throwIfAny(reasons.stateAllows() && started ? Refusal.Kind.INVALID : Refusal.Kind.CONFLICT);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
