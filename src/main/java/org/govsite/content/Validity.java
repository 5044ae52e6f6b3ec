package org.govsite.content;

/** 有效性 of a policy document. */
public enum Validity {

	VALID("有效"),
	EXPIRED("失效"),
	REPEALED("废止");

	private final String label;

	Validity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
