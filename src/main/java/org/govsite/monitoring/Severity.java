package org.govsite.monitoring;

import org.govsite.shared.Labelled;

/** How grave a finding is: 严重 (a veto item or an attack), 一般, 提示. */
public enum Severity implements Labelled {
	SERIOUS("严重"), GENERAL("一般"), HINT("提示");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
