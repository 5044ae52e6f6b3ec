package org.govsite.interaction;

import org.govsite.shared.Labelled;

/** 满意度评价: how the citizen judged the answer to a message. */
public enum Satisfaction implements Labelled {
	SATISFIED("满意"), BASIC("基本满意"), UNSATISFIED("不满意");

	private final String label;

	Satisfaction(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Counted as satisfied in 满意率. */
	public boolean content() {
		return this != UNSATISFIED;
	}
}
