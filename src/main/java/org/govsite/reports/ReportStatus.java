package org.govsite.reports;

import org.govsite.shared.Labelled;

/** Where an annual report form stands. */
public enum ReportStatus implements Labelled {

	DRAFT("草稿"), SUBMITTED("已审核"), PUBLISHED("已发布");

	private final String label;

	ReportStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
