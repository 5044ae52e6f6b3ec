package org.govsite.assessment;

import java.time.LocalDate;

import org.govsite.shared.Labelled;

/** A 通报 covers a month or a quarter. */
public enum BulletinKind implements Labelled {

	MONTHLY("月度", 12), QUARTERLY("季度", 4);

	private final String label;

	private final int periods;

	BulletinKind(String label, int periods) {
		this.label = label;
		this.periods = periods;
	}

	@Override
	public String label() {
		return label;
	}

	int periods() {
		return periods;
	}

	LocalDate first(int year, int number) {
		return this == MONTHLY ? LocalDate.of(year, number, 1) : LocalDate.of(year, (number - 1) * 3 + 1, 1);
	}

	LocalDate last(int year, int number) {
		var first = first(year, number);
		return (this == MONTHLY ? first.plusMonths(1) : first.plusMonths(3)).minusDays(1);
	}

	/** 「2026 年 10 月」, 「2026 年第 3 季度」. */
	String periodName(int year, int number) {
		return this == MONTHLY ? year + " 年 " + number + " 月" : year + " 年第 " + number + " 季度";
	}
}
