package org.govsite.content;

import org.govsite.shared.Labelled;

/** Where an article's working revision stands in 三审 (Art. 10). See {@link ReviewWorkflow} for the allowed moves. */
public enum ArticleState implements Labelled {

	DRAFT("草稿"),
	FIRST_REVIEW("待初审"),
	SECOND_REVIEW("待复审"),
	/** 终审: important information only. */
	FINAL_REVIEW("待终审"),
	SCHEDULED("已排期"),
	PUBLISHED("已发布"),
	WITHDRAWN("已撤回");

	private final String label;

	ArticleState(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	public boolean inReview() {
		return this == FIRST_REVIEW || this == SECOND_REVIEW || this == FINAL_REVIEW;
	}
}
