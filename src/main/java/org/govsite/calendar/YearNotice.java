package org.govsite.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

	/** The notice's entry for the day, found by binary search over the sorted days (the first one, were there two). */
	Optional<NoticeDay> day(LocalDate date) {
		int low = 0;
		int high = days.size() - 1;
		int found = -1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			int order = days.get(mid).date().compareTo(date);
			if (order < 0) {
				low = mid + 1;
			}
			else {
				if (order == 0) {
					found = mid;
				}
				high = mid - 1;
			}
		}
		return found < 0 ? Optional.empty() : Optional.of(days.get(found));
	}
}
