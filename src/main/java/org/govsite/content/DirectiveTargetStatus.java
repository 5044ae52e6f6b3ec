package org.govsite.content;

import java.util.EnumSet;

import org.govsite.shared.Labelled;
import org.govsite.shared.Transitions;

/** Where one target site stands with a headline directive (头条发布指令, Art. 10): 待处理 → 已采用 or 未采用. */
public enum DirectiveTargetStatus implements Labelled {

	PENDING("待处理"), ADOPTED("已采用"), DECLINED("未采用");

	/** What the target site's editor does with the directive. */
	enum Action implements Labelled {
		/** The directive becomes a draft article of the site, which then follows 三审. */
		ADOPT("采用"),
		/** With a reason. */
		DECLINE("不采用");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** Each target answers once. */
	static final Transitions<DirectiveTargetStatus, Action, Void> TABLE = Transitions
		.<DirectiveTargetStatus, Action, Void>of(DirectiveTargetStatus.class, Action.class)
		.allow(Action.ADOPT, EnumSet.of(PENDING), ADOPTED)
		.allow(Action.DECLINE, EnumSet.of(PENDING), DECLINED)
		.build((from, action) -> "该网站已处理过此指令");

	private final String label;

	DirectiveTargetStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
