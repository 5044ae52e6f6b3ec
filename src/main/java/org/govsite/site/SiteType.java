package org.govsite.site;

/** The four kinds of site on the platform (Art. 6, 17). */
public enum SiteType {

	PORTAL("政府门户网站"),
	DEPARTMENT("部门网站"),
	SPECIAL("专项网站"),
	/** 非政府网站: voluntary users of the platform, excluded from government-site assessments (Art. 17). */
	NON_GOVERNMENT("非政府网站");

	private final String label;

	SiteType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isGovernment() {
		return this != NON_GOVERNMENT;
	}
}
