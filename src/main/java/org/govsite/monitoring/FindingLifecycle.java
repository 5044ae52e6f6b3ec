package org.govsite.monitoring;

import java.util.EnumSet;

import org.govsite.shared.Labelled;
import org.govsite.shared.Transitions;
import org.govsite.shared.Transitions.Guard;

/**
 * The one table of a finding's life (监测问题):
 *
 * <pre>
 * 待处理 →确认→ 已确认 →已整改 (re-check passes)→ 已整改
 * 待处理/已确认 →误报 (with a reason)→ 误报 (remembered: the same problem never opens again)
 * 已整改 →重新出现 (a later scan finds it again)→ 待处理
 * </pre>
 */
public final class FindingLifecycle {

	private FindingLifecycle() {
	}

	/** Where a finding stands. */
	public enum Status implements Labelled {
		OPEN("待处理"), CONFIRMED("已确认"), FALSE_POSITIVE("误报"), FIXED("已整改");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}

		/** Still asks for action (counted on the board). */
		public boolean open() {
			return this == OPEN || this == CONFIRMED;
		}
	}

	/** What a duty officer or site administrator does to a finding; {@code REAPPEAR} is the scanner's. */
	public enum Action implements Labelled {
		CONFIRM("确认"), FALSE_POSITIVE("标记误报"), FIX("已整改"), REAPPEAR("重新出现");

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
	 * @param commentGiven the actor wrote a reason
	 * @param recheckPassed a re-check just made finds the problem gone (only asked for {@code FIX})
	 * @param recheckOutcome what the re-check saw, for the sentence
	 */
	public record Facts(boolean commentGiven, boolean recheckPassed, String recheckOutcome) {
	}

	static final Guard<Facts> REASON_FOR_FALSE_POSITIVE = Guard.of(f -> !f.commentGiven(), "标记误报须填写理由");
	static final Guard<Facts> RECHECK_PASSES = Guard.of(f -> !f.recheckPassed(),
			f -> "复查仍发现该问题（" + f.recheckOutcome() + "），不能标记为已整改");

	public static final Transitions<Status, Action, Facts> TABLE = Transitions.<Status, Action, Facts>of(Status.class,
			Action.class)
		.allow(Action.CONFIRM, EnumSet.of(Status.OPEN), Status.CONFIRMED)
		.allow(Action.FALSE_POSITIVE, EnumSet.of(Status.OPEN, Status.CONFIRMED), Status.FALSE_POSITIVE,
				REASON_FOR_FALSE_POSITIVE)
		.allow(Action.FIX, EnumSet.of(Status.OPEN, Status.CONFIRMED), Status.FIXED, RECHECK_PASSES)
		.allow(Action.REAPPEAR, EnumSet.of(Status.FIXED), Status.OPEN)
		.build((from, action) -> "问题当前状态为「" + from.label() + "」，不能执行「" + action.label() + "」");
}
