package org.govsite.disclosure;

import org.govsite.shared.Labelled;

/** Who asks (Art. 29): a natural person or a legal person / other organisation. */
public enum ApplicantKind implements Labelled {
	PERSON("公民"), ORGANISATION("法人或者其他组织");

	private final String label;

	ApplicantKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
