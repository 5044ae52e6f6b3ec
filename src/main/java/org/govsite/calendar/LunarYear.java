package org.govsite.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The months of the Chinese calendar (农历) that begin between the winter solstice before a Gregorian year and the
 * winter solstice in it, computed by the rules of GB/T 33661-2017 《农历的编算和颁行》:
 * <ul>
 * <li>a month begins on the Beijing-time (UTC+8) date of the new moon;</li>
 * <li>the month containing the winter solstice (冬至) is the 11th month;</li>
 * <li>when 13 months lie between two 11th months, the first of them that contains no principal solar term (中气,
 * solar longitude a multiple of 30°) is the leap month and takes the number of the month before it.</li>
 * </ul>
 * Months 1 to 10 of the lunar year that begins in the Gregorian year all lie in this span.
 */
final class LunarYear {

	/** One lunar month: its number (1–12), whether it is a leap month, and its first day. */
	record Month(int number, boolean leap, LocalDate firstDay) {
	}

	private final int gregorianYear;
	private final List<Month> months;

	private LunarYear(int gregorianYear, List<Month> months) {
		this.gregorianYear = gregorianYear;
		this.months = List.copyOf(months);
	}

	/** Computes the months from the 11th month before {@code gregorianYear}'s Spring Festival to the next 11th month. */
	static LunarYear of(int gregorianYear) {
		LocalDate solsticeBefore = Astronomy.beijingDate(Astronomy.solarLongitudeReached(gregorianYear - 1, 270));
		LocalDate solsticeIn = Astronomy.beijingDate(Astronomy.solarLongitudeReached(gregorianYear, 270));
		// New moon dates from a little before the first solstice to a little after the second.
		long k = Astronomy.lunationNear(Astronomy.jdeOf(solsticeBefore)) - 2;
		var newMoons = new ArrayList<LocalDate>();
		LocalDate date;
		do {
			date = Astronomy.beijingDate(Astronomy.newMoon(k++));
			newMoons.add(date);
		}
		while (!date.isAfter(solsticeIn.plusDays(31)));
		int first = lastIndexOnOrBefore(newMoons, solsticeBefore);
		int next = lastIndexOnOrBefore(newMoons, solsticeIn);
		int count = next - first;
		if (count != 12 && count != 13) {
			throw new IllegalStateException("between two winter solstices lie " + count + " lunar months");
		}
		List<LocalDate> principalTerms = principalTerms(gregorianYear, solsticeBefore);
		boolean leapFound = count == 12;
		var months = new ArrayList<Month>();
		int number = 11;
		for (int i = first; i <= next; i++) {
			LocalDate start = newMoons.get(i);
			LocalDate end = newMoons.get(i + 1);
			boolean leap = false;
			if (i > first) {
				if (!leapFound && i < next && principalTerms.stream().noneMatch(d -> !d.isBefore(start) && d.isBefore(end))) {
					leap = true;
					leapFound = true;
				}
				else {
					number = number % 12 + 1;
				}
			}
			months.add(new Month(number, leap, start));
		}
		if (!leapFound) {
			throw new IllegalStateException("13 lunar months without a month lacking a principal term in " + gregorianYear);
		}
		return new LunarYear(gregorianYear, months);
	}

	/** The Beijing dates of the principal solar terms 270°, 300°, … from one winter solstice to the next. */
	private static List<LocalDate> principalTerms(int gregorianYear, LocalDate solsticeBefore) {
		var terms = new ArrayList<LocalDate>();
		terms.add(solsticeBefore);
		terms.add(Astronomy.beijingDate(Astronomy.solarLongitudeReached(gregorianYear - 1, 300)));
		terms.add(Astronomy.beijingDate(Astronomy.solarLongitudeReached(gregorianYear - 1, 330)));
		for (int longitude = 0; longitude <= 270; longitude += 30) {
			terms.add(Astronomy.beijingDate(Astronomy.solarLongitudeReached(gregorianYear, longitude)));
		}
		return terms;
	}

	private static int lastIndexOnOrBefore(List<LocalDate> dates, LocalDate limit) {
		int index = -1;
		for (int i = 0; i < dates.size(); i++) {
			if (!dates.get(i).isAfter(limit)) {
				index = i;
			}
		}
		return index;
	}

	int gregorianYear() {
		return gregorianYear;
	}

	List<Month> months() {
		return months;
	}

	/** The leap month of this span, if any. */
	Optional<Month> leapMonth() {
		return months.stream().filter(Month::leap).findFirst();
	}

	/**
	 * The Gregorian date of day {@code day} of the (non-leap) month {@code month} of the lunar year that begins in
	 * this Gregorian year; months 1–10 only.
	 */
	LocalDate dateOf(int month, int day) {
		if (month < 1 || month > 10 || day < 1 || day > 30) {
			throw new IllegalArgumentException("lunar month " + month + " day " + day);
		}
		// Months 1-10 occur exactly once as ordinary months in the span (only 11 and 12 repeat).
		for (Month candidate : months) {
			if (candidate.number() == month && !candidate.leap()) {
				return candidate.firstDay().plusDays(day - 1);
			}
		}
		throw new IllegalStateException("lunar month " + month + " not found in " + gregorianYear);
	}

	/** The first day of the first month (正月初一, the Spring Festival). */
	LocalDate newYear() {
		return dateOf(1, 1);
	}
}
