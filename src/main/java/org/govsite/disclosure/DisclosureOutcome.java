package org.govsite.disclosure;

import org.govsite.shared.Labelled;

/**
 * The statutory outcomes of a request (Art. 36), each with the row of the national annual report table
 * (政府信息公开工作年度报告, 第三部分) it is counted in.
 */
public enum DisclosureOutcome implements Labelled {
	/** 予以公开. */
	DISCLOSED("予以公开", "（一）予以公开"),
	/** 部分公开 (Art. 37): the rest withheld on a legal ground. */
	PARTLY_DISCLOSED("部分公开", "（二）部分公开"),
	/** 不予公开 with the legal ground (Art. 14–16). */
	WITHHELD("不予公开", "（三）不予公开"),
	/** 信息不存在 (Art. 36 (四)). */
	NOT_EXIST("信息不存在", "（四）无法提供"),
	/** 非本机关掌握 (Art. 36 (五)): where possible, the body that holds it. */
	NOT_HELD("非本机关掌握", "（四）无法提供"),
	/** 已主动公开 (Art. 36 (一)): where and how to obtain it. */
	ALREADY_PUBLIC("已主动公开", "（一）予以公开"),
	/** 重复申请 (Art. 36 (六)). */
	REPEATED("重复申请", "（五）不予处理"),
	/** 不予处理 (Art. 38–39): petitions, publications, confirmation requests. */
	NOT_PROCESSED("不予处理", "（五）不予处理");

	private final String label;
	private final String reportRow;

	DisclosureOutcome(String label, String reportRow) {
		this.label = label;
		this.reportRow = reportRow;
	}

	@Override
	public String label() {
		return label;
	}

	/** The row of the national report table this outcome is counted in. */
	public String reportRow() {
		return reportRow;
	}

	/** Refusing outcomes must state their legal ground in the letter. */
	public boolean needsGround() {
		return this == WITHHELD || this == PARTLY_DISCLOSED || this == NOT_PROCESSED;
	}
}
