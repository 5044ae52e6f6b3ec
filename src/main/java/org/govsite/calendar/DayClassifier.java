package org.govsite.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The working-day rule for one date, in this order:
 * <ol>
 * <li>a day listed in an announced notice (the date's own year first, then a neighbouring year's notice that spills
 * over) is a day off under the holiday's name, or a make-up workday 调休上班（名称）;</li>
 * <li>otherwise, in an announced year, Saturday and Sunday are 周末 and every other day is a 工作日;</li>
 * <li>in a year not announced the answer is provisional: the statutory holidays, then weekends, then 工作日.</li>
 * </ol>
 * Notices are looked up once per year and remembered for the life of this object (one request).
 */
final class DayClassifier {

	private final IntFunction<YearNotice> notices;
	private final StatutoryHolidays statutory;
	private final Map<Integer, YearNotice> seen = new HashMap<>();

	DayClassifier(IntFunction<YearNotice> notices, StatutoryHolidays statutory) {
		this.notices = notices;
		this.statutory = statutory;
	}

	DayVerdict classify(LocalDate date) {
		CalendarRange.require(date);
		int year = date.getYear();
		var own = notice(year);
		var listed = listed(own, date).or(() -> listed(notice(year + 1), date)).or(() -> listed(notice(year - 1), date));
		if (listed.isPresent()) {
			var day = listed.get();
			return day.offDay() ? new DayVerdict(date, false, day.name(), false)
					: new DayVerdict(date, true, DayVerdict.makeUpWorkday(day.name()), false);
		}
		boolean provisional = !own.announced();
		if (provisional) {
			var holiday = statutory.of(year).get(date);
			if (holiday != null) {
				return new DayVerdict(date, false, holiday, true);
			}
		}
		return isWeekend(date) ? new DayVerdict(date, false, DayVerdict.WEEKEND, provisional)
				: new DayVerdict(date, true, DayVerdict.WORKDAY, provisional);
	}

	static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private YearNotice notice(int year) {
		return seen.computeIfAbsent(year, notices::apply);
	}

	private static Optional<NoticeDay> listed(YearNotice notice, LocalDate date) {
		return notice.announced() ? notice.day(date) : Optional.empty();
	}
}
