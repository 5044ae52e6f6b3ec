package org.govsite.content;

import org.govsite.shared.Labelled;

/** A special topic's life (Art. 16): 筹备 → 进行中 → 已归档. Archived topics stay readable and are exempt from deadlines. */
public enum TopicStatus implements Labelled {

	PREPARING("筹备"),
	ACTIVE("进行中"),
	ARCHIVED("已归档");

	private final String label;

	TopicStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
