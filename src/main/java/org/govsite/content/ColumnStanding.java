package org.govsite.content;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * The rule that turns a column's last update into its status: 已超期 after the deadline day, 即将超期 within the warning
 * days before it (the deadline day itself included), 空白 with nothing published, 正常 otherwise.
 */
public record ColumnStanding(ColumnStatus status, @Nullable LocalDate lastUpdate, @Nullable LocalDate deadline,
		@Nullable Long daysLeft) {

	/** Default warning period: 4 days before the deadline. */
	public static final int DEFAULT_WARNING_DAYS = 4;

	public static ColumnStanding of(UpdateClass updateClass, @Nullable Integer overrideDays, boolean exempt,
			@Nullable LocalDate lastUpdate, LocalDate today, int warningDays) {
		if (exempt || updateClass == UpdateClass.EXEMPT) {
			return new ColumnStanding(ColumnStatus.EXEMPT, lastUpdate, null, null);
		}
		if (lastUpdate == null) {
			return new ColumnStanding(ColumnStatus.EMPTY, null, null, null);
		}
		var deadline = updateClass.deadlineAfter(lastUpdate, overrideDays);
		long daysLeft = ChronoUnit.DAYS.between(today, deadline);
		var status = daysLeft < 0 ? ColumnStatus.OVERDUE : daysLeft < warningDays ? ColumnStatus.DUE_SOON : ColumnStatus.NORMAL;
		return new ColumnStanding(status, lastUpdate, deadline, daysLeft);
	}

	public String statusLabel() {
		return status.label();
	}
}
