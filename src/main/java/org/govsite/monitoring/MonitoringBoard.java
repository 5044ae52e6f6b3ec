package org.govsite.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

		/** The level as CSS names it on the board ({@code veto}, {@code warn}, {@code ok}). */
		public String level() {
			return standingLevel().css();
		}

		public String levelLabel() {
			return standingLevel().label();
		}

		public StandingLevel standingLevel() {
			return StandingLevel.of(new StandingLevel.Signals(up, incidentOpen, seriousOpen, unreachablePercent, homeDays,
					brokenLinks, columnsEmpty, columnsStale));
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

	/** Every watched site the reader may read, most urgent first: each figure read for all sites in one query. */
	@Transactional(readOnly = true)
	public List<Standing> standings() {
		var user = MonitoringAccess.user();
		var targets = sites.targets().stream().filter(t -> MonitoringAccess.reads(user, t.site().id())).toList();
		var rows = standings(targets, null);
		rows.sort(Comparator.comparing(Standing::standingLevel).thenComparing(Standing::name));
		return rows;
	}

	/** One site's row (its drill-down page); empty when the site is not watched (closed, disabled, no address). */
	@Transactional(readOnly = true)
	public Optional<Standing> standing(SiteId site) {
		MonitoringAccess.requireRead(site);
		return sites.target(site).filter(MonitoredSites.Target::enabled)
			.map(target -> standings(List.of(target), site.value()).get(0));
	}

	private record Probe(boolean up, Instant at) {
	}

	private record Rate(long probes, long failed) {
	}

	private record Counts(long broken, long serious, long open) {
	}

	private record Fresh(@Nullable LocalDate home, @Nullable Integer empty, @Nullable Integer stale) {
	}

	/** The rows of {@code targets}; {@code only} narrows every query to one site. */
	private List<Standing> standings(List<MonitoredSites.Target> targets, @Nullable UUID only) {
		var span = new HashMap<String, Object>();
		span.put("week", Timestamp.from(clock.instant().minus(Duration.ofDays(7))));
		span.put("slow", MonitoringHistory.OPENS_WITHIN.toMillis());
		span.put("only", only);
		var last = new HashMap<UUID, Probe>();
		jdbc.sql("""
				SELECT site_id, last_up, last_probed_at FROM monitoring_probe_state
				WHERE CAST(:only AS UUID) IS NULL OR site_id = :only
				""").params(span).query(rs -> {
			last.put(rs.getObject(1, UUID.class), new Probe(rs.getBoolean(2), rs.getTimestamp(3).toInstant()));
		});
		var rates = new HashMap<UUID, Rate>();
		jdbc.sql("""
				SELECT site_id, count(*), count(*) FILTER (WHERE NOT up OR latency_ms > :slow) FROM monitoring_probe
				WHERE probed_at > :week AND (CAST(:only AS UUID) IS NULL OR site_id = :only) GROUP BY site_id
				""").params(span).query(rs -> {
			rates.put(rs.getObject(1, UUID.class), new Rate(rs.getLong(2), rs.getLong(3)));
		});
		var counts = new HashMap<UUID, Counts>();
		jdbc.sql("""
				SELECT site_id, count(*) FILTER (WHERE check_code = 'LINKS'), count(*) FILTER (WHERE severity = 'SERIOUS'),
				  count(*)
				FROM monitoring_finding
				WHERE status IN ('OPEN', 'CONFIRMED') AND (CAST(:only AS UUID) IS NULL OR site_id = :only) GROUP BY site_id
				""").params(span).query(rs -> {
			counts.put(rs.getObject(1, UUID.class), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
		});
		var incidents = new HashSet<UUID>(jdbc.sql("""
				SELECT site_id FROM monitoring_incident
				WHERE status <> 'CLOSED' AND (CAST(:only AS UUID) IS NULL OR site_id = :only)
				""").params(span).query(UUID.class).list());
		var fresh = new HashMap<UUID, Fresh>();
		jdbc.sql("""
				SELECT DISTINCT ON (site_id) site_id, home_newest, columns_empty, columns_stale FROM monitoring_scan
				WHERE status = 'DONE' AND checks LIKE '%FRESHNESS%' AND (CAST(:only AS UUID) IS NULL OR site_id = :only)
				ORDER BY site_id, finished_at DESC
				""").params(span).query(rs -> {
			var home = rs.getDate(2);
			fresh.put(rs.getObject(1, UUID.class), new Fresh(home == null ? null : home.toLocalDate(),
					(Integer) rs.getObject(3), (Integer) rs.getObject(4)));
		});
		var today = BeijingTime.today(clock);
		var rows = new ArrayList<Standing>();
		for (var target : targets) {
			var site = target.site();
			var id = site.id().value();
			var probe = last.get(id);
			var rate = rates.getOrDefault(id, new Rate(0, 0));
			var count = counts.getOrDefault(id, new Counts(0, 0, 0));
			var f = fresh.getOrDefault(id, new Fresh(null, null, null));
			var homeDays = f.home() == null ? null : ChronoUnit.DAYS.between(f.home(), today);
			rows.add(new Standing(site.id(), site.name(), site.type().label(), target.baseUrl().toString(),
					probe == null ? null : probe.up(), probe == null ? null : probe.at(),
					rate.probes() == 0 ? 0 : 100.0 * rate.failed() / rate.probes(), rate.probes(), count.broken(), f.home(),
					homeDays, f.empty(), f.stale(), count.serious(), count.open(), incidents.contains(id)));
		}
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
