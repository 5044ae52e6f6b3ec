package org.govsite.governance;

import java.util.Set;

import org.govsite.shared.Labelled;
import org.govsite.shared.Text;
import org.govsite.shared.Transitions;
import org.govsite.shared.Transitions.Guard;
import org.jspecify.annotations.Nullable;

/**
 * The one table of a coordination meeting's follow-up action (Art. 25): 未完成 →办结→ 已办结, or →取消→ 已取消 (a reason
 * required). Closed actions stay closed.
 */
public final class FollowUpLifecycle {

	private FollowUpLifecycle() {
	}

	public enum Status implements Labelled {
		OPEN("未完成"), DONE("已办结"), CANCELLED("已取消");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	public enum Action implements Labelled {
		COMPLETE("办结"), CANCEL("取消");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** What the guards read: the note typed with the action. */
	public record Facts(@Nullable String note) {
	}

	static final Transitions<Status, Action, Facts> TABLE = Transitions.<Status, Action, Facts>of(Status.class, Action.class)
		.allow(Action.COMPLETE, Set.of(Status.OPEN), Status.DONE)
		.allow(Action.CANCEL, Set.of(Status.OPEN), Status.CANCELLED,
				Guard.of(f -> Text.visiblyBlank(f.note()), "取消跟进事项须写明原因"))
		.build((from, action) -> "跟进事项当前状态为「" + from.label() + "」，不能" + action.label());

	/** The actions a template may offer for an action in this state. */
	public static java.util.List<Action> actionsFrom(Status status) {
		return TABLE.actionsFrom(status);
	}
}
