package org.govsite.proofreading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which dictionary matches are reported when they overlap:
 * <ol>
 * <li>a reporting match lying wholly inside an allowed match (including one of the same span) is dropped: the
 * allowed phrase is correct as a whole;</li>
 * <li>a reporting match lying wholly inside a longer reporting match is dropped: the longest match at a position wins
 * and its suggestion covers the shorter one;</li>
 * <li>matches that merely overlap (neither contains the other) are both reported, since they are different
 * problems.</li>
 * </ol>
 * The result is sorted by start, then end.
 */
final class OverlapPolicy {

	/** A dictionary match: {@code [begin, end)} in the text. */
	record Match(int begin, int end, Term term) {
	}

	/** By start; at one start the longest first, and an allowed match before a reporting one of the same span. */
	private static final Comparator<Match> SWEEP = Comparator.comparingInt(Match::begin)
		.thenComparing(Comparator.comparingInt(Match::end).reversed())
		.thenComparing(m -> !m.term().allowed());

	private OverlapPolicy() {
	}

	/**
	 * One sweep in start order: every match that could contain the current one has been seen, so it is contained in
	 * an earlier one exactly when that one's end reaches at least as far. O(n log n) for n matches.
	 */
	static List<Match> resolve(List<Match> matches) {
		var sorted = new ArrayList<>(matches);
		sorted.sort(SWEEP);
		var kept = new ArrayList<Match>();
		int allowedReach = -1;
		int reportingReach = -1;
		for (var match : sorted) {
			if (match.term().allowed()) {
				allowedReach = Math.max(allowedReach, match.end());
				continue;
			}
			if (allowedReach < match.end() && reportingReach < match.end()) {
				kept.add(match);
			}
			reportingReach = Math.max(reportingReach, match.end());
		}
		kept.sort(Comparator.comparingInt(Match::begin).thenComparingInt(Match::end));
		return kept;
	}
}
