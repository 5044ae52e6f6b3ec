package org.govsite.content;

/** What a column holds. */
public enum ColumnKind {

	LIST("信息列表"),
	SINGLE_PAGE("单页"),
	EXTERNAL_LINK("外部链接"),
	SERVICE("办事服务"),
	INTERACTION("互动交流");

	private final String label;

	ColumnKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Kinds whose content GovSite publishes, and which therefore can be empty or stale. */
	public boolean holdsArticles() {
		return this == LIST || this == SINGLE_PAGE;
	}
}
