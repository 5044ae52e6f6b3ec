package org.govsite.proofreading;

/** How much a finding matters, most serious first. */
public enum Severity {

	/** 严重: must be corrected before publication (banned words, unmasked personal data). */
	SERIOUS("严重"),
	/** 一般: very likely wrong; an editor should correct it or confirm it. */
	WARNING("一般"),
	/** 提示: worth a second look. */
	HINT("提示");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
