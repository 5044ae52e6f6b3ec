package org.govsite.monitoring;

import org.govsite.shared.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * How urgently a site needs the duty officer, from what monitoring saw of it: 需立即处置 when it is down or past a
 * veto line (unreachable 5 %, home page 14 days, 5 empty or 10 stale columns, a serious finding, an open incident),
 * 预警 at the early-warning lines (unreachable 3 %, home page 10 days, more than 2 empty or 6 stale columns, a broken
 * link), 正常 otherwise. The board and the daily report judge with this one rule.
 */
public enum StandingLevel implements Labelled {

	VETO("需立即处置"), WARN("预警"), OK("正常");

	/** The lines of national-rules.md §1 and §4 the early warnings sit before. */
	public static final double UNREACHABLE_WARNING_PERCENT = 3;
	public static final double UNREACHABLE_VETO_PERCENT = 5;

	/** What the level is judged on; a null figure was not measured and counts as fine. */
	public record Signals(@Nullable Boolean up, boolean incidentOpen, long seriousOpen, double unreachablePercent,
			@Nullable Long homeDays, long brokenLinks, @Nullable Integer columnsEmpty, @Nullable Integer columnsStale) {
	}

	private final String label;

	StandingLevel(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** The CSS name the console colours rows with ({@code level-veto}, …). */
	public String css() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static StandingLevel of(Signals s) {
		if (Boolean.FALSE.equals(s.up()) || s.incidentOpen() || s.seriousOpen() > 0
				|| s.unreachablePercent() >= UNREACHABLE_VETO_PERCENT
				|| (s.homeDays() != null && s.homeDays() > Freshness.HOME_VETO_DAYS)
				|| (s.columnsEmpty() != null && s.columnsEmpty() >= Freshness.EMPTY_VETO)
				|| (s.columnsStale() != null && s.columnsStale() >= Freshness.STALE_VETO)) {
			return VETO;
		}
		if (s.unreachablePercent() >= UNREACHABLE_WARNING_PERCENT || s.brokenLinks() > 0
				|| (s.homeDays() != null && s.homeDays() > Freshness.HOME_WARNING_DAYS)
				|| (s.columnsEmpty() != null && s.columnsEmpty() > Freshness.EMPTY_WARNING)
				|| (s.columnsStale() != null && s.columnsStale() > Freshness.STALE_WARNING)) {
			return WARN;
		}
		return OK;
	}
}
