package org.govsite.monitoring;

import java.util.EnumSet;

import org.govsite.shared.Labelled;
import org.govsite.shared.Transitions;
import org.govsite.shared.Transitions.Guard;

/**
 * The one table of an availability incident's life (故障事件):
 *
 * <pre>
 * (N consecutive failed probes) → 发生中 →响应→ 处置中 →恢复→ 已恢复
 * 发生中 →恢复→ 已恢复;  发生中/处置中: 记录处置 (a note on the timeline)
 * </pre>
 */
public final class IncidentLifecycle {

	private IncidentLifecycle() {
	}

	public enum Status implements Labelled {
		OPEN("发生中"), ACKNOWLEDGED("处置中"), CLOSED("已恢复");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** What the incident is about; each cause is closed by its own evidence. */
	public enum Cause implements Labelled {
		/** 网站无法访问: opened by consecutive failed probes, closed by a probe that succeeds. */
		AVAILABILITY("网站无法访问"),
		/** 网页篡改: opened by a tamper check, closed when every file matches the manifest again. */
		TAMPER("网页篡改");

		private final String label;

		Cause(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	public enum Action implements Labelled {
		ACKNOWLEDGE("响应"), NOTE("记录处置"), RECOVER("恢复");

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
	 * @param noteGiven the actor wrote something
	 * @param recovered the cause is gone: the latest probe of the site succeeded, or no tampered file is left
	 * @param cause what the incident is about
	 */
	public record Facts(boolean noteGiven, boolean recovered, Cause cause) {
	}

	public static final Transitions<Status, Action, Facts> TABLE = Transitions.<Status, Action, Facts>of(Status.class,
			Action.class)
		.allow(Action.ACKNOWLEDGE, EnumSet.of(Status.OPEN), Status.ACKNOWLEDGED)
		.stay(Action.NOTE, EnumSet.of(Status.OPEN, Status.ACKNOWLEDGED),
				Guard.of(f -> !f.noteGiven(), "记录处置须填写处置情况"))
		.allow(Action.RECOVER, EnumSet.of(Status.OPEN, Status.ACKNOWLEDGED), Status.CLOSED,
				Guard.of(f -> !f.recovered(), f -> f.cause() == Cause.TAMPER ? "网站仍有未恢复的被篡改文件，不能标记为已恢复"
						: "最近一次探测仍无法访问，不能标记为已恢复"))
		.build((from, action) -> "故障当前状态为「" + from.label() + "」，不能执行「" + action.label() + "」");
}
