package org.govsite.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The holidays of the statutory rule itself, 《全国年节及纪念日放假办法》 (2024 revision, Art. 2), for years whose notice is
 * not announced: 元旦 1 day, 春节 4 days (除夕 to 正月初三), 清明节 on the Qingming term day, 劳动节 1–2 May, 端午节
 * on 五月初五, 中秋节 on 八月十五 and 国庆节 1–3 October. No make-up workdays and no substitute days are invented:
 * those only come with the State Council's notice. Lunar dates and the Qingming day are computed astronomically.
 */
@Component
final class StatutoryHolidays {

	/** A festival of the rule, with its core day (the day a notice's holiday block must contain). */
	enum Festival {
		NEW_YEAR("元旦"), SPRING_FESTIVAL("春节"), QINGMING("清明节"), LABOUR_DAY("劳动节"), DRAGON_BOAT("端午节"),
		MID_AUTUMN("中秋节"), NATIONAL_DAY("国庆节");

		private final String label;

		Festival(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}

		/** The festival's own day in the given year: 1 Jan, 正月初一, the Qingming term, 1 May, 五月初五, 八月十五, 1 Oct. */
		LocalDate coreDay(int year) {
			return switch (this) {
				case NEW_YEAR -> LocalDate.of(year, 1, 1);
				case SPRING_FESTIVAL -> lunar(year).newYear();
				case QINGMING -> qingming(year);
				case LABOUR_DAY -> LocalDate.of(year, 5, 1);
				case DRAGON_BOAT -> lunar(year).dateOf(5, 5);
				case MID_AUTUMN -> lunar(year).dateOf(8, 15);
				case NATIONAL_DAY -> LocalDate.of(year, 10, 1);
			};
		}

		/** The days off the statutory rule gives for the festival. */
		List<LocalDate> daysOff(int year) {
			var core = coreDay(year);
			return switch (this) {
				case SPRING_FESTIVAL -> List.of(core.minusDays(1), core, core.plusDays(1), core.plusDays(2));
				case LABOUR_DAY -> List.of(core, core.plusDays(1));
				case NATIONAL_DAY -> List.of(core, core.plusDays(1), core.plusDays(2));
				default -> List.of(core);
			};
		}

		static Festival byLabel(String label) {
			for (Festival festival : values()) {
				if (festival.label.equals(label)) {
					return festival;
				}
			}
			throw new IllegalArgumentException("not a statutory festival: " + label);
		}
	}

	private static final Map<Integer, LunarYear> LUNAR_YEARS = new ConcurrentHashMap<>();
	private final Map<Integer, Map<LocalDate, String>> byYear = new ConcurrentHashMap<>();

	/** The statutory days off of a year, by date; a date shared by two festivals carries both names (中秋节、国庆节). */
	Map<LocalDate, String> of(int year) {
		return byYear.computeIfAbsent(year, StatutoryHolidays::compute);
	}

	/** The same as notice days, for showing a provisional year. */
	List<NoticeDay> asNoticeDays(int year) {
		var days = new ArrayList<NoticeDay>();
		of(year).forEach((date, name) -> days.add(new NoticeDay(date, name, true)));
		return days;
	}

	private static Map<LocalDate, String> compute(int year) {
		var days = new TreeMap<LocalDate, String>();
		for (Festival festival : Festival.values()) {
			for (LocalDate date : festival.daysOff(year)) {
				days.merge(date, festival.label(), (a, b) -> a + "、" + b);
			}
		}
		return Collections.unmodifiableMap(days);
	}

	static LunarYear lunar(int year) {
		return LUNAR_YEARS.computeIfAbsent(year, LunarYear::of);
	}

	/** The Beijing date on which the sun's apparent longitude reaches 15° (清明). */
	static LocalDate qingming(int year) {
		return Astronomy.beijingDate(Astronomy.solarLongitudeReached(year, 15));
	}

}
