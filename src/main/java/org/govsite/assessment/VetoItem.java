package org.govsite.assessment;

import org.govsite.shared.Labelled;

/** The single-veto items (单项否决) of the national inspection indicators: any one makes a site unqualified. */
public enum VetoItem implements Labelled {

	/** 安全、保密事故: serious wording errors, secrets, illegal content, unhandled attacks, forged publication dates. */
	SECURITY("安全、保密事故"),
	/** 站点无法访问: ≥ 5 % of a week's home-page visits fail to open within 15 seconds. */
	UNREACHABLE("站点无法访问"),
	/** 首页不更新: nothing new on the home page for 2 weeks. */
	HOME_NOT_UPDATED("首页不更新"),
	/** 栏目不更新: ≥ 5 overdue dynamic/first-level notice and policy columns, ≥ 10 long-stale, or ≥ 5 empty. */
	COLUMNS_NOT_UPDATED("栏目不更新"),
	/** 互动回应差: no working channel, or a consultation left unanswered > 3 months within the last year. */
	POOR_INTERACTION("互动回应差"),
	/** 服务不实用: no online services, or service guides missing key elements. */
	SERVICES_NOT_PRACTICAL("服务不实用");

	private final String label;

	VetoItem(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
