package org.govsite.interaction;

/** The national problem types of 我为政府网站找错. */
public enum ProblemType {

	INACCESSIBLE("内容无法访问"),
	NOT_UPDATED("信息不更新"),
	INACCURATE("内容不准确"),
	UNANSWERED("咨询留言不回复"),
	TYPO("错别字"),
	FALSIFIED("虚假伪造内容"),
	OTHER("其他");

	private final String label;

	ProblemType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
