package org.govsite.interaction;

import java.time.LocalDate;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * Figures over the messages received from {@code from} to {@code to} (inclusive): how many were received and closed
 * (answered, published or not accepted), the average handling time in working and calendar days, the share closed by
 * the deadline, how many replies were published, how many are open or overdue today, and how the citizens rated the
 * answers (满意度评价; {@code satisfactionRate}: 满意 and 基本满意 over all ratings, 0 when none).
 */
public record MessageStatistics(@Nullable SiteId siteId, LocalDate from, LocalDate to, long received, long closed,
		double averageWorkingDays, double averageCalendarDays, double onTimeRate, long publicReplies, long open,
		long overdue, long satisfied, long basicallySatisfied, long unsatisfied, double satisfactionRate) {

	/** How many answers were rated. */
	public long rated() {
		return satisfied + basicallySatisfied + unsatisfied;
	}
}
