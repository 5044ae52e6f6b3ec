package org.govsite.disclosure;

import org.govsite.shared.Labelled;

/** The form in which the applicant wants the information (Art. 29 (三)). */
public enum PreferredForm implements Labelled {
	PAPER("纸质"), ELECTRONIC("电子数据");

	private final String label;

	PreferredForm(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
