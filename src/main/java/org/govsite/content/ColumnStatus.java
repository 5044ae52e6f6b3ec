package org.govsite.content;

/** A column's standing against its update deadline (computed, never stored). */
public enum ColumnStatus {

	NORMAL("正常"),
	DUE_SOON("即将超期"),
	OVERDUE("已超期"),
	/** No published content at all: an empty column is an inspection fault (Art. 8). */
	EMPTY("空白"),
	/** Exempt: update class 不考核, a column of an archived topic, or a kind that holds no articles. */
	EXEMPT("不考核");

	private final String label;

	ColumnStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
