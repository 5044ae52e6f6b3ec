package org.govsite.console;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.govsite.assessment.AssessmentCompleted;
import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.disclosure.DisclosureReportDue;
import org.govsite.disclosure.DisclosureRequestEscalated;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.reports.AnnualReportDue;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.SiteRegistered;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 监管待办: what the supervising office (主管单位) and the platform's administrators should act on, taken from the events
 * other modules publish — a site registered and waiting for approval (Art. 6), an assessment finished, a request for
 * disclosure escalated past its statutory deadline, an annual report form or annual disclosure report not published
 * by 31 January. One notice per thing however often the event repeats; a notice is closed (已处理) by a person, audited.
 */
@Service
public class SupervisionNotices {

	/** A notice as the dashboard and the API show it. */
	public record Notice(UUID id, String kind, String kindLabel, @Nullable SiteId siteId, String summary, String href,
			Instant createdAt) {
	}

	private final JdbcClient jdbc;
	private final Sites sites;
	private final AuditTrail audit;
	private final Clock clock;

	SupervisionNotices(JdbcClient jdbc, Sites sites, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(SiteRegistered event) {
		keep("SITE_REGISTERED", "site:" + event.siteId(), event.siteId(),
				"「" + siteName(event.siteId()) + "」提交了开办申请（" + event.type().label() + "），等待审批",
				"/sites/" + event.siteId());
	}

	@ApplicationModuleListener
	void on(AssessmentCompleted event) {
		keep("ASSESSMENT_COMPLETED", "assessment:" + event.id().value(), null,
				"评估完成（" + event.from() + " 至 " + event.to() + "）：共 " + event.sites() + " 个网站，不合格 "
						+ event.unqualified() + " 个",
				"/supervision");
	}

	@ApplicationModuleListener
	void on(DisclosureRequestEscalated event) {
		keep("DISCLOSURE_ESCALATED", "disclosure:" + event.request().value(), event.site(),
				"「" + siteName(event.site()) + "」的政府信息公开申请（查询码 " + event.trackingCode() + "）已超过法定期限 "
						+ event.deadline() + " 未答复",
				"/disclosure/requests/" + event.request().value());
	}

	@ApplicationModuleListener
	void on(AnnualReportDue event) {
		if (!"OVERDUE".equals(event.kind()) && !"LAST_CALL".equals(event.kind())) {
			return; // the first reminder goes to the site; the supervisor hears of the last call and the overdue ones
		}
		keep("ANNUAL_REPORT_" + event.kind(), "annual-report:" + event.site() + ":" + event.year() + ":" + event.kind(),
				event.site(), "「" + siteName(event.site()) + "」" + event.year() + " 年度政府网站工作年度报表"
						+ ("OVERDUE".equals(event.kind()) ? "逾期未发布" : "尚未发布") + "（期限 " + event.publishBy() + "）",
				"/reports/annual/" + event.site() + "/" + event.year());
	}

	@ApplicationModuleListener
	void on(DisclosureReportDue event) {
		if (!event.overdue()) {
			return;
		}
		keep("DISCLOSURE_REPORT_OVERDUE", "disclosure-report:" + event.site() + ":" + event.year(), event.site(),
				"「" + siteName(event.site()) + "」" + event.year() + " 年政府信息公开工作年度报告逾期未发布（期限 "
						+ event.publishBy() + "）",
				"/disclosure/reports");
	}

	/** The open notices, newest first, for the oversight roles. */
	@Transactional(readOnly = true)
	public List<Notice> open() {
		requireOversight();
		return jdbc.sql("""
				SELECT id, kind, site_id, summary, href, created_at FROM supervision_notice
				WHERE done_at IS NULL ORDER BY created_at DESC LIMIT 200
				""")
			.query((rs, n) -> new Notice(rs.getObject(1, UUID.class), rs.getString(2), label(rs.getString(2)),
					rs.getObject(3) == null ? null : new SiteId(rs.getObject(3, UUID.class)), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	/** Marks a notice handled (已处理); audited. */
	@Transactional
	public void done(UUID id) {
		var me = requireOversight();
		var summary = jdbc.sql("SELECT summary FROM supervision_notice WHERE id = ? AND done_at IS NULL FOR UPDATE")
			.param(id).query(String.class).optional()
			.orElseThrow(() -> Refusal.notFound("没有这条待处理的监管待办"));
		jdbc.sql("UPDATE supervision_notice SET done_at = ?, done_by = ? WHERE id = ?")
			.params(Timestamp.from(clock.instant()), me.username(), id).update();
		audit.record(AuditRecord.of("SUPERVISION_NOTICE_DONE", "supervision_notice", id, "处理监管待办：" + summary));
	}

	private CurrentUser requireOversight() {
		var me = CurrentUser.require();
		if (Role.CONTENT_OVERSIGHT.stream().noneMatch(me::hasPlatformRole)) {
			throw Refusal.forbidden("只有主管单位、系统管理员和协同监管单位可以查看监管待办");
		}
		return me;
	}

	private void keep(String kind, String key, @Nullable SiteId site, String summary, String href) {
		jdbc.sql("""
				INSERT INTO supervision_notice (id, kind, dedupe_key, site_id, summary, href, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING
				""")
			.params(UUID.randomUUID(), kind, key, site == null ? null : site.value(), summary, href,
					Timestamp.from(clock.instant()))
			.update();
	}

	private String siteName(SiteId site) {
		return sites.find(site).map(SiteView::name).orElse("（网站）");
	}

	static String label(String kind) {
		return switch (kind) {
			case "SITE_REGISTERED" -> "网站开办";
			case "ASSESSMENT_COMPLETED" -> "评估完成";
			case "DISCLOSURE_ESCALATED" -> "依申请公开超期";
			case "ANNUAL_REPORT_LAST_CALL", "ANNUAL_REPORT_OVERDUE" -> "网站年度报表";
			case "DISCLOSURE_REPORT_OVERDUE" -> "信息公开年报";
			default -> kind;
		};
	}
}
