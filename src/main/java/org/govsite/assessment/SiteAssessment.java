package org.govsite.assessment;

import java.time.LocalDate;
import java.util.List;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * One site's standing on the national indicators for a period. {@code score} is null when a single-veto item holds
 * (then nothing else is scored, as the national rules say); {@code unscored} lists the indicators whose evidence
 * source is absent, so a "qualified" site with unscored items is qualified as far as the platform can see.
 */
public record SiteAssessment(SiteId siteId, String siteName, String siteType, LocalDate from, LocalDate to,
		boolean qualified, @Nullable Double score, @Nullable Double deductionPart, @Nullable Double bonusPart,
		List<Veto> vetoes, List<Deduction> deductions, List<Bonus> bonuses, List<Warning> warnings,
		List<Unscored> unscored) {

	/** A single-veto item that holds, with the sentence saying why and what it counted. */
	public record Veto(VetoItem item, String label, String reason, List<Evidence> evidence) {
	}

	/** Points taken off under a heading (already capped by item and heading). */
	public record Deduction(Heading heading, String headingLabel, DeductionItem item, String label, double points,
			List<Evidence> evidence) {
	}

	/** Points added for a portal. */
	public record Bonus(BonusItem item, String label, double points, List<Evidence> evidence) {
	}

	/** An early warning at the vendors' line, before the veto line is reached. */
	public record Warning(VetoItem item, String label, String reason, List<Evidence> evidence) {
	}

	/** An indicator not scored because its evidence source is absent. */
	public record Unscored(String item, String label, String reason) {
	}

	/** At risk: qualified, but carrying an early warning or a score under 70. */
	public boolean atRisk() {
		return qualified && (!warnings.isEmpty() || (score != null && score < 70));
	}
}
