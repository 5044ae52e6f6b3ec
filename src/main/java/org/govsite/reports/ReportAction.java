package org.govsite.reports;

import org.govsite.shared.Labelled;

/** What can be done to an annual report form; {@link #EDIT} and {@link #RECOMPUTE} stay in 草稿. */
public enum ReportAction implements Labelled {

	EDIT("修改"), RECOMPUTE("重新取数"), SUBMIT("审核通过"), RETURN("退回修改"), PUBLISH("发布"), CORRECT("更正");

	private final String label;

	ReportAction(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Actions the form's buttons offer (editing and recomputing have their own). */
	public boolean transition() {
		return this != EDIT && this != RECOMPUTE;
	}
}
