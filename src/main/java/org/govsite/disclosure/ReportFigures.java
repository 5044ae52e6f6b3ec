package org.govsite.disclosure;

import java.util.Map;

/**
 * The figures of the national report table computed from the platform's data (第二、三部分).
 *
 * @param policiesIssued   行政规范性文件 (政策文件) published this year
 * @param policiesRepealed 政策文件 declared 失效 or 废止 this year
 * @param policiesInForce  政策文件 live and in force at the end of the year (or today, for the current year)
 * @param itemsPublished   every live item the site published this year
 * @param interpretations  政策解读 published this year
 * @param newRequests      本年新收政府信息公开申请数量
 * @param carriedOver      上年结转政府信息公开申请数量
 * @param outcomes         本年度办理结果 by row of the national table: （一）予以公开 … （六）其他处理
 * @param total            （七）总计: requests closed this year
 * @param carriedForward   结转下年度继续办理
 * @param late             answered this year after their deadline
 */
public record ReportFigures(long policiesIssued, long policiesRepealed, long policiesInForce, long itemsPublished,
		long interpretations, long newRequests, long carriedOver, Map<String, Long> outcomes, long total,
		long carriedForward, long late) {

	/** The rows of 本年度办理结果 in the order of the national table. */
	public static final String[] ROWS = { "（一）予以公开", "（二）部分公开", "（三）不予公开", "（四）无法提供", "（五）不予处理",
			"（六）其他处理" };

	/** The row of requests deemed withdrawn for want of completion (Art. 30). */
	public static final String ABANDONED_ROW = "（六）其他处理";
}
