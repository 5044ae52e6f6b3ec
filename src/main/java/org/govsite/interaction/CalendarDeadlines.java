package org.govsite.interaction;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.govsite.calendar.DayVerdict;
import org.govsite.calendar.Deadline;
import org.govsite.calendar.WorkingDayCalendar;
import org.govsite.calendar.WorkingDays;
import org.springframework.stereotype.Component;

/** Time limits on the platform's working-day calendar (State Council notices, provisional years flagged). */
@Component
class CalendarDeadlines implements DeadlinePolicy {

	private final WorkingDayCalendar calendar;
	private final InteractionProperties properties;

	CalendarDeadlines(WorkingDayCalendar calendar, InteractionProperties properties) {
		this.calendar = calendar;
		this.properties = properties;
	}

	@Override
	public Deadline initial(LocalDate receivedOn, MessageCategory category) {
		var deadline = calendar.deadline(receivedOn, WorkingDays.of(workingDaysOf(category)));
		var cap = cap(receivedOn);
		return deadline.deadline().isAfter(cap) ? new Deadline(cap, deadline.provisional()) : deadline;
	}

	@Override
	public Deadline extend(LocalDate currentDeadline, int workingDays) {
		return calendar.deadline(currentDeadline, WorkingDays.of(workingDays));
	}

	@Override
	public LocalDate cap(LocalDate receivedOn) {
		return receivedOn.plusMonths(properties.getCapMonths());
	}

	@Override
	public int workingDaysOf(MessageCategory category) {
		return properties.workingDays(category);
	}

	/** A memo of day verdicts for one request or sweep, so that counting many clocks asks the calendar once a day. */
	Days days() {
		return new Days();
	}

	final class Days {

		private final Map<LocalDate, DayVerdict> verdicts = new HashMap<>();

		DayVerdict day(LocalDate date) {
			return verdicts.computeIfAbsent(date, calendar::day);
		}

		/**
		 * Working days left from {@code today} to {@code deadline}: the working days after today up to and including
		 * the deadline (0 on the deadline itself); negative when overdue (minus the working days since the deadline).
		 */
		int workingDaysLeft(LocalDate today, LocalDate deadline) {
			if (!today.isAfter(deadline)) {
				return countWorking(today, deadline);
			}
			return -Math.max(1, countWorking(deadline, today));
		}

		/** Working days after {@code from} up to and including {@code to}. */
		int countWorking(LocalDate from, LocalDate to) {
			int count = 0;
			for (var day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
				if (day(day).workingDay()) {
					count++;
				}
			}
			return count;
		}

		boolean provisional(LocalDate from, LocalDate to) {
			for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
				if (day(day).provisional()) {
					return true;
				}
			}
			return false;
		}
	}
}
