package org.govsite.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A year's holiday notice as stored: announced or not, its days and where it comes from. A notice's days may spill
 * into a neighbouring year (the 2023 notice gives 2022-12-31 to 元旦).
 */
record YearNotice(int year, boolean announced, CalendarSource source, List<NoticeDay> days, List<String> papers) {

	YearNotice {
		days = days.stream().sorted(Comparator.comparing(NoticeDay::date)).toList();
		papers = List.copyOf(papers);
	}

	static YearNotice none(int year) {
		return new YearNotice(year, false, CalendarSource.NONE, List.of(), List.of());
	}

	Optional<NoticeDay> day(LocalDate date) {
		return Optional.ofNullable(byDate().get(date));
	}

	private Map<LocalDate, NoticeDay> byDate() {
		return days.stream().collect(Collectors.toMap(NoticeDay::date, Function.identity(), (a, b) -> a));
	}
}
