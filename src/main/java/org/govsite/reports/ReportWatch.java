package org.govsite.reports;

import java.sql.Timestamp;
import java.time.Clock;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.calendar.WorkingDayCalendar;
import org.govsite.shared.Actor;
import org.govsite.shared.BeijingTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds each running government site whose form of last year is not published (Art. 15: before 31 January): from
 * 2 January (DUE), again within {@value #LAST_CALL_DAYS} working days of 31 January (LAST_CALL), and once after it
 * (OVERDUE, until the year ends); each once per site, year and kind, audited, as {@link AnnualReportDue}.
 */
@Component
class ReportWatch {

	static final int LAST_CALL_DAYS = 5;
	private static final long WATCH_LOCK = 0x616e6e75616c7270L;

	private final AnnualReports reports;
	private final WorkingDayCalendar calendar;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final Clock clock;

	ReportWatch(AnnualReports reports, WorkingDayCalendar calendar, AuditTrail audit, ApplicationEventPublisher events,
			JdbcClient jdbc, Clock clock) {
		this.reports = reports;
		this.calendar = calendar;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Raises the reminders due today; returns how many. */
	@Transactional
	public int run() {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(WATCH_LOCK).query().singleRow();
		var today = BeijingTime.today(clock);
		if (today.getMonthValue() == 1 && today.getDayOfMonth() < 2) {
			return 0;
		}
		int year = today.getYear() - 1;
		var publishBy = AnnualReports.publishBy(year);
		String kind = today.isAfter(publishBy) ? "OVERDUE"
				: workingDaysBetween(today, publishBy) <= LAST_CALL_DAYS ? "LAST_CALL" : "DUE";
		int reminded = 0;
		for (var site : reports.governmentSites()) {
			if (reports.isPublished(site.id(), year)) {
				continue;
			}
			int raised = jdbc.sql("""
					INSERT INTO annual_report_reminder (site_id, year, kind, raised_at) VALUES (?, ?, ?, ?)
					ON CONFLICT DO NOTHING
					""").params(site.id().value(), year, kind, Timestamp.from(clock.instant())).update();
			if (raised == 0) {
				continue;
			}
			var note = switch (kind) {
				case "OVERDUE" -> year + "年政府网站工作年度报表逾期未发布（应于 " + publishBy + " 前发布）";
				case "LAST_CALL" -> year + "年政府网站工作年度报表须于 " + publishBy + " 前在网站首页发布，还剩不足 "
						+ LAST_CALL_DAYS + " 个工作日";
				default -> "请于 " + publishBy + " 前在网站首页发布" + year + "年政府网站工作年度报表";
			};
			audit.recordAs(Actor.SYSTEM, AuditRecord.of("ANNUAL_REPORT_REMINDED", "annual_report",
					site.id() + "/" + year, "「" + site.sponsorUnitName() + "」「" + site.name() + "」" + note));
			events.publishEvent(new AnnualReportDue(site.id(), year, publishBy, kind));
			reminded++;
		}
		return reminded;
	}

	/** Working days after {@code from} up to and including {@code to}. */
	private long workingDaysBetween(java.time.LocalDate from, java.time.LocalDate to) {
		long days = 0;
		for (var day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (calendar.day(day).workingDay()) {
				days++;
			}
		}
		return days;
	}
}
