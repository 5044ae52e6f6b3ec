package org.govsite.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.govsite.shared.BeijingTime;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every watched site's standing at a glance (the duty officer's board) and the daily report's figures: up or down,
 * unreachable rate over the week (warning 3 %, veto 5 %), open broken links, home page age, empty and stale columns,
 * open serious findings, open incident.
 */
@Service
public class MonitoringBoard {

	/** One site's row on the board; {@code level} is 否决 / 预警 / 正常 for sorting and colour. */
	public record Standing(SiteId siteId, String name, String type, @Nullable String baseUrl, @Nullable Boolean up,
			@Nullable Instant lastProbe, double unreachablePercent, long probes, long brokenLinks,
			@Nullable LocalDate homeNewest, @Nullable Long homeDays, @Nullable Integer columnsEmpty,
			@Nullable Integer columnsStale, long seriousOpen, long findingsOpen, boolean incidentOpen) {

		public String level() {
			if (Boolean.FALSE.equals(up) || incidentOpen || seriousOpen > 0 || unreachablePercent >= 5
					|| (homeDays != null && homeDays > Freshness.HOME_VETO_DAYS)) {
				return "veto";
			}
			if (unreachablePercent >= 3 || brokenLinks > 0 || (homeDays != null && homeDays > Freshness.HOME_WARNING_DAYS)
					|| (columnsEmpty != null && columnsEmpty > Freshness.EMPTY_WARNING)
					|| (columnsStale != null && columnsStale > Freshness.STALE_WARNING)) {
				return "warn";
			}
			return "ok";
		}

		public String levelLabel() {
			return switch (level()) {
				case "veto" -> "需立即处置";
				case "warn" -> "预警";
				default -> "正常";
			};
		}
	}

	/** One day of the platform's trend. */
	public record Day(LocalDate date, long probes, long failedProbes, long findingsOpened, long incidentsOpened) {

		public double unreachablePercent() {
			return probes == 0 ? 0 : 100.0 * failedProbes / probes;
		}
	}

	private final MonitoredSites sites;
	private final JdbcClient jdbc;
	private final Clock clock;

	MonitoringBoard(MonitoredSites sites, JdbcClient jdbc, Clock clock) {
		this.sites = sites;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Standing> standings() {
		var user = MonitoringAccess.user();
		var week = Timestamp.from(clock.instant().minus(Duration.ofDays(7)));
		var rows = new ArrayList<Standing>();
		for (var target : sites.targets()) {
			var site = target.site();
			if (!MonitoringAccess.reads(user, site.id())) {
				continue;
			}
			var id = site.id().value();
			record Probe(boolean up, Instant at) {
			}
			var last = jdbc.sql("SELECT up, probed_at FROM monitoring_probe WHERE site_id = ? ORDER BY probed_at DESC LIMIT 1")
				.param(id).query((rs, n) -> new Probe(rs.getBoolean(1), rs.getTimestamp(2).toInstant())).optional();
			record Rate(long probes, long failed) {
			}
			var rate = jdbc.sql("SELECT count(*), count(*) FILTER (WHERE NOT up) FROM monitoring_probe WHERE site_id = ? AND probed_at > ?")
				.params(id, week).query((rs, n) -> new Rate(rs.getLong(1), rs.getLong(2))).single();
			long broken = jdbc.sql("""
					SELECT count(*) FROM monitoring_finding WHERE site_id = ? AND check_code = 'LINKS' AND status IN ('OPEN', 'CONFIRMED')
					""").param(id).query(Long.class).single();
			record Counts(long serious, long open) {
			}
			var counts = jdbc.sql("""
					SELECT count(*) FILTER (WHERE severity = 'SERIOUS'), count(*) FROM monitoring_finding
					WHERE site_id = ? AND status IN ('OPEN', 'CONFIRMED')
					""").param(id).query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2))).single();
			boolean incident = jdbc.sql("SELECT count(*) FROM monitoring_incident WHERE site_id = ? AND status <> 'CLOSED'")
				.param(id).query(Long.class).single() > 0;
			record Fresh(@Nullable LocalDate home, @Nullable Integer empty, @Nullable Integer stale) {
			}
			var fresh = jdbc.sql("""
					SELECT home_newest, columns_empty, columns_stale FROM monitoring_scan
					WHERE site_id = ? AND status = 'DONE' AND checks LIKE '%FRESHNESS%' ORDER BY finished_at DESC LIMIT 1
					""").param(id).query((rs, n) -> new Fresh(rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate(),
					(Integer) rs.getObject(2), (Integer) rs.getObject(3))).optional().orElse(new Fresh(null, null, null));
			var homeDays = fresh.home() == null ? null : ChronoUnit.DAYS.between(fresh.home(), BeijingTime.today(clock));
			rows.add(new Standing(site.id(), site.name(), site.type().label(), target.baseUrl().toString(),
					last.map(Probe::up).orElse(null), last.map(Probe::at).orElse(null),
					rate.probes() == 0 ? 0 : 100.0 * rate.failed() / rate.probes(), rate.probes(), broken, fresh.home(),
					homeDays, fresh.empty(), fresh.stale(), counts.serious(), counts.open(), incident));
		}
		rows.sort(Comparator.comparing((Standing s) -> s.level().equals("veto") ? 0 : s.level().equals("warn") ? 1 : 2)
			.thenComparing(Standing::name));
		return rows;
	}

	/** The platform's last {@code days} days (the daily report's trend), oldest first. */
	@Transactional(readOnly = true)
	public List<Day> trend(int days) {
		var user = MonitoringAccess.user();
		if (!MonitoringAccess.console(user)) {
			throw org.govsite.shared.Refusal.forbidden("无权查看监测日报");
		}
		var today = BeijingTime.today(clock);
		var out = new ArrayList<Day>();
		for (int i = days - 1; i >= 0; i--) {
			var date = today.minusDays(i);
			var from = Timestamp.from(date.atStartOfDay(BeijingTime.ZONE).toInstant());
			var to = Timestamp.from(date.plusDays(1).atStartOfDay(BeijingTime.ZONE).toInstant());
			record P(long all, long failed) {
			}
			var p = jdbc.sql("SELECT count(*), count(*) FILTER (WHERE NOT up) FROM monitoring_probe WHERE probed_at >= ? AND probed_at < ?")
				.params(from, to).query((rs, n) -> new P(rs.getLong(1), rs.getLong(2))).single();
			long findings = jdbc.sql("SELECT count(*) FROM monitoring_finding WHERE first_seen >= ? AND first_seen < ?")
				.params(from, to).query(Long.class).single();
			long incidents = jdbc.sql("SELECT count(*) FROM monitoring_incident WHERE opened_at >= ? AND opened_at < ?")
				.params(from, to).query(Long.class).single();
			out.add(new Day(date, p.all(), p.failed(), findings, incidents));
		}
		return out;
	}

	/** Whether the signed-in account may open the monitoring console. */
	public boolean visible() {
		return org.govsite.iam.CurrentUser.fromContext().map(MonitoringAccess::console).orElse(false);
	}
}
