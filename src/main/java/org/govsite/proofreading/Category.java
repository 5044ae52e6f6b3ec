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
	/** 国名: the country's name, a protected name. */
	COUNTRY_NAME("国名"),
	/** 涉赌: gambling promotion (the injected-keyword attack on government sites, and gambling words). */
	GAMBLING("涉赌信息"),
	/** 涉黄: pornography promotion. */
	PORNOGRAPHY("涉黄信息"),
	/**
	 * 黑帽SEO: keyword chains, names replaced by chains, keyword-stuffed headings. Only reported by the injection
	 * detector, never a dictionary entry.
	 */
	SEO_INJECTION("黑帽SEO注入"),
	/**
	 * 严重表述错误 (a veto item): a protected name written with a same-sound or similar-shape character, a slip of a
	 * fixed political phrase, a removed official given a current title.
	 */
	SERIOUS_WORDING("严重表述错误"),
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
