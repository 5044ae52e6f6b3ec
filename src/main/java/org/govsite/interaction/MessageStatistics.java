package org.govsite.interaction;

import java.time.LocalDate;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * Figures over the messages received from {@code from} to {@code to} (inclusive): how many were received and closed
 * (answered, published or not accepted), the average handling time in working and calendar days, the share closed by
 * the deadline, how many replies were published, and how many are open or overdue today.
 */
public record MessageStatistics(@Nullable SiteId siteId, LocalDate from, LocalDate to, long received, long closed,
		double averageWorkingDays, double averageCalendarDays, double onTimeRate, long publicReplies, long open,
		long overdue) {
}
