package org.govsite.interaction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.govsite.shared.Refusal;
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
	public enum Status {
		SCHEDULED("预告"), LIVE("进行中"), ENDED("已结束");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** What a responder can do to an interview. */
	public enum Action {
		EDIT("修改"), START("开始访谈"), END("结束访谈"), PUBLISH_TRANSCRIPT("公布实录");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** Where a citizen's question stands. */
	public enum QuestionStatus {
		PENDING("待审核"), ACCEPTED("已采纳"), REJECTED("未采纳");

		private final String label;

		QuestionStatus(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** What a responder can do to a question. */
	public enum QuestionAction {
		ACCEPT("采纳"), REJECT("不采纳"), ANSWER("录入答复");

		private final String label;

		QuestionAction(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	private static final Map<Action, Set<Status>> FROM = new EnumMap<>(Action.class);
	private static final Map<Action, Status> TO = new EnumMap<>(Action.class);

	static {
		allow(Action.EDIT, EnumSet.of(Status.SCHEDULED, Status.LIVE), null);
		allow(Action.START, EnumSet.of(Status.SCHEDULED), Status.LIVE);
		allow(Action.END, EnumSet.of(Status.LIVE), Status.ENDED);
		allow(Action.PUBLISH_TRANSCRIPT, EnumSet.of(Status.LIVE, Status.ENDED), null);
	}

	private static void allow(Action action, Set<Status> from, @Nullable Status to) {
		FROM.put(action, EnumSet.copyOf(from));
		if (to != null) {
			TO.put(action, to);
		}
	}

	private InterviewLifecycle() {
	}

	/** The actions allowed from a status, in table order. */
	public static List<Action> actionsFrom(Status status) {
		return FROM.entrySet().stream().filter(e -> e.getValue().contains(status)).map(Map.Entry::getKey).toList();
	}

	/** Where the action leads from the status, if it is allowed there at all. */
	public static Optional<Status> target(Status from, Action action) {
		return FROM.get(action).contains(from) ? Optional.of(TO.getOrDefault(action, from)) : Optional.empty();
	}

	static String notAllowed(Status from, Action action) {
		return "访谈当前状态为「" + from.label() + "」，不能执行「" + action.label() + "」操作";
	}

	/** A guest as typed: name, title (职务) and unit. */
	public record Guest(@Nullable String name, @Nullable String title, @Nullable String unit) {
	}

	/** Checks a new or edited interview's fields; refuses with every reason. */
	static void checkFields(@Nullable String title, @Nullable String description, boolean scheduled,
			List<Guest> guests) {
		var reasons = new ArrayList<String>();
		fields(title, description, scheduled, guests, reasons);
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
	}

	private static void fields(@Nullable String title, @Nullable String description, boolean scheduled,
			List<Guest> guests, List<String> reasons) {
		if (title == null || title.isBlank()) {
			reasons.add("请填写访谈标题");
		}
		else if (title.codePointCount(0, title.length()) > 200) {
			reasons.add("访谈标题不能超过 200 个字");
		}
		if (description == null || description.isBlank()) {
			reasons.add("请填写访谈简介");
		}
		if (!scheduled) {
			reasons.add("请填写访谈时间");
		}
		if (guests.isEmpty()) {
			reasons.add("请至少填写一位访谈嘉宾");
		}
		for (int i = 0; i < guests.size(); i++) {
			var g = guests.get(i);
			if (blank(g.name()) || blank(g.title()) || blank(g.unit())) {
				reasons.add("第 " + (i + 1) + " 位嘉宾须填写姓名、职务和单位");
			}
		}
	}

	/** 修改. */
	static void edit(Status status, @Nullable String title, @Nullable String description, boolean scheduled,
			List<Guest> guests) {
		var reasons = new Reasons(status, Action.EDIT);
		fields(title, description, scheduled, guests, reasons.list);
		reasons.refuse();
	}

	/** 开始访谈. */
	static Status start(Status status) {
		new Reasons(status, Action.START).refuse();
		return Status.LIVE;
	}

	/** 结束访谈. */
	static Status end(Status status) {
		new Reasons(status, Action.END).refuse();
		return Status.ENDED;
	}

	/** 公布实录: once, with at least one answered question. */
	static void publishTranscript(Status status, boolean alreadyPublished, long answered) {
		var reasons = new Reasons(status, Action.PUBLISH_TRANSCRIPT);
		if (reasons.allowed && alreadyPublished) {
			reasons.add("访谈实录已公布，无需重复公布");
		}
		if (reasons.allowed && answered == 0) {
			reasons.add("尚无已答复的网民提问，不能公布实录");
		}
		reasons.refuse();
	}

	/** Whether a citizen's question is accepted now; the reason why not, in Chinese. */
	static Optional<String> refuseQuestion(Status status) {
		return status == Status.ENDED ? Optional.of("访谈已结束，不再接受网民提问") : Optional.empty();
	}

	static String questionNotAllowed(QuestionStatus from, QuestionAction action) {
		return "提问当前状态为「" + from.label() + "」，不能执行「" + action.label() + "」操作";
	}

	/** 采纳 / 不采纳 a question waiting for moderation. */
	static QuestionStatus moderate(QuestionStatus question, QuestionAction action) {
		if (question != QuestionStatus.PENDING) {
			throw Refusal.conflict(questionNotAllowed(question, action));
		}
		return action == QuestionAction.ACCEPT ? QuestionStatus.ACCEPTED : QuestionStatus.REJECTED;
	}

	/** 录入答复: an accepted question, while the interview is on or after it, by one of its guests. */
	static void answer(Status interview, QuestionStatus question, @Nullable String answer, boolean guestOfInterview) {
		var reasons = new ArrayList<String>();
		boolean allowed = question == QuestionStatus.ACCEPTED;
		if (!allowed) {
			reasons.add(questionNotAllowed(question, QuestionAction.ANSWER));
		}
		if (interview == Status.SCHEDULED) {
			allowed = false;
			reasons.add("访谈尚未开始，不能录入答复");
		}
		if (blank(answer)) {
			reasons.add("请填写答复内容");
		}
		if (!guestOfInterview) {
			reasons.add("请选择作答的访谈嘉宾");
		}
		Refusal.throwIfAny(allowed ? Refusal.Kind.INVALID : Refusal.Kind.CONFLICT, reasons);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static final class Reasons {

		final List<String> list = new ArrayList<>();
		final boolean allowed;

		Reasons(Status status, Action action) {
			this.allowed = target(status, action).isPresent();
			if (!allowed) {
				list.add(notAllowed(status, action));
			}
		}

		void add(String reason) {
			list.add(reason);
		}

		void refuse() {
			Refusal.throwIfAny(allowed ? Refusal.Kind.INVALID : Refusal.Kind.CONFLICT, list);
		}
	}
}
