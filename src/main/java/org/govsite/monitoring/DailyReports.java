package org.govsite.monitoring;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.Actor;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.Spreadsheet;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 监测日报 (Art. 14): each morning the day before is written down per watched site (availability, response time,
 * incidents and downtime, broken links, new and serious findings, freshness as the last scan saw it, the standing
 * level) and kept; the platform's figures are the sum of the rows the reader may see. Written by the scheduler at
 * 06:00 Beijing time (catching up on missed days), or again on request by the operators.
 */
@Service
public class DailyReports {

	/** How many missed days the morning run catches up on. */
	static final int CATCH_UP_DAYS = 7;

	/** One site's day. */
	public record SiteDay(LocalDate date, SiteId siteId, String siteName, String siteType, String baseUrl, int probes,
			int failedProbes, @Nullable Integer averageLatencyMs, int incidentsOpened, int downtimeMinutes,
			int brokenLinks, int suspectedLinks, int findingsOpened, int seriousOpen, @Nullable LocalDate homeNewest,
			@Nullable Integer columnsEmpty, @Nullable Integer columnsStale, StandingLevel level, Instant generatedAt) {

		public double unreachablePercent() {
			return probes == 0 ? 0 : 100.0 * failedProbes / probes;
		}

		/** Days between the newest home-page item and the report's day; null when no scan saw a date. */
		public @Nullable Long homeDays() {
			return homeNewest == null ? null : ChronoUnit.DAYS.between(homeNewest, date);
		}

		public String levelLabel() {
			return level.label();
		}
	}

	/** The platform's figures of one day: sums over the sites in the report. */
	public record Totals(LocalDate date, int sites, int veto, int warn, long probes, long failedProbes,
			int incidentsOpened, int downtimeMinutes, int brokenLinks, int findingsOpened, int seriousOpen) {

		public double unreachablePercent() {
			return probes == 0 ? 0 : 100.0 * failedProbes / probes;
		}
	}

	/** A day's report as a reader sees it: the rows they may read, worst first, and their totals. */
	public record Report(LocalDate date, boolean generated, @Nullable Instant generatedAt, Totals totals,
			List<SiteDay> sites) {
	}

	private final MonitoredSites watched;
	private final MonitoringHistory history;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	DailyReports(MonitoredSites watched, MonitoringHistory history, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.watched = watched;
		this.history = history;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The morning run: yesterday, and any of the week before that has no report yet. */
	@Transactional
	public int writeMissing() {
		var yesterday = BeijingTime.today(clock).minusDays(1);
		var written = 0;
		for (int back = CATCH_UP_DAYS - 1; back >= 0; back--) {
			var day = yesterday.minusDays(back);
			boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM monitoring_daily_report WHERE report_date = ?)")
				.param(Date.valueOf(day)).query(Boolean.class).single();
			if (back == 0 || !exists) {
				write(day);
				written++;
			}
		}
		audit.recordAs(Actor.SYSTEM, AuditRecord.of("MONITORING_DAILY_REPORT", "monitoring_daily_report", yesterday.toString(),
				"生成监测日报：" + yesterday + (written > 1 ? "（补生成 " + (written - 1) + " 天）" : "")));
		return written;
	}

	/** Writes (or rewrites) a past day's report on request: operators only. */
	@Transactional
	public Report regenerate(LocalDate date) {
		var user = MonitoringAccess.user();
		if (!user.hasPlatformRole(Role.SYSTEM_ADMIN) && !user.hasPlatformRole(Role.DUTY_OFFICER)) {
			throw Refusal.forbidden("只有大数据中心运维人员和值班员才能生成监测日报");
		}
		if (!date.isBefore(BeijingTime.today(clock))) {
			throw Refusal.invalid("只能生成今天以前的日报：" + date + " 尚未过完");
		}
		write(date);
		audit.record(AuditRecord.of("MONITORING_DAILY_REPORT", "monitoring_daily_report", date.toString(), "重新生成监测日报：" + date));
		return report(date);
	}

	/** A day's report, the rows the reader may read. */
	@Transactional(readOnly = true)
	public Report report(LocalDate date) {
		var user = requireReader();
		var rows = jdbc.sql("SELECT * FROM monitoring_daily_report WHERE report_date = ?").param(Date.valueOf(date))
			.query(DailyReports::map).list().stream()
			.filter(r -> MonitoringAccess.reads(user, r.siteId()))
			.sorted(Comparator.comparing(SiteDay::level).thenComparing(SiteDay::siteName))
			.toList();
		var generatedAt = rows.stream().map(SiteDay::generatedAt).max(Comparator.naturalOrder()).orElse(null);
		return new Report(date, !rows.isEmpty(), generatedAt, totals(date, rows), rows);
	}

	/** The platform's totals of each day in [{@code from}, {@code to}] that has a report, oldest first. */
	@Transactional(readOnly = true)
	public List<Totals> trend(LocalDate from, LocalDate to) {
		var user = requireReader();
		var byDay = new java.util.TreeMap<LocalDate, List<SiteDay>>();
		jdbc.sql("SELECT * FROM monitoring_daily_report WHERE report_date BETWEEN ? AND ?")
			.params(Date.valueOf(from), Date.valueOf(to)).query(DailyReports::map).list().stream()
			.filter(r -> MonitoringAccess.reads(user, r.siteId()))
			.forEach(r -> byDay.computeIfAbsent(r.date(), d -> new ArrayList<>()).add(r));
		return byDay.entrySet().stream().map(e -> totals(e.getKey(), e.getValue())).toList();
	}

	/** One site's days in [{@code from}, {@code to}], oldest first (its drill-down). */
	@Transactional(readOnly = true)
	public List<SiteDay> site(SiteId site, LocalDate from, LocalDate to) {
		MonitoringAccess.requireRead(site);
		return jdbc.sql("SELECT * FROM monitoring_daily_report WHERE site_id = ? AND report_date BETWEEN ? AND ? ORDER BY report_date")
			.params(site.value(), Date.valueOf(from), Date.valueOf(to)).query(DailyReports::map).list();
	}

	/** The day's report as a workbook: 汇总 (the day and the 30 days before it) and 各网站. */
	@Transactional(readOnly = true)
	public byte[] xlsx(LocalDate date) {
		var report = report(date);
		if (!report.generated()) {
			throw Refusal.notFound(date + " 的监测日报尚未生成");
		}
		var summary = new ArrayList<List<?>>();
		for (var t : trend(date.minusDays(29), date)) {
			summary.add(List.of(t.date().toString(), t.sites(), t.veto(), t.warn(), t.probes(), t.failedProbes(),
					percent(t.unreachablePercent()), t.incidentsOpened(), t.downtimeMinutes(), t.brokenLinks(),
					t.findingsOpened(), t.seriousOpen()));
		}
		var sites = new ArrayList<List<?>>();
		for (var r : report.sites()) {
			var row = new ArrayList<@Nullable Object>();
			row.addAll(List.of(r.siteName(), r.siteType(), r.baseUrl(), r.levelLabel(), r.probes(), r.failedProbes(),
					percent(r.unreachablePercent())));
			row.add(r.averageLatencyMs());
			row.addAll(List.of(r.incidentsOpened(), r.downtimeMinutes(), r.brokenLinks(), r.suspectedLinks(),
					r.findingsOpened(), r.seriousOpen()));
			row.add(r.homeNewest() == null ? null : r.homeNewest().toString());
			row.add(r.homeDays());
			row.add(r.columnsEmpty());
			row.add(r.columnsStale());
			sites.add(row);
		}
		return new Spreadsheet()
			.sheet("汇总", List.of("日期", "监测网站", "需立即处置", "预警", "探测次数", "失败次数", "不可访问率(%)", "新发故障",
					"故障时长(分钟)", "失效链接", "新发现问题", "严重问题"), summary)
			.sheet("各网站", List.of("网站", "类型", "监测地址", "状态", "探测次数", "失败次数", "不可访问率(%)", "平均响应(毫秒)",
					"新发故障", "故障时长(分钟)", "失效链接", "疑似失效链接", "新发现问题", "严重问题", "首页最新信息", "首页未更新(天)",
					"空白栏目", "不更新栏目"), sites)
			.bytes();
	}

	/** Writes the day's rows for every watched site, replacing what was there. */
	void write(LocalDate date) {
		var from = date.atStartOfDay(BeijingTime.ZONE).toInstant();
		var to = date.plusDays(1).atStartOfDay(BeijingTime.ZONE).toInstant();
		var targets = watched.targets();
		var ids = targets.stream().map(t -> t.site().id()).toList();
		var span = new HashMap<String, Object>();
		span.put("from", Timestamp.from(from));
		span.put("to", Timestamp.from(to));
		span.put("slow", MonitoringHistory.OPENS_WITHIN.toMillis());

		record Probes(int all, int failed, @Nullable Integer latency) {
		}
		var probes = new HashMap<UUID, Probes>();
		jdbc.sql("""
				SELECT site_id, count(*), count(*) FILTER (WHERE NOT up OR latency_ms > :slow),
				  CAST(round(avg(latency_ms) FILTER (WHERE up)) AS INT)
				FROM monitoring_probe WHERE probed_at >= :from AND probed_at < :to GROUP BY site_id
				""").params(span).query(rs -> {
			probes.put(rs.getObject(1, UUID.class), new Probes(rs.getInt(2), rs.getInt(3), (Integer) rs.getObject(4)));
		});
		record Downtime(int opened, int minutes) {
		}
		var downtime = new HashMap<UUID, Downtime>();
		jdbc.sql("""
				SELECT site_id, count(*) FILTER (WHERE opened_at >= :from),
				  CAST(round(sum(EXTRACT(EPOCH FROM LEAST(COALESCE(closed_at, :to), :to) - GREATEST(opened_at, :from)) / 60)) AS INT)
				FROM monitoring_incident WHERE opened_at < :to AND (closed_at IS NULL OR closed_at > :from) GROUP BY site_id
				""").params(span).query(rs -> {
			downtime.put(rs.getObject(1, UUID.class), new Downtime(rs.getInt(2), rs.getInt(3)));
		});
		var opened = new HashMap<UUID, Integer>();
		jdbc.sql("""
				SELECT site_id, count(*) FROM monitoring_finding
				WHERE first_seen >= :from AND first_seen < :to AND status <> 'FALSE_POSITIVE' GROUP BY site_id
				""").params(span).query(rs -> {
			opened.put(rs.getObject(1, UUID.class), rs.getInt(2));
		});
		var suspected = new HashMap<UUID, Integer>();
		jdbc.sql("""
				SELECT site_id, count(*) FROM monitoring_finding
				WHERE check_code = 'LINKS' AND NOT confirmed AND status = 'OPEN' AND first_seen < :to AND last_seen >= :from
				GROUP BY site_id
				""").params(span).query(rs -> {
			suspected.put(rs.getObject(1, UUID.class), rs.getInt(2));
		});
		record Fresh(@Nullable LocalDate home, @Nullable Integer empty, @Nullable Integer stale) {
		}
		var fresh = new HashMap<UUID, Fresh>();
		jdbc.sql("""
				SELECT DISTINCT ON (site_id) site_id, home_newest, columns_empty, columns_stale FROM monitoring_scan
				WHERE status = 'DONE' AND checks LIKE '%FRESHNESS%' AND finished_at < :to
				ORDER BY site_id, finished_at DESC
				""").params(span).query(rs -> {
			var home = rs.getDate(2);
			fresh.put(rs.getObject(1, UUID.class), new Fresh(home == null ? null : home.toLocalDate(),
					(Integer) rs.getObject(3), (Integer) rs.getObject(4)));
		});
		var open = history.openFindings(ids, EnumSet.allOf(Check.class), from, to);

		var now = Timestamp.from(clock.instant());
		jdbc.sql("DELETE FROM monitoring_daily_report WHERE report_date = ?").param(Date.valueOf(date)).update();
		for (var target : targets) {
			var site = target.site();
			var id = site.id().value();
			var p = probes.getOrDefault(id, new Probes(0, 0, null));
			var d = downtime.getOrDefault(id, new Downtime(0, 0));
			var f = fresh.getOrDefault(id, new Fresh(null, null, null));
			var findings = open.getOrDefault(site.id(), List.of());
			int broken = (int) findings.stream().filter(x -> x.check() == Check.LINKS).count();
			int serious = (int) findings.stream().filter(x -> x.severity() == Severity.SERIOUS).count();
			var homeDays = f.home() == null ? null : ChronoUnit.DAYS.between(f.home(), date);
			var level = StandingLevel.of(new StandingLevel.Signals(null, d.opened() > 0 || d.minutes() > 0, serious,
					p.all() == 0 ? 0 : 100.0 * p.failed() / p.all(), homeDays, broken, f.empty(), f.stale()));
			jdbc.sql("""
					INSERT INTO monitoring_daily_report (report_date, site_id, site_name, site_type, base_url, probes,
					  failed_probes, average_latency_ms, incidents_opened, downtime_minutes, broken_links, suspected_links,
					  findings_opened, serious_open, home_newest, columns_empty, columns_stale, level, generated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""").params(Date.valueOf(date), id, site.name(), site.type().label(), target.baseUrl().toString(),
					p.all(), p.failed(), p.latency(), d.opened(), d.minutes(), broken, suspected.getOrDefault(id, 0),
					opened.getOrDefault(id, 0), serious, f.home() == null ? null : Date.valueOf(f.home()), f.empty(),
					f.stale(), level.name(), now).update();
		}
	}

	private static Totals totals(LocalDate date, List<SiteDay> rows) {
		return new Totals(date, rows.size(), (int) rows.stream().filter(r -> r.level() == StandingLevel.VETO).count(),
				(int) rows.stream().filter(r -> r.level() == StandingLevel.WARN).count(),
				rows.stream().mapToLong(SiteDay::probes).sum(), rows.stream().mapToLong(SiteDay::failedProbes).sum(),
				rows.stream().mapToInt(SiteDay::incidentsOpened).sum(), rows.stream().mapToInt(SiteDay::downtimeMinutes).sum(),
				rows.stream().mapToInt(SiteDay::brokenLinks).sum(), rows.stream().mapToInt(SiteDay::findingsOpened).sum(),
				rows.stream().mapToInt(SiteDay::seriousOpen).sum());
	}

	private static double percent(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static CurrentUser requireReader() {
		var user = MonitoringAccess.user();
		if (!MonitoringAccess.console(user)) {
			throw Refusal.forbidden("无权查看监测日报");
		}
		return user;
	}

	private static SiteDay map(ResultSet rs, int n) throws SQLException {
		var home = rs.getDate("home_newest");
		return new SiteDay(rs.getDate("report_date").toLocalDate(), new SiteId(rs.getObject("site_id", UUID.class)),
				rs.getString("site_name"), rs.getString("site_type"), rs.getString("base_url"), rs.getInt("probes"),
				rs.getInt("failed_probes"), (Integer) rs.getObject("average_latency_ms"), rs.getInt("incidents_opened"),
				rs.getInt("downtime_minutes"), rs.getInt("broken_links"), rs.getInt("suspected_links"),
				rs.getInt("findings_opened"), rs.getInt("serious_open"), home == null ? null : home.toLocalDate(),
				(Integer) rs.getObject("columns_empty"), (Integer) rs.getObject("columns_stale"),
				StandingLevel.valueOf(rs.getString("level")), rs.getTimestamp("generated_at").toInstant());
	}
}
