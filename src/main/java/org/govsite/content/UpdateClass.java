package org.govsite.content;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** How often a column must be updated (Art. 9; national inspection indicators). */
public enum UpdateClass {

	/** 动态要闻: at least every 2 weeks. */
	DYNAMIC("动态要闻", 14, 0),
	/** 通知公告: at least every 6 months. */
	NOTICE("通知公告", 0, 6),
	/** 政策文件: at least every 6 months. */
	POLICY("政策文件", 0, 6),
	/** 应更新栏目 (personnel, plans, organisation, statistics …): at least every year. */
	REGULAR("应更新栏目", 0, 12),
	/** 不考核: exempt from update deadlines. */
	EXEMPT("不考核", 0, 0);

	private final String label;
	private final int days;
	private final int months;

	UpdateClass(String label, int days, int months) {
		this.label = label;
		this.days = days;
		this.months = months;
	}

	public String label() {
		return label;
	}

	/**
	 * The last day on which the column is still within its deadline, given the date of its last update; an override in
	 * days replaces the class default. Null for exempt columns.
	 */
	public @Nullable LocalDate deadlineAfter(LocalDate lastUpdate, @Nullable Integer overrideDays) {
		if (this == EXEMPT) {
			return null;
		}
		if (overrideDays != null) {
			return lastUpdate.plusDays(overrideDays);
		}
		return days > 0 ? lastUpdate.plusDays(days) : lastUpdate.plusMonths(months);
	}

	/** The default deadline described for people, e.g. "14 天" or "6 个月". */
	public String defaultDeadline() {
		return this == EXEMPT ? "不考核" : days > 0 ? days + " 天" : months == 12 ? "1 年" : months + " 个月";
	}
}
