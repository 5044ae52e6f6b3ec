package org.govsite.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Time limits on the real working-day calendar, across the 2026 Spring Festival (15–23 Feb off, 14 and 28 Feb worked). */
@ContextWithMovableClock
class MessageDeadlineTests {

	@Autowired CalendarDeadlines deadlines;

	@Test
	void countsWorkingDaysAcrossTheSpringFestivalWithItsMakeUpDays() {
		// received Thursday 12 Feb: 13 Feb (1), Saturday 14 Feb make-up workday (2), holiday, Tuesday 24 Feb (3)
		var errorReport = deadlines.initial(LocalDate.of(2026, 2, 12), MessageCategory.ERROR_REPORT);
		assertThat(errorReport.deadline()).isEqualTo(LocalDate.of(2026, 2, 24));
		assertThat(errorReport.provisional()).isFalse();
		// received Friday 13 Feb: 14, 24, 25, 26, 27, Saturday 28 Feb make-up workday, Monday 2 Mar (7)
		assertThat(deadlines.initial(LocalDate.of(2026, 2, 13), MessageCategory.CONSULTATION).deadline())
			.isEqualTo(LocalDate.of(2026, 3, 2));
		// received on the make-up Saturday 14 Feb: 15 working days end Friday 13 Mar
		assertThat(deadlines.initial(LocalDate.of(2026, 2, 14), MessageCategory.COMPLAINT).deadline())
			.isEqualTo(LocalDate.of(2026, 3, 13));
		assertThat(deadlines.cap(LocalDate.of(2026, 2, 14))).isEqualTo(LocalDate.of(2026, 5, 14));
	}

	@Test
	void countsWorkingDaysLeftAndOverdue() {
		var days = deadlines.days();
		assertThat(days.workingDaysLeft(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 24))).isEqualTo(2);
		assertThat(days.workingDaysLeft(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 2, 24))).isZero();
		assertThat(days.workingDaysLeft(LocalDate.of(2026, 2, 26), LocalDate.of(2026, 2, 24))).isEqualTo(-2);
	}

	@Test
	void aYearNotAnnouncedGivesAProvisionalDeadline() {
		assertThat(deadlines.initial(LocalDate.of(2029, 12, 28), MessageCategory.COMPLAINT).provisional()).isTrue();
	}
}
