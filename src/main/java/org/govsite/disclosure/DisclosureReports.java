package org.govsite.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.content.PublicContent;
import org.govsite.content.ArticleKind;
import org.govsite.content.Validity;
import org.govsite.iam.Role;
import org.govsite.shared.Actor;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.Reasons;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.SiteStatus;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The annual disclosure report (政府信息公开工作年度报告, Regulations Art. 49–50) of each body (site).
 * <p>
 * Contracts:
 * <ul>
 * <li>The figures are computed from the platform's data: proactive disclosure from the site's live articles (content's
 * public API), requests from {@code disclosure_request} (new, carried over, closed by row of the national table,
 * carried forward); once published, the report shows the figures as published.</li>
 * <li>The written parts and the reconsideration and lawsuit figures are edited by the site's 信息公开办理员 until
 * publication; publication is allowed from 1 January of the next year, due by 31 January, once, and audited.</li>
 * <li>Readers: the site's 信息公开办理员 and the supervisor; everyone once published. The supervisor sees who has
 * published ({@link #overview}).</li>
 * </ul>
 */
@Service
public class DisclosureReports {

	private final JdbcClient jdbc;
	private final PublicContent content;
	private final Sites sites;
	private final AuditTrail audit;
	private final JsonMapper json;
	private final Clock clock;

	DisclosureReports(JdbcClient jdbc, PublicContent content, Sites sites, AuditTrail audit, JsonMapper json,
			Clock clock) {
		this.jdbc = jdbc;
		this.content = content;
		this.sites = sites;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/** The report of a site and year (see the class contract for who reads it). */
	@Transactional(readOnly = true)
	public ReportView get(SiteId siteId, int year) {
		var site = site(siteId);
		requireYear(year);
		var view = view(site, year);
		if (!view.published()) {
			var user = DisclosureAccess.user();
			if (!DisclosureAccess.reader(user, site.id().value())) {
				throw Refusal.forbidden("年度报告尚未发布，只有本网站的信息公开办理员和主管单位才能查看");
			}
		}
		return view;
	}

	/** A published report for the public page; not found while unpublished. */
	@Transactional(readOnly = true)
	public ReportView published(String siteCode, int year) {
		var site = sites.findBySiteCode(siteCode).orElseThrow(() -> Refusal.notFound("网站「" + siteCode + "」不存在"));
		var view = view(site, year);
		if (!view.published()) {
			throw Refusal.notFound(site.name() + year + "年政府信息公开工作年度报告尚未发布");
		}
		return view;
	}

	/** Saves the written parts of an unpublished report. */
	@Transactional
	public ReportView save(SiteId siteId, int year, ReportForm form) {
		var site = site(siteId);
		requireYear(year);
		var user = DisclosureAccess.user();
		DisclosureAccess.requireOfficer(user, site.id().value(), "编辑政府信息公开工作年度报告");
		var reasons = new Reasons();
		reasons.when(text(form.overview()).length() > 20000, "总体情况不能超过 20000 字")
			.when(text(form.problems()).length() > 20000, "存在的主要问题及改进情况不能超过 20000 字")
			.when(text(form.otherMatters()).length() > 20000, "其他需要报告的事项不能超过 20000 字");
		for (var n : new Integer[] { form.reconsiderations(), form.reconsiderationsUpheld(),
				form.reconsiderationsRevised(), form.lawsuits(), form.lawsuitsUpheld(), form.lawsuitsRevised() }) {
			reasons.when(n != null && n < 0, "行政复议和行政诉讼的件数不能为负数");
		}
		reasons.when(count(form.reconsiderationsUpheld()) + count(form.reconsiderationsRevised()) > count(form.reconsiderations()),
				"行政复议结果维持与纠正的件数之和不能超过行政复议总件数");
		reasons.when(count(form.lawsuitsUpheld()) + count(form.lawsuitsRevised()) > count(form.lawsuits()),
				"行政诉讼结果维持与纠正的件数之和不能超过行政诉讼总件数");
		reasons.throwIfAny(Refusal.Kind.INVALID);
		lock(site, year);
		if (publishedAt(site.id(), year) != null) {
			throw Refusal.conflict(year + "年度报告已发布，不能再修改");
		}
		jdbc.sql("""
				UPDATE disclosure_report SET version = version + 1, overview = :overview, problems = :problems,
				    other_matters = :other, reconsiderations = :rc, reconsiderations_upheld = :rcu,
				    reconsiderations_revised = :rcr, lawsuits = :ls, lawsuits_upheld = :lsu, lawsuits_revised = :lsr,
				    updated_at = :at, updated_by = :by
				WHERE site_id = :site AND year = :year
				""")
			.param("overview", text(form.overview()))
			.param("problems", text(form.problems()))
			.param("other", text(form.otherMatters()))
			.param("rc", count(form.reconsiderations()))
			.param("rcu", count(form.reconsiderationsUpheld()))
			.param("rcr", count(form.reconsiderationsRevised()))
			.param("ls", count(form.lawsuits()))
			.param("lsu", count(form.lawsuitsUpheld()))
			.param("lsr", count(form.lawsuitsRevised()))
			.param("at", Timestamp.from(clock.instant()))
			.param("by", user.username())
			.param("site", site.id().value())
			.param("year", year)
			.update();
		audit.record(AuditRecord.of("DISCLOSURE_REPORT_SAVED", "disclosure_report", site.id() + "/" + year,
				"编辑「" + site.name() + "」" + year + "年政府信息公开工作年度报告"));
		return view(site, year);
	}

	/** Publishes the report with the figures as computed now; from 1 January of the next year, once. */
	@Transactional
	public ReportView publish(SiteId siteId, int year) {
		var site = site(siteId);
		requireYear(year);
		var user = DisclosureAccess.user();
		DisclosureAccess.requireOfficer(user, site.id().value(), "发布政府信息公开工作年度报告");
		var today = BeijingTime.today(clock);
		if (today.getYear() <= year) {
			throw Refusal.invalid(year + "年度报告须在该年度结束后发布（" + (year + 1) + "-01-01 起）");
		}
		lock(site, year);
		if (publishedAt(site.id(), year) != null) {
			throw Refusal.conflict(year + "年度报告已发布，不能重复发布");
		}
		var figures = figures(site, year);
		jdbc.sql("""
				UPDATE disclosure_report SET version = version + 1, published_at = ?, published_by = ?,
				    published_figures = ? WHERE site_id = ? AND year = ?
				""")
			.params(Timestamp.from(clock.instant()), user.username(), json.writeValueAsString(figures),
					site.id().value(), year)
			.update();
		audit.record(AuditRecord.of("DISCLOSURE_REPORT_PUBLISHED", "disclosure_report", site.id() + "/" + year,
				"发布「" + site.name() + "」" + year + "年政府信息公开工作年度报告" + (today.isAfter(publishBy(year)) ? "（逾期发布）" : ""))
			.withChange(null, figures));
		return view(site, year);
	}

	/** The supervisor's view: every running site's report of the year, published or not, and by whom. */
	@Transactional(readOnly = true)
	public List<ReportView> overview(int year) {
		var user = DisclosureAccess.user();
		if (!user.hasPlatformRole(Role.SUPERVISOR)) {
			throw Refusal.forbidden("只有主管单位才能查看各网站年度报告的发布情况");
		}
		requireYear(year);
		return sites.all().stream().filter(s -> s.status() == SiteStatus.RUNNING && s.type().isGovernment())
			.map(s -> view(s, year)).toList();
	}

	/**
	 * The reports of the year the signed-in user reads: the supervisor and platform-wide officers every running
	 * government site's, a site's officer their sites'.
	 */
	@Transactional(readOnly = true)
	public List<ReportView> readable(int year) {
		var user = DisclosureAccess.user();
		requireYear(year);
		var readable = DisclosureAccess.readableSites(user);
		return sites.all().stream().filter(s -> s.status() == SiteStatus.RUNNING && s.type().isGovernment())
			.filter(s -> readable == null ? DisclosureAccess.reader(user, s.id().value()) : readable.contains(s.id().value()))
			.map(s -> view(s, year)).toList();
	}

	// ------------------------------------------------------------------ figures

	ReportFigures figures(SiteView site, int year) {
		var start = LocalDate.of(year, 1, 1);
		var end = LocalDate.of(year, 12, 31);
		var zone = BeijingTime.ZONE;
		long[] proactive = new long[5];
		content.forEachLive(site.id(), article -> {
			var r = article.revision();
			int publishedYear = article.publishedAt().atZone(zone).getYear();
			if (publishedYear == year) {
				proactive[3]++;
				if (article.kind() == ArticleKind.INTERPRETATION) {
					proactive[4]++;
				}
				if (article.kind() == ArticleKind.POLICY) {
					proactive[0]++;
				}
			}
			if (article.kind() == ArticleKind.POLICY) {
				var changed = r.validityChangedOn();
				boolean repealed = r.validity() == Validity.EXPIRED || r.validity() == Validity.REPEALED;
				if (repealed && changed != null && changed.getYear() == year) {
					proactive[1]++;
				}
				if (publishedYear <= year && (!repealed || (changed != null && changed.isAfter(end)))) {
					proactive[2]++;
				}
			}
		});
		var rows = jdbc.sql("""
				WITH r AS (
				    SELECT d.received_on, d.status, d.outcome, d.late,
				           COALESCE(d.answered_on, (SELECT max(t.acted_on) FROM disclosure_transition t
				                                    WHERE t.request_id = d.id AND t.to_status = 'ABANDONED')) AS closed_on
				    FROM disclosure_request d WHERE d.site_id = :site)
				SELECT
				    count(*) FILTER (WHERE received_on BETWEEN :start AND :end) AS new_requests,
				    count(*) FILTER (WHERE received_on < :start AND (closed_on IS NULL OR closed_on >= :start)) AS carried_over,
				    count(*) FILTER (WHERE closed_on BETWEEN :start AND :end AND late) AS late
				FROM r
				""")
			.param("site", site.id().value())
			.param("start", start)
			.param("end", end)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
		var outcomes = new LinkedHashMap<String, Long>();
		for (var row : ReportFigures.ROWS) {
			outcomes.put(row, 0L);
		}
		jdbc.sql("""
				SELECT d.status, d.outcome, count(*) FROM disclosure_request d
				WHERE d.site_id = :site AND COALESCE(d.answered_on, (SELECT max(t.acted_on) FROM disclosure_transition t
				      WHERE t.request_id = d.id AND t.to_status = 'ABANDONED')) BETWEEN :start AND :end
				GROUP BY d.status, d.outcome
				""")
			.param("site", site.id().value())
			.param("start", start)
			.param("end", end)
			.query((rs, n) -> {
				var outcome = rs.getString(2);
				var row = outcome == null ? ReportFigures.ABANDONED_ROW : DisclosureOutcome.valueOf(outcome).reportRow();
				outcomes.merge(row, rs.getLong(3), Long::sum);
				return row;
			})
			.list();
		long total = outcomes.values().stream().mapToLong(Long::longValue).sum();
		return new ReportFigures(proactive[0], proactive[1], proactive[2], proactive[3], proactive[4], rows[0],
				rows[1], outcomes, total, rows[0] + rows[1] - total, rows[2]);
	}

	private ReportView view(SiteView site, int year) {
		var stored = jdbc.sql("SELECT * FROM disclosure_report WHERE site_id = ? AND year = ?")
			.params(site.id().value(), year)
			.query((rs, n) -> new Object[] {
					new ReportForm(rs.getString("overview"), rs.getString("problems"), rs.getString("other_matters"),
							rs.getInt("reconsiderations"), rs.getInt("reconsiderations_upheld"),
							rs.getInt("reconsiderations_revised"), rs.getInt("lawsuits"), rs.getInt("lawsuits_upheld"),
							rs.getInt("lawsuits_revised")),
					rs.getTimestamp("published_at"), rs.getString("published_by"), rs.getString("published_figures") })
			.optional();
		var form = stored.map(s -> (ReportForm) s[0]).orElse(new ReportForm("", "", "", 0, 0, 0, 0, 0, 0));
		var publishedAt = stored.map(s -> (Timestamp) s[1]).map(Timestamp::toInstant).orElse(null);
		var publishedBy = stored.map(s -> (String) s[2]).orElse(null);
		var snapshot = stored.map(s -> (String) s[3]).orElse(null);
		var figures = snapshot != null ? json.readValue(snapshot, ReportFigures.class) : figures(site, year);
		var today = BeijingTime.today(clock);
		return new ReportView(site.id(), site.name(), year, figures, form, publishedAt, publishedBy, publishBy(year),
				publishedAt == null && today.isAfter(publishBy(year)));
	}

	private void lock(SiteView site, int year) {
		jdbc.sql("""
				INSERT INTO disclosure_report (site_id, year, updated_at, updated_by) VALUES (?, ?, ?, ?)
				ON CONFLICT (site_id, year) DO NOTHING
				""").params(site.id().value(), year, Timestamp.from(clock.instant()), Actor.current()).update();
		jdbc.sql("SELECT 1 FROM disclosure_report WHERE site_id = ? AND year = ? FOR UPDATE")
			.params(site.id().value(), year).query().singleRow();
	}

	private @Nullable Object publishedAt(SiteId site, int year) {
		return jdbc.sql("SELECT published_at FROM disclosure_report WHERE site_id = ? AND year = ?")
			.params(site.value(), year).query((rs, n) -> rs.getTimestamp(1)).optional().orElse(null);
	}

	static LocalDate publishBy(int year) {
		return LocalDate.of(year + 1, 1, 31);
	}

	private SiteView site(SiteId id) {
		return sites.find(id).orElseThrow(() -> Refusal.notFound("网站「" + id.value() + "」不存在"));
	}

	private static void requireYear(int year) {
		if (year < 2008 || year > 2150) {
			throw Refusal.invalid("年度「" + year + "」不正确：政府信息公开工作年度报告自 2008 年起");
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	private static int count(@Nullable Integer value) {
		return value == null ? 0 : value;
	}
}
