package org.govsite.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/** The bundled State Council notices against each other and against the computed festivals. */
class CalendarBundledNoticesTests {

	private static final BundledNotices BUNDLED = new BundledNotices();

	@Test
	void yearsAnnouncedAndNot() {
		for (int year = 2020; year <= 2026; year++) {
			var notice = BUNDLED.find(year).orElseThrow();
			assertThat(notice.announced()).as("%d announced", year).isTrue();
			assertThat(notice.papers()).as("%d papers", year).isNotEmpty();
		}
		var notice2027 = BUNDLED.find(2027).orElseThrow();
		assertThat(notice2027.announced()).as("an empty days list means: not announced").isFalse();
		assertThat(BUNDLED.find(2019)).isEmpty();
	}

	@Test
	void licenceTravelsWithTheData() throws IOException {
		var licence = new ClassPathResource("calendar/holiday-cn/LICENSE").getContentAsString(StandardCharsets.UTF_8);
		assertThat(licence).contains("MIT License").contains("NateScarlet");
	}

	/** Every holiday named in an announced notice contains the festival day computed for that year. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(ints = { 2020, 2021, 2022, 2023, 2024, 2025, 2026 })
	void everyHolidayContainsItsComputedCoreDay(int year) {
		var notice = BUNDLED.find(year).orElseThrow();
		var offDaysByName = notice.days().stream()
			.filter(NoticeDay::offDay)
			.collect(Collectors.groupingBy(NoticeDay::name,
					Collectors.mapping(NoticeDay::date, Collectors.toSet())));
		assertThat(offDaysByName).isNotEmpty();
		int checked = 0;
		for (var entry : offDaysByName.entrySet()) {
			for (String name : entry.getKey().split("、")) {
				var festival = StatutoryHolidays.Festival.byLabel(name);
				LocalDate core = festival.coreDay(year);
				assertThat(entry.getValue()).as("%d %s contains %s", year, name, core).contains(core);
				checked++;
			}
		}
		assertThat(checked).as("all seven festivals named in %d", year).isEqualTo(7);
	}

	/** Since the 2024 revision (in force 2025), every statutory day off is a day off in the notice too. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(ints = { 2025, 2026 })
	void statutoryDaysOffAreDaysOffInTheNotice(int year) {
		var notice = BUNDLED.find(year).orElseThrow();
		var statutory = new StatutoryHolidays().of(year);
		assertThat(statutory).hasSize(13);
		statutory.forEach((date, name) -> assertThat(notice.day(date))
			.as("%s %s", date, name)
			.hasValueSatisfying(day -> assertThat(day.offDay()).isTrue()));
	}

	/**
	 * The notices as bundled also pass the rules for notices entered on the platform, apart from the spill-over into
	 * the previous year and one odd entry: the 2020 data marks Monday 2020-02-03 as a "workday" of 春节 (the end of the
	 * epidemic extension), which changes nothing but would be refused as a make-up workday not on a weekend.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(ints = { 2020, 2021, 2022, 2023, 2024, 2025, 2026 })
	void bundledNoticesPassThePlatformRules(int year) {
		var notice = BUNDLED.find(year).orElseThrow();
		var days = notice.days().stream()
			.filter(day -> day.date().getYear() == year)
			.filter(day -> !day.date().equals(LocalDate.of(2020, 2, 3)))
			.map(day -> new YearNoticeForm.Day(day.date(), day.name(), day.offDay()))
			.toList();
		var accepted = NoticeRules.require(year, new YearNoticeForm(true, days));
		assertThat(accepted.days()).hasSize(days.size());
	}

	/** The calendar counts the odd 2020 entry (Monday 2020-02-03 listed as a workday) as the working day it is anyway. */
	@Test
	void theOddWeekdayWorkdayOf2020ChangesNothing() {
		var calendar = new DayClassifier(year -> BUNDLED.find(year).orElseGet(() -> YearNotice.none(year)),
				new StatutoryHolidays());
		var odd = calendar.classify(LocalDate.of(2020, 2, 3));
		var nextMonday = calendar.classify(LocalDate.of(2020, 2, 10));
		assertThat(odd.workingDay()).isTrue();
		assertThat(odd.provisional()).isFalse();
		assertThat(nextMonday.workingDay()).isTrue();
		assertThat(calendar.classify(LocalDate.of(2020, 2, 2)).workingDay()).as("the Sunday before is off").isFalse();
	}

	@Test
	void the2023NoticeSpillsIntoDecember2022() {
		assertThat(BUNDLED.find(2023).orElseThrow().day(LocalDate.of(2022, 12, 31)))
			.hasValue(new NoticeDay(LocalDate.of(2022, 12, 31), "元旦", true));
	}
}
