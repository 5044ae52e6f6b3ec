package org.govsite.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.shared.Actor;
import org.govsite.shared.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar's API (Measures Art. 13): "working days follow the State Council's yearly holiday notice,
 * with make-up workdays on weekends".
 * <p>
 * Contracts:
 * <ul>
 * <li>A year's notice is the one entered on the platform, if any, else the bundled State Council notice (2020 onward);
 * a year whose notice is missing or not announced is answered from the statutory rule (weekends and the statutory
 * holidays, no make-up days), and every such answer carries {@code provisional = true}.</li>
 * <li>{@link #deadline}: the day of receipt does not count; the deadline is the end of the N-th working day after it.</li>
 * <li>Dates must lie in 1950–2150; bad input is refused with a {@link Refusal} of kind INVALID and Chinese reasons.</li>
 * <li>{@link #replaceYear} is for the system administrator only, replaces the year's whole list and is audited
 * ({@value #AUDIT_ACTION}) in the same transaction.</li>
 * </ul>
 */
@Service
public class WorkingDayCalendar {

	/** The audit action recorded when a year's notice is replaced on the platform. */
	public static final String AUDIT_ACTION = "CALENDAR_YEAR_REPLACED";

	private final BundledNotices bundled;
	private final PlatformNotices platform;
	private final StatutoryHolidays statutory;
	private final AuditTrail audit;
	private final Clock clock;

	WorkingDayCalendar(BundledNotices bundled, PlatformNotices platform, StatutoryHolidays statutory, AuditTrail audit,
			Clock clock) {
		this.bundled = bundled;
		this.platform = platform;
		this.statutory = statutory;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether {@code date} is a working day, and why. */
	@Transactional(readOnly = true)
	public DayVerdict day(LocalDate date) {
		return classifier().classify(date);
	}

	/** The end of the {@code workingDays}-th working day after the day of receipt {@code receivedOn}. */
	@Transactional(readOnly = true)
	public Deadline deadline(LocalDate receivedOn, WorkingDays workingDays) {
		return DeadlineRule.deadline(receivedOn, workingDays, classifier());
	}

	/** The year's notice as the calendar uses it, with the statutory holidays when the year is not announced. */
	@Transactional(readOnly = true)
	public YearCalendar year(int year) {
		return view(notice(CalendarRange.require(year)));
	}

	/**
	 * Replaces the year's notice with the one entered (days inside the year, no date twice, names not blank, make-up
	 * workdays on weekends, an announced year has at least one day) and records the change in the audit trail.
	 */
	@Transactional
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public YearCalendar replaceYear(int year, YearNoticeForm form) {
		var notice = NoticeRules.require(year, form);
		platform.lock(year);
		var before = view(notice(year));
		var actor = Actor.current();
		platform.replace(notice, actor, clock.instant());
		var after = view(notice);
		long offDays = notice.days().stream().filter(NoticeDay::offDay).count();
		audit.recordAs(actor, AuditRecord.of(AUDIT_ACTION, "calendar_year", year,
				"修改 " + year + " 年放假安排（" + (notice.announced() ? "已公布" : "未公布") + "，放假 " + offDays + " 天，调休上班 "
						+ (notice.days().size() - offDays) + " 天）")
			.withChange(before, after));
		return after;
	}

	/**
	 * True from 1 November while the next year's notice is not announced: the console shows a banner asking the
	 * system administrator to enter it.
	 */
	@Transactional(readOnly = true)
	public boolean nextYearMissing(LocalDate today) {
		return NextYearReminder.due(today, notice(today.getYear() + 1));
	}

	/** {@link #nextYearMissing(LocalDate)} for today in Beijing time. */
	public boolean nextYearMissing() {
		return nextYearMissing(LocalDate.now(clock));
	}

	/** Parses a date in the form YYYY-MM-DD typed by a user; refuses anything else in Chinese. */
	public static LocalDate parseDate(String text) {
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			throw Refusal.invalid("日期「" + text + "」无法识别，请按 YYYY-MM-DD 格式填写，例如 2026-10-08");
		}
	}

	private DayClassifier classifier() {
		return new DayClassifier(this::notice, statutory);
	}

	private YearNotice notice(int year) {
		return platform.find(year).or(() -> bundled.find(year)).orElseGet(() -> YearNotice.none(year));
	}

	private YearCalendar view(YearNotice notice) {
		List<NoticeDay> provisional = notice.announced() ? List.of() : statutory.asNoticeDays(notice.year());
		return new YearCalendar(notice.year(), notice.announced(), notice.source(), notice.days(), notice.papers(),
				provisional);
	}
}
