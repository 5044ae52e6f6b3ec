package org.govsite.services;

/** Whom a service item serves (服务对象). */
public enum ServiceObject {

	NATURAL_PERSON("自然人"), LEGAL_PERSON("法人"), BOTH("自然人、法人");

	private final String label;

	ServiceObject(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
