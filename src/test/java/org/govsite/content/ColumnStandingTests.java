package org.govsite.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Column standing boundaries, exact to the day (plain tests; the date is the injected clock's "today"). */
class ColumnStandingTests {

	static final LocalDate LAST = LocalDate.of(2026, 11, 1);

	@ParameterizedTest(name = "{0} days after the last update of a 14-day column: {1}")
	@CsvSource({ "0, NORMAL", "10, NORMAL", "11, DUE_SOON", "13, DUE_SOON", "14, DUE_SOON", "15, OVERDUE", "40, OVERDUE" })
	void aFourteenDayColumn(int days, ColumnStatus expected) {
		var standing = ColumnStanding.of(UpdateClass.DYNAMIC, null, false, LAST, LAST.plusDays(days), 4);
		assertThat(standing.status()).isEqualTo(expected);
		assertThat(standing.deadline()).isEqualTo(LocalDate.of(2026, 11, 15));
	}

	@Test
	void sixMonthColumnsCountCalendarMonths() {
		var last = LocalDate.of(2026, 8, 31);
		assertThat(ColumnStanding.of(UpdateClass.POLICY, null, false, last, LocalDate.of(2027, 2, 28), 4).status())
			.isEqualTo(ColumnStatus.DUE_SOON);
		assertThat(ColumnStanding.of(UpdateClass.POLICY, null, false, last, LocalDate.of(2027, 3, 1), 4).status())
			.isEqualTo(ColumnStatus.OVERDUE);
		assertThat(ColumnStanding.of(UpdateClass.REGULAR, null, false, last, LocalDate.of(2027, 8, 31), 4).deadline())
			.isEqualTo(LocalDate.of(2027, 8, 31));
	}

	@Test
	void anOverrideReplacesTheClassDefault() {
		assertThat(ColumnStanding.of(UpdateClass.REGULAR, 7, false, LAST, LAST.plusDays(8), 4).status()).isEqualTo(ColumnStatus.OVERDUE);
	}

	@Test
	void nothingPublishedIsEmptyAndExemptColumnsAreNeverStale() {
		assertThat(ColumnStanding.of(UpdateClass.DYNAMIC, null, false, null, LAST, 4).status()).isEqualTo(ColumnStatus.EMPTY);
		assertThat(ColumnStanding.of(UpdateClass.EXEMPT, null, false, LAST, LAST.plusYears(3), 4).status()).isEqualTo(ColumnStatus.EXEMPT);
		assertThat(ColumnStanding.of(UpdateClass.DYNAMIC, null, true, null, LAST, 4).status()).isEqualTo(ColumnStatus.EXEMPT);
	}
}
