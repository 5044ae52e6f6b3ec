package org.govsite.content;

import org.govsite.shared.Labelled;

/** The actions of 三审; {@link ReviewWorkflow}'s table says from which state each may be taken, by whom, and where it leads. */
public enum ReviewAction implements Labelled {

	SUBMIT("提交审核"),
	APPROVE("审核通过"),
	RETURN("退回修改"),
	PUBLISH("立即发布"),
	WITHDRAW("撤回"),
	URGENT_PUBLISH("紧急发布"),
	/** 补审: a review step owed by an urgently published article; API clients may also send {@link #APPROVE}. */
	POST_REVIEW("补审"),
	/** 修改: saving a new revision (through the article's edit, not as a review action) returns it to 草稿. */
	EDIT("修改");

	private final String label;

	ReviewAction(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
