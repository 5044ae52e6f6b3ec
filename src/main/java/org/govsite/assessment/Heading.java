package org.govsite.assessment;

import org.govsite.shared.Labelled;

/** The four headings of the deduction items (扣分指标); each heading's deductions stop at its points. */
public enum Heading implements Labelled {

	PUBLISHING("发布解读"), SERVICE("办事服务"), INTERACTION("互动交流"), FUNCTION("功能设计");

	private final String label;

	Heading(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
