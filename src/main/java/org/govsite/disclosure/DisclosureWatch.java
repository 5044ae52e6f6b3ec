package org.govsite.disclosure;

import java.time.Clock;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.shared.Actor;
import org.govsite.shared.BeijingTime;
import org.govsite.site.SiteId;
import org.govsite.site.SiteStatus;
import org.govsite.site.Sites;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recurring deadline watch of requests for disclosure (db-scheduler, one node of the cluster): warns of requests
 * whose clock runs and that are due within {@value #WARNING_DAYS} working days, and escalates those past their deadline
 * to the supervisor (flag, history, audit, {@link DisclosureRequestEscalated}). Paused clocks (completion, third party)
 * are not watched. Each warning is raised once per request and kind.
 */
@Component
class DisclosureWatch {

	static final int WARNING_DAYS = 3;
	static final String DUE_SOON = "DUE_SOON";
	static final String OVERDUE = "OVERDUE";
	private static final long WATCH_LOCK = 0x646973636c6f7375L;

	static final int REPORT_LAST_CALL_DAYS = 5;

	record Result(int warned, int escalated, int reportsReminded) {

		Result(int warned, int escalated) {
			this(warned, escalated, 0);
		}
	}

	private final RequestStore store;
	private final WorkdayCount workdays;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final Sites sites;

	DisclosureWatch(RequestStore store, WorkdayCount workdays, AuditTrail audit, ApplicationEventPublisher events,
			JdbcClient jdbc, Clock clock, Sites sites) {
		this.sites = sites;
		this.store = store;
		this.workdays = workdays;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Result run() {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(WATCH_LOCK).query().singleRow();
		var now = clock.instant();
		var today = BeijingTime.today(clock);
		int warned = 0;
		int escalated = 0;
		for (var r : store.open()) {
			if (r.status().paused()) {
				continue;
			}
			if (today.isAfter(r.deadline())) {
				if (store.raise(r.id(), OVERDUE, now)) {
					var note = "超过答复期限 " + r.deadline() + " 未答复，已升级至主管单位督办";
					store.markEscalated(r.id(), now);
					store.recordTransition(r.id(), r.status(), r.status(), "升级督办", today, Actor.SYSTEM, note, now);
					audit.recordAs(Actor.SYSTEM, AuditRecord.of("DISCLOSURE_REQUEST_ESCALATED", "disclosure_request",
							r.id(), "政府信息公开申请 " + r.trackingCode() + note));
					events.publishEvent(new DisclosureRequestEscalated(new DisclosureRequestId(r.id()),
							new SiteId(r.siteId()), r.trackingCode(), r.deadline(), now));
					escalated++;
				}
			}
			else if (workdays.between(today, r.deadline()) <= WARNING_DAYS && store.raise(r.id(), DUE_SOON, now)) {
				var note = "距答复期限 " + r.deadline() + " 不足 " + WARNING_DAYS + " 个工作日";
				store.recordTransition(r.id(), r.status(), r.status(), "临期提醒", today, Actor.SYSTEM, note, now);
				audit.recordAs(Actor.SYSTEM, AuditRecord.of("DISCLOSURE_REQUEST_DUE_SOON", "disclosure_request", r.id(),
						"政府信息公开申请 " + r.trackingCode() + note));
				warned++;
			}
		}
		return new Result(warned, escalated, remindReports(today, now));
	}

	/**
	 * The annual report of last year is due on 31 January (Art. 49): every running government site that has not
	 * published it is reminded when January starts, again within {@value #REPORT_LAST_CALL_DAYS} working days of the
	 * day, and once when it is overdue (until the year ends); each once (audited, {@link DisclosureReportDue}).
	 */
	private int remindReports(java.time.LocalDate today, java.time.Instant now) {
		int year = today.getYear() - 1;
		var publishBy = DisclosureReports.publishBy(year);
		String kind;
		if (today.isAfter(publishBy)) {
			kind = "OVERDUE";
		}
		else if (workdays.between(today, publishBy) <= REPORT_LAST_CALL_DAYS) {
			kind = "LAST_CALL";
		}
		else {
			kind = "DUE";
		}
		int reminded = 0;
		for (var site : sites.all()) {
			if (site.status() != SiteStatus.RUNNING || !site.type().isGovernment()) {
				continue;
			}
			boolean published = jdbc.sql("SELECT EXISTS (SELECT 1 FROM disclosure_report WHERE site_id = ? AND year = ? AND published_at IS NOT NULL)")
				.params(site.id().value(), year).query(Boolean.class).single();
			if (published) {
				continue;
			}
			int raised = jdbc.sql("""
					INSERT INTO disclosure_report_reminder (site_id, year, kind, raised_at) VALUES (?, ?, ?, ?)
					ON CONFLICT DO NOTHING
					""").params(site.id().value(), year, kind, java.sql.Timestamp.from(now)).update();
			if (raised == 0) {
				continue;
			}
			var note = switch (kind) {
				case "OVERDUE" -> year + "年政府信息公开工作年度报告逾期未发布（应于 " + publishBy + " 前发布）";
				case "LAST_CALL" -> year + "年政府信息公开工作年度报告须于 " + publishBy + " 前发布，还剩不足 "
						+ REPORT_LAST_CALL_DAYS + " 个工作日";
				default -> "请于 " + publishBy + " 前发布" + year + "年政府信息公开工作年度报告";
			};
			audit.recordAs(Actor.SYSTEM, AuditRecord.of("DISCLOSURE_REPORT_REMINDED", "disclosure_report",
					site.id() + "/" + year, "「" + site.name() + "」" + note));
			events.publishEvent(new DisclosureReportDue(site.id(), year, publishBy, kind.equals("OVERDUE")));
			reminded++;
		}
		return reminded;
	}
}
