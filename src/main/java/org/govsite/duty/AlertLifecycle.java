package org.govsite.duty;

import java.util.EnumSet;

import org.govsite.shared.Labelled;
import org.govsite.shared.Transitions;
import org.govsite.shared.Transitions.Guard;

/**
 * The one table of a duty alert's life:
 *
 * <pre>
 * 待确认 →确认→ 已确认;  待确认 →升级 (past the acknowledgement time)→ 已升级 →确认→ 已确认
 * 待确认/已升级 →解除 (the incident recovered or the finding was handled)→ 已解除
 * </pre>
 */
public final class AlertLifecycle {

	private AlertLifecycle() {
	}

	public enum Status implements Labelled {
		PENDING("待确认"), ESCALATED("已升级"), ACKNOWLEDGED("已确认"), RESOLVED("已解除");

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
		ACKNOWLEDGE("确认"), ESCALATE("升级"), RESOLVE("解除");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** @param overdue the acknowledgement time has passed */
	public record Facts(boolean overdue) {
	}

	public static final Transitions<Status, Action, Facts> TABLE = Transitions.<Status, Action, Facts>of(Status.class,
			Action.class)
		.allow(Action.ACKNOWLEDGE, EnumSet.of(Status.PENDING, Status.ESCALATED), Status.ACKNOWLEDGED)
		.allow(Action.ESCALATE, EnumSet.of(Status.PENDING), Status.ESCALATED,
				Guard.of(f -> !f.overdue(), "尚未超过确认时限，不能升级"))
		.allow(Action.RESOLVE, EnumSet.of(Status.PENDING, Status.ESCALATED), Status.RESOLVED)
		.build((from, action) -> "告警当前状态为「" + from.label() + "」，不能执行「" + action.label() + "」");
}
