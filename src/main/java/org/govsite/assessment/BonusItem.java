package org.govsite.assessment;

import org.govsite.shared.Labelled;

/**
 * Bonus items (加分指标, portals only, counted when the deduction part exceeds 80). The national table was not
 * recovered; the one candidate known is seeded, its points a setting ({@code govsite.assessment.bonus.<ITEM>}).
 */
public enum BonusItem implements Labelled {

	/** An online solicitation channel (not e-mail) with ≥ 6 activities in the past year. */
	SOLICITATIONS("在线征集调查渠道近一年开展 6 期以上", 5);

	private final String label;
	private final double defaultPoints;

	BonusItem(String label, double defaultPoints) {
		this.label = label;
		this.defaultPoints = defaultPoints;
	}

	@Override
	public String label() {
		return label;
	}

	double defaultPoints() {
		return defaultPoints;
	}
}
