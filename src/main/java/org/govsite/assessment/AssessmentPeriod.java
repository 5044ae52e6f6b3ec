package org.govsite.assessment;

import java.time.LocalDate;

/**
 * The days an assessment looks at, both inclusive. Standing indicators (columns, home page) are read as on the last
 * day; windows the national rules fix (one week of probes, two weeks of home page, one year of messages) end on it.
 */
public record AssessmentPeriod(LocalDate from, LocalDate to) {

	/** The first day of the year of messages that ends on the period's last day. */
	public LocalDate yearBeforeEnd() {
		return to.minusYears(1).plusDays(1);
	}
}
