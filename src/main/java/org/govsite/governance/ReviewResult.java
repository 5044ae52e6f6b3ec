package org.govsite.governance;

import org.govsite.shared.Labelled;

/** The Big Data Center's conclusion on a vendor (Art. 19: 报大数据中心审核). */
public enum ReviewResult implements Labelled {
	PASSED("合格"), BASICALLY_PASSED("基本合格"), FAILED("不合格");

	private final String label;

	ReviewResult(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
