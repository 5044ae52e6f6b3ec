package org.govsite.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * A 通报 as the general office sends it out: the period, the figures, the units ranked, every site ranked with its
 * trend against the previous 通报 of the same kind and the reasons it lost points, the sites that failed again, and the
 * rectification notices of the period not done on time (整改不力).
 */
public record Bulletin(BulletinId id, BulletinKind kind, int year, int number, String title, LocalDate from,
		LocalDate to, AssessmentId runId, String issuedBy, Instant issuedAt, Summary summary, List<UnitRank> units,
		List<SiteLine> sites, List<SiteLine> failedAgain, List<RectificationRecord.Failure> lateRectifications) {

	/** How many sites were assessed and how they came out. */
	public record Summary(int sites, int qualified, int atRisk, int unqualified, @Nullable Double averageScore) {
	}

	/**
	 * A sponsoring unit's place: the average score of its sites, an unqualified site counting 0 (a single veto leaves
	 * nothing scored).
	 */
	public record UnitRank(int rank, String unitName, int sites, int unqualified, double averageScore) {
	}

	/** A site's place, its score, the previous 通报's, and why it lost points. */
	public record SiteLine(int rank, SiteId siteId, String siteName, String unitName, boolean qualified, boolean atRisk,
			@Nullable Double score, @Nullable Double previousScore, @Nullable Boolean previouslyQualified,
			List<String> reasons) {

		/** 「↑ 3.5」, 「↓ 2.0」, 「持平」, 「—」 when there is nothing to compare. */
		public String trend() {
			if (previouslyQualified == null) {
				return "—";
			}
			double now = score == null ? 0 : score;
			double before = previousScore == null ? 0 : previousScore;
			double change = Math.round((now - before) * 10) / 10.0;
			return change > 0 ? "↑ " + change : change < 0 ? "↓ " + (-change) : "持平";
		}

		public String verdict() {
			return !qualified ? "不合格" : atRisk ? "有风险" : "合格";
		}
	}

	/** One line per 通报 for the list. */
	public record Entry(BulletinId id, BulletinKind kind, int year, int number, String title, LocalDate from,
			LocalDate to, String issuedBy, Instant issuedAt) {
	}
}
