package org.govsite.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.govsite.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The working-day rule and the deadline rule over the bundled notices, without Spring or a database. */
class CalendarWorkingDayTests {

	private static final BundledNotices BUNDLED = new BundledNotices();
	private static final StatutoryHolidays STATUTORY = new StatutoryHolidays();

	private static DayClassifier bundledOnly() {
		return new DayClassifier(year -> BUNDLED.find(year).orElseGet(() -> YearNotice.none(year)), STATUTORY);
	}

	private static Deadline deadline(String from, int workdays) {
		return DeadlineRule.deadline(LocalDate.parse(from), WorkingDays.of(workdays), bundledOnly());
	}

	// 2026 Spring Festival: off 02-15 (Sun) to 02-23 (Mon); make-up workdays Sat 02-14 and Sat 02-28.
	@ParameterizedTest(name = "received {0}, {1} working days -> {2}")
	@CsvSource({
			"2026-02-12, 1, 2026-02-13", // Thu -> Fri
			"2026-02-12, 2, 2026-02-14", // the make-up Saturday counts
			"2026-02-12, 3, 2026-02-24", // then the whole holiday is skipped
			"2026-02-13, 1, 2026-02-14", "2026-02-14, 1, 2026-02-24", // received on the make-up Saturday
			"2026-02-20, 1, 2026-02-24", // received during the holiday
			"2026-02-20, 5, 2026-02-28", // Tue..Fri and the second make-up Saturday
			"2026-02-20, 6, 2026-03-02", // Sunday 03-01 is a weekend again
			"2026-02-09, 10, 2026-02-28",
			"2026-02-06, 15, 2026-03-05" })
	void springFestival2026(String from, int workdays, LocalDate expected) {
		assertThat(deadline(from, workdays)).isEqualTo(new Deadline(expected, false));
	}

	// 2026 Mid-Autumn and National Day: make-up Sun 09-20, off 09-25..27 and 10-01..07, make-up Sat 10-10.
	@ParameterizedTest(name = "received {0}, {1} working days -> {2}")
	@CsvSource({
			"2026-09-18, 1, 2026-09-20", // make-up Sunday
			"2026-09-18, 5, 2026-09-24", "2026-09-18, 6, 2026-09-28", // 中秋 Fri..Sun skipped
			"2026-09-30, 1, 2026-10-08", "2026-09-30, 3, 2026-10-10", // make-up Saturday
			"2026-09-30, 4, 2026-10-12",
			"2026-09-29, 20, 2026-11-02" })
	void nationalDay2026(String from, int workdays, LocalDate expected) {
		assertThat(deadline(from, workdays)).isEqualTo(new Deadline(expected, false));
	}

	@Test
	void ordinaryWeeks() {
		assertThat(deadline("2026-11-20", 1)).isEqualTo(new Deadline(LocalDate.of(2026, 11, 23), false)); // Fri -> Mon
		assertThat(deadline("2026-11-21", 5)).isEqualTo(new Deadline(LocalDate.of(2026, 11, 27), false)); // Sat
		assertThat(deadline("2026-12-21", 3)).isEqualTo(new Deadline(LocalDate.of(2026, 12, 24), false));
	}

	@Test
	void aDeadlineReachingIntoAnUnannouncedYearIsProvisional() {
		// 12-29, 12-30, 12-31, then 2027-01-01 (元旦, statutory) is skipped, Mon 01-04 and Tue 01-05.
		assertThat(deadline("2026-12-28", 5)).isEqualTo(new Deadline(LocalDate.of(2027, 1, 5), true));
		assertThat(deadline("2026-12-30", 1)).isEqualTo(new Deadline(LocalDate.of(2026, 12, 31), false));
		assertThat(deadline("2026-12-31", 1)).isEqualTo(new Deadline(LocalDate.of(2027, 1, 4), true));
		// Spring Festival 2027 by the rule: 除夕 Fri 02-05 to 初三 Mon 02-08, no make-up days.
		assertThat(deadline("2027-02-04", 1)).isEqualTo(new Deadline(LocalDate.of(2027, 2, 9), true));
		assertThat(deadline("2027-02-03", 1)).isEqualTo(new Deadline(LocalDate.of(2027, 2, 4), true));
	}

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource({
			"2026-02-17, false, 春节, false", "2026-02-14, true, 调休上班（春节）, false",
			"2026-02-28, true, 调休上班（春节）, false", "2026-03-01, false, 周末, false", "2026-03-02, true, 工作日, false",
			"2026-09-20, true, 调休上班（国庆节）, false", "2026-09-25, false, 中秋节, false",
			"2026-10-10, true, 调休上班（国庆节）, false", "2026-01-04, true, 调休上班（元旦）, false",
			"2020-10-01, false, 国庆节、中秋节, false", "2023-04-05, false, 清明节, false",
			"2022-12-31, false, 元旦, false", // from the 2023 notice, spilling over
			"2027-01-01, false, 元旦, true", "2027-02-05, false, 春节, true", "2027-02-06, false, 春节, true",
			"2027-02-08, false, 春节, true", "2027-02-09, true, 工作日, true", "2027-02-13, false, 周末, true",
			"2027-04-05, false, 清明节, true", "2027-05-02, false, 劳动节, true", "2027-05-03, true, 工作日, true",
			"2027-06-09, false, 端午节, true", "2027-09-15, false, 中秋节, true", "2027-10-03, false, 国庆节, true",
			"2027-10-04, true, 工作日, true", "2019-10-01, false, 国庆节, true" })
	void dayVerdicts(LocalDate date, boolean workingDay, String reason, boolean provisional) {
		assertThat(bundledOnly().classify(date)).isEqualTo(new DayVerdict(date, workingDay, reason, provisional));
	}

	@Test
	void statutoryHolidays2027() {
		assertThat(STATUTORY.of(2027)).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.ofEntries(
				Map.entry(LocalDate.of(2027, 1, 1), "元旦"), Map.entry(LocalDate.of(2027, 2, 5), "春节"),
				Map.entry(LocalDate.of(2027, 2, 6), "春节"), Map.entry(LocalDate.of(2027, 2, 7), "春节"),
				Map.entry(LocalDate.of(2027, 2, 8), "春节"), Map.entry(LocalDate.of(2027, 4, 5), "清明节"),
				Map.entry(LocalDate.of(2027, 5, 1), "劳动节"), Map.entry(LocalDate.of(2027, 5, 2), "劳动节"),
				Map.entry(LocalDate.of(2027, 6, 9), "端午节"), Map.entry(LocalDate.of(2027, 9, 15), "中秋节"),
				Map.entry(LocalDate.of(2027, 10, 1), "国庆节"), Map.entry(LocalDate.of(2027, 10, 2), "国庆节"),
				Map.entry(LocalDate.of(2027, 10, 3), "国庆节"))));
	}

	@Test
	void festivalsOnTheSameDayShareIt() {
		// 2020: Mid-Autumn fell on 1 October.
		assertThat(STATUTORY.of(2020)).containsEntry(LocalDate.of(2020, 10, 1), "中秋节、国庆节");
	}

	@Test
	void aNoticeOnThePlatformReplacesTheBundledOne() {
		var entered = new YearNotice(2027, true, CalendarSource.PLATFORM,
				List.of(new NoticeDay(LocalDate.of(2027, 2, 6), "春节", true),
						new NoticeDay(LocalDate.of(2027, 2, 20), "春节", false)),
				List.of());
		var classifier = new DayClassifier(
				year -> year == 2027 ? entered : BUNDLED.find(year).orElseGet(() -> YearNotice.none(year)), STATUTORY);
		assertThat(classifier.classify(LocalDate.of(2027, 2, 20)))
			.isEqualTo(new DayVerdict(LocalDate.of(2027, 2, 20), true, "调休上班（春节）", false));
		// Announced: the statutory rule no longer applies, only the notice and weekends.
		assertThat(classifier.classify(LocalDate.of(2027, 2, 5)))
			.isEqualTo(new DayVerdict(LocalDate.of(2027, 2, 5), true, "工作日", false));
		// A notice entered but not announced is not used.
		var draft = new YearNotice(2027, false, CalendarSource.PLATFORM, entered.days(), List.of());
		assertThat(new DayClassifier(year -> draft, STATUTORY).classify(LocalDate.of(2027, 2, 20)))
			.isEqualTo(new DayVerdict(LocalDate.of(2027, 2, 20), false, "周末", true));
	}

	@Test
	void workingDaysAreBetween1And366() {
		assertThat(WorkingDays.of(1).count()).isEqualTo(1);
		assertThat(WorkingDays.parse(" 366 ").count()).isEqualTo(366);
		assertThatThrownBy(() -> WorkingDays.of(0)).isInstanceOfSatisfying(Refusal.class,
				refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID));
		assertThatThrownBy(() -> WorkingDays.of(367)).hasMessageContaining("1 至 366");
		assertThatThrownBy(() -> WorkingDays.parse("十")).hasMessageContaining("不是整数");
	}

	@Test
	void datesAreParsedOrRefusedInChinese() {
		assertThat(WorkingDayCalendar.parseDate("2026-10-08")).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThatThrownBy(() -> WorkingDayCalendar.parseDate("2026-02-30")).isInstanceOf(Refusal.class)
			.hasMessageContaining("无法识别");
		assertThatThrownBy(() -> bundledOnly().classify(LocalDate.of(1900, 1, 1))).isInstanceOf(Refusal.class)
			.hasMessageContaining("超出工作日历的范围");
	}

	@Test
	void nextYearReminderFromFirstNovemberWhileNotAnnounced() {
		var notAnnounced = YearNotice.none(2027);
		var announced = BUNDLED.find(2026).orElseThrow();
		assertThat(NextYearReminder.due(LocalDate.of(2026, 10, 31), notAnnounced)).isFalse();
		assertThat(NextYearReminder.due(LocalDate.of(2026, 11, 1), notAnnounced)).isTrue();
		assertThat(NextYearReminder.due(LocalDate.of(2026, 12, 31), notAnnounced)).isTrue();
		assertThat(NextYearReminder.due(LocalDate.of(2025, 11, 1), announced)).isFalse();
		assertThat(NextYearReminder.due(LocalDate.of(2026, 11, 25), BUNDLED.find(2027).orElseThrow())).isTrue();
	}
}
