package org.govsite.site;

import org.govsite.shared.Labelled;

/** The lifecycle actions; {@link SiteLifecycle} says from which status each may be taken and where it leads. */
public enum SiteAction implements Labelled {

	APPROVE("批准"),
	OPEN("开通运行"),
	ANNOUNCE_CLOSURE("发布关停公示"),
	CLOSE("关停"),
	MERGE("整合到门户网站"),
	REAPPLY("重新申请开设");

	private final String label;

	SiteAction(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
