package org.govsite.site;

import org.govsite.shared.Labelled;

/** Where a site stands in its life (see {@link SiteLifecycle} for the allowed moves). */
public enum SiteStatus implements Labelled {

	APPLIED("申请中"),
	APPROVED("已批准"),
	RUNNING("运行中"),
	CLOSING("关停公示中"),
	CLOSED("已关停"),
	MERGED("已整合");

	private final String label;

	SiteStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** A site that still exists for the public or is on its way there. */
	public boolean isActive() {
		return this != CLOSED && this != MERGED;
	}
}
