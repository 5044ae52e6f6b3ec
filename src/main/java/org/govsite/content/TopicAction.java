package org.govsite.content;

import java.util.EnumSet;

import org.govsite.shared.Labelled;
import org.govsite.shared.Transitions;

/** What a site administrator does to a special topic (Art. 16); {@link #TABLE} says from which status. */
public enum TopicAction implements Labelled {

	START("启动专题"),
	/** With a reason; the topic stays readable and its columns leave the update checks. */
	ARCHIVE("归档专题");

	/** 筹备 →启动专题→ 进行中 →归档专题→ 已归档. */
	static final Transitions<TopicStatus, TopicAction, Void> TABLE = Transitions
		.<TopicStatus, TopicAction, Void>of(TopicStatus.class, TopicAction.class)
		.allow(START, EnumSet.of(TopicStatus.PREPARING), TopicStatus.ACTIVE)
		.allow(ARCHIVE, EnumSet.of(TopicStatus.ACTIVE), TopicStatus.ARCHIVED)
		.build((from, action) -> "专题当前状态为「" + from.label() + "」，不能" + action.label());

	private final String label;

	TopicAction(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
