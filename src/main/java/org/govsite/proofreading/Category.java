package org.govsite.proofreading;

/** What kind of problem a finding is (the categories of the national inspection rules, §4). */
public enum Category {

	TYPO("错别字/常见错误"),
	SENSITIVE_WORD("敏感词"),
	BANNED_WORD("禁用词"),
	LEADER_NAME("领导人姓名"),
	INSTITUTION_NAME("机构名称"),
	FALLEN_OFFICIAL("落马官员"),
	ADMINISTRATIVE_DIVISION("行政区划"),
	/** Only reported by the built-in detectors (ID, mobile and bank card numbers), never a dictionary entry. */
	PRIVACY("隐私信息");

	private final String label;

	Category(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
