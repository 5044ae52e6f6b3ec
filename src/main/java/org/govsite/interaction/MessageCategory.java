package org.govsite.interaction;

/**
 * The kinds of message and their default time limits in working days (configurable under
 * {@code govsite.interaction.deadlines.*}).
 */
public enum MessageCategory {

	/** 我为政府网站找错 (national rules): 3 working days. */
	ERROR_REPORT("我为政府网站找错", 3),
	/** 咨询: 7 working days. */
	CONSULTATION("咨询", 7),
	/** 建议: 7 working days. */
	SUGGESTION("建议", 7),
	/** 投诉: 15 working days. */
	COMPLAINT("投诉", 15),
	/** 需查证办理: 15 working days. */
	VERIFICATION("需查证办理", 15);

	private final String label;
	private final int defaultWorkingDays;

	MessageCategory(String label, int defaultWorkingDays) {
		this.label = label;
		this.defaultWorkingDays = defaultWorkingDays;
	}

	public String label() {
		return label;
	}

	public int defaultWorkingDays() {
		return defaultWorkingDays;
	}
}
