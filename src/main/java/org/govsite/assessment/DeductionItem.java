package org.govsite.assessment;

import org.govsite.shared.Labelled;

/**
 * The deduction items (扣分指标) with their default points per occurrence and per-item cap, seeded from the national
 * indicators and the published 2019 self-check (not every value is verified: each is a setting,
 * {@code govsite.assessment.points.<ITEM>} and {@code govsite.assessment.caps.<ITEM>}). A problem is counted under one
 * item only: a column stale or empty is counted once, under the first item that takes it.
 */
public enum DeductionItem implements Labelled {

	/** 政策文件类一级栏目 6 个月未更新: −5 (seen in a published self-check). */
	POLICY_COLUMN_STALE(Heading.PUBLISHING, "政策文件、通知公告类一级栏目超过 6 个月未更新", 5, 10),
	DYNAMIC_COLUMN_STALE(Heading.PUBLISHING, "动态要闻类栏目超过 2 周未更新", 2, 10),
	REGULAR_COLUMN_STALE(Heading.PUBLISHING, "应更新栏目超期未更新", 1, 10),
	EMPTY_COLUMN(Heading.PUBLISHING, "空白栏目", 2, 10),
	GUIDE_MISSING_ELEMENTS(Heading.SERVICE, "办事指南要素不全", 1, 10),
	/** 我为政府网站找错: 3 points for each report not closed. */
	ERROR_REPORT_OPEN(Heading.INTERACTION, "网民纠错留言超期未办结", 3, 12),
	/** 我为政府网站找错: 2 points for each report closed late. */
	ERROR_REPORT_LATE(Heading.INTERACTION, "网民纠错留言逾期办结", 2, 8),
	MESSAGE_OVERDUE(Heading.INTERACTION, "咨询建议类留言超过办理时限", 1, 10),
	/** 留言答复 2 个月未更新: −3 (seen in a published self-check). */
	REPLIES_NOT_UPDATED(Heading.INTERACTION, "留言答复超过 2 个月未更新", 3, 3),
	/** The 2015 rule: −1 per broken link on the home page. */
	HOME_BROKEN_LINK(Heading.FUNCTION, "首页链接不可用", 1, 10),
	/** The 2015 rule: −0.1 per broken link on other pages. */
	PAGE_BROKEN_LINK(Heading.FUNCTION, "其他页面链接不可用", 0.1, 5);

	private final Heading heading;
	private final String label;
	private final double defaultPoints;
	private final double defaultCap;

	DeductionItem(Heading heading, String label, double defaultPoints, double defaultCap) {
		this.heading = heading;
		this.label = label;
		this.defaultPoints = defaultPoints;
		this.defaultCap = defaultCap;
	}

	public Heading heading() {
		return heading;
	}

	@Override
	public String label() {
		return label;
	}

	double defaultPoints() {
		return defaultPoints;
	}

	double defaultCap() {
		return defaultCap;
	}
}
