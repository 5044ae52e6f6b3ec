package org.govsite.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The astronomy and the lunar calendar against published dates (Purple Mountain Observatory / HKO calendars). */
class CalendarAstronomyTests {

	@ParameterizedTest(name = "Spring Festival {0}: {1}")
	@CsvSource({ "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22", "2024, 2024-02-10",
			"2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26", "2029, 2029-02-13",
			"2030, 2030-02-03", "2031, 2031-01-23", "2033, 2033-01-31", "2034, 2034-02-19" })
	void springFestival(int year, LocalDate expected) {
		assertThat(LunarYear.of(year).newYear()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "Qingming {0}: {1}")
	@CsvSource({ "2020, 2020-04-04", "2021, 2021-04-04", "2022, 2022-04-05", "2023, 2023-04-05", "2024, 2024-04-04",
			"2025, 2025-04-04", "2026, 2026-04-05", "2027, 2027-04-05", "2028, 2028-04-04" })
	void qingming(int year, LocalDate expected) {
		assertThat(StatutoryHolidays.qingming(year)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "Dragon Boat {0}: {1}")
	@CsvSource({ "2026, 2026-06-19", "2027, 2027-06-09", "2028, 2028-05-28" })
	void dragonBoat(int year, LocalDate expected) {
		assertThat(LunarYear.of(year).dateOf(5, 5)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "Mid-Autumn {0}: {1}")
	@CsvSource({ "2026, 2026-09-25", "2027, 2027-09-15", "2028, 2028-10-03" })
	void midAutumn(int year, LocalDate expected) {
		assertThat(LunarYear.of(year).dateOf(8, 15)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "leap month {1} in the span of {0}")
	@CsvSource({ "2020, 4, 2020-05-23", "2023, 2, 2023-03-22", "2025, 6, 2025-07-25", "2028, 5, 2028-06-23",
			"2034, 11, 2033-12-22" })
	void leapMonths(int year, int number, LocalDate firstDay) {
		var leap = LunarYear.of(year).leapMonth().orElseThrow();
		assertThat(leap.number()).isEqualTo(number);
		assertThat(leap.firstDay()).isEqualTo(firstDay);
	}

	@Test
	void noLeapMonthIn2026And2027() {
		assertThat(LunarYear.of(2026).leapMonth()).isEmpty();
		assertThat(LunarYear.of(2027).leapMonth()).isEmpty();
	}

	/** The new moon of 2027-02-06 falls at about 15:56 UTC, i.e. 23:56 Beijing time: the 6th, not the 7th. */
	@Test
	void newMoonMinutesBeforeBeijingMidnight() {
		double jde = Astronomy.newMoon(Astronomy.lunationNear(Astronomy.jdeOf(LocalDate.of(2027, 2, 6))));
		assertThat(Astronomy.beijingDate(jde)).isEqualTo(LocalDate.of(2027, 2, 6));
		var utc = toUtc(jde);
		assertThat(Duration.between(LocalDateTime.of(2027, 2, 6, 15, 56).toInstant(ZoneOffset.UTC), utc).abs())
			.isLessThan(Duration.ofMinutes(2));
	}

	@Test
	void solsticesAndEquinoxesWithinAMinute() {
		// Published instants (UTC): 2026-03-20 14:46, 2026-12-21 20:50, 2025-12-21 15:03.
		assertThat(Duration.between(utc(2026, 3, 20, 14, 46), toUtc(Astronomy.solarLongitudeReached(2026, 0))).abs())
			.isLessThan(Duration.ofMinutes(2));
		assertThat(Duration.between(utc(2026, 12, 21, 20, 50), toUtc(Astronomy.solarLongitudeReached(2026, 270))).abs())
			.isLessThan(Duration.ofMinutes(2));
		assertThat(Duration.between(utc(2025, 12, 21, 15, 3), toUtc(Astronomy.solarLongitudeReached(2025, 270))).abs())
			.isLessThan(Duration.ofMinutes(2));
	}

	private static Instant utc(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).toInstant(ZoneOffset.UTC);
	}

	private static Instant toUtc(double jde) {
		double jdUt = jde - Astronomy.deltaTSeconds(2000 + (jde - 2451545.0) / 365.25) / 86400.0;
		return Instant.ofEpochMilli(Math.round((jdUt - 2440587.5) * 86_400_000L));
	}
}
