package org.govsite.rectification;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.govsite.shared.Labelled;
import org.govsite.shared.Transitions;
import org.govsite.shared.Transitions.Guard;

/**
 * The one table of a rectification notice (Art. 24): 整改中 →提交核验→ 待核验 →核验通过→ 已办结, or →退回重改→ 整改中;
 * an overdue notice is 催办 (reminded) and, after enough reminders, the unit is 约谈 (interviewed, the record kept) and
 * stays under rectification until verified.
 */
public final class RectificationLifecycle {

	private RectificationLifecycle() {
	}

	public enum Status implements Labelled {
		ISSUED("整改中"), SUBMITTED("待核验"), INTERVIEWED("已约谈，整改中"), CLOSED("已办结");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}

		public boolean open() {
			return this != CLOSED;
		}
	}

	public enum Action implements Labelled {
		ANSWER("答复整改项"), SUBMIT("提交核验"), VERIFY("核验通过"), RETURN("退回重改"), REMIND("催办"), INTERVIEW("约谈");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/**
	 * What the guards read.
	 *
	 * @param unanswered         items without an answer and evidence
	 * @param answerGiven        the answer being given has text and evidence (ANSWER)
	 * @param commentGiven       a comment (RETURN) or an interview record (INTERVIEW) was written
	 * @param overdue            the deadline has passed
	 * @param reminders          reminders already sent
	 * @param remindersNeeded    reminders required before an interview
	 * @param recheckProblems    items a fresh re-check still finds (VERIFY)
	 */
	public record Facts(int unanswered, boolean answerGiven, boolean commentGiven, boolean overdue, int reminders,
			int remindersNeeded, List<String> recheckProblems) {
	}

	private static final Set<Status> WORKING = EnumSet.of(Status.ISSUED, Status.INTERVIEWED);

	static final Transitions<Status, Action, Facts> TABLE = Transitions.<Status, Action, Facts>of(Status.class, Action.class)
		.stay(Action.ANSWER, WORKING, Guard.of(f -> !f.answerGiven(), "请填写整改情况并提供整改佐证"))
		.allow(Action.SUBMIT, WORKING, Status.SUBMITTED,
				Guard.of(f -> f.unanswered() > 0, f -> "还有 " + f.unanswered() + " 项整改未答复，不能提交核验"))
		.allow(Action.VERIFY, Set.of(Status.SUBMITTED), Status.CLOSED,
				Guard.of(f -> !f.recheckProblems().isEmpty(), f -> "复查仍发现问题：" + String.join("；", f.recheckProblems())))
		.allow(Action.RETURN, Set.of(Status.SUBMITTED), Status.ISSUED, Guard.of(f -> !f.commentGiven(), "退回重改须写明原因"))
		.stay(Action.REMIND, WORKING, Guard.of(f -> !f.overdue(), "整改尚未超期，不能催办"))
		.allow(Action.INTERVIEW, Set.of(Status.ISSUED), Status.INTERVIEWED,
				Guard.of(f -> !f.overdue(), "整改尚未超期，不能约谈"),
				Guard.of(f -> f.reminders() < f.remindersNeeded(),
						f -> "已催办 " + f.reminders() + " 次，催办 " + f.remindersNeeded() + " 次仍未整改才能约谈"),
				Guard.of(f -> !f.commentGiven(), "约谈须记录约谈情况"))
		.build((from, action) -> "整改通知当前为「" + from.label() + "」，不能「" + action.label() + "」");

	public static List<Action> actionsFrom(Status status) {
		return TABLE.actionsFrom(status);
	}
}
