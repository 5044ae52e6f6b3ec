package org.govsite.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.shared.Actor;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents (故障): an outage opened and closed by the probes, a defacement opened by the tamper check and closed when
 * every file matches the manifest again; acknowledged and annotated by the duty officer.
 */
@Service
public class Incidents {

	/** {@code {"action": "ACKNOWLEDGE|NOTE|RECOVER", "note": "…"}}. */
	public record Command(IncidentLifecycle.@Nullable Action action, @Nullable String note) {
	}

	private record Row(UUID id, UUID siteId, IncidentLifecycle.Cause kind, IncidentLifecycle.Status status, String cause,
			Instant openedAt,
			@Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy, @Nullable Instant closedAt, long version) {
	}

	private final JdbcClient jdbc;
	private final Sites sites;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Incidents(JdbcClient jdbc, Sites sites, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<IncidentView> recent(@Nullable SiteId site, int limit) {
		var user = MonitoringAccess.user();
		if (site != null) {
			MonitoringAccess.requireRead(site);
		}
		var names = names();
		return jdbc.sql("""
				SELECT * FROM monitoring_incident WHERE (CAST(? AS UUID) IS NULL OR site_id = ?)
				ORDER BY CASE status WHEN 'CLOSED' THEN 1 ELSE 0 END, opened_at DESC LIMIT ?
				""").params(site == null ? null : site.value(), site == null ? null : site.value(), limit)
			.query(Incidents::map).list().stream()
			.filter(row -> MonitoringAccess.reads(user, new SiteId(row.siteId())))
			.map(row -> view(row, names)).toList();
	}

	@Transactional(readOnly = true)
	public IncidentView get(UUID id) {
		var row = load(id);
		MonitoringAccess.requireRead(new SiteId(row.siteId()));
		return view(row, names());
	}

	@Transactional
	public IncidentView transition(UUID id, Command command) {
		var row = load(id);
		MonitoringAccess.requireAct(new SiteId(row.siteId()), "处置故障");
		if (command.action() == null) {
			throw Refusal.invalid("请选择要执行的操作");
		}
		var note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
		boolean recovered = row.kind() == IncidentLifecycle.Cause.TAMPER ? openTamperFindings(row.siteId()) == 0
				: jdbc.sql("SELECT last_up FROM monitoring_probe_state WHERE site_id = ?").param(row.siteId())
					.query(Boolean.class).optional().orElse(false);
		var to = IncidentLifecycle.TABLE.fire(row.status(), command.action(),
				new IncidentLifecycle.Facts(note != null, recovered, row.kind()), Refusal.Kind.INVALID);
		var now = clock.instant();
		move(row, to, command.action(), Actor.current(), note == null ? command.action().label() : note, now);
		audit.record(AuditRecord.of("INCIDENT_" + command.action().name(), "monitoring_incident", id,
				"故障「" + row.cause() + "」" + command.action().label() + (note == null ? "" : "：" + note)));
		return get(id);
	}

	/** Open findings of the tamper check on the site. */
	private long openTamperFindings(UUID site) {
		return jdbc.sql("SELECT count(*) FROM monitoring_finding WHERE site_id = ? AND check_code = 'TAMPER' AND status IN ('OPEN', 'CONFIRMED')")
			.param(site).query(Long.class).single();
	}

	/** Opens an incident of this cause for the site unless one is open; returns whether it opened one. */
	@Transactional
	boolean open(SiteView site, IncidentLifecycle.Cause kind, String cause, Instant at) {
		var open = jdbc.sql("SELECT count(*) FROM monitoring_incident WHERE site_id = ? AND kind = ? AND status <> 'CLOSED'")
			.params(site.id().value(), kind.name()).query(Long.class).single();
		if (open > 0) {
			return false;
		}
		var id = UUID.randomUUID();
		jdbc.sql("INSERT INTO monitoring_incident (id, site_id, kind, status, cause, opened_at) VALUES (?, ?, ?, 'OPEN', ?, ?)")
			.params(id, site.id().value(), kind.name(), cause, Timestamp.from(at)).update();
		line(id, at, "OPEN", Actor.SYSTEM, cause);
		audit.recordAs(Actor.SYSTEM, AuditRecord.of("INCIDENT_OPENED", "monitoring_incident", id,
				"网站「" + site.name() + "」" + kind.label() + "，已立为故障：" + cause));
		events.publishEvent(new IncidentOpened(id, site.id(), site.name(), kind, cause, at));
		return true;
	}

	/** Closes the site's open incident of this cause on recovery; returns whether one was closed. */
	@Transactional
	boolean recover(SiteView site, IncidentLifecycle.Cause kind, String how, Instant at) {
		var rows = jdbc.sql("SELECT * FROM monitoring_incident WHERE site_id = ? AND kind = ? AND status <> 'CLOSED'")
			.params(site.id().value(), kind.name()).query(Incidents::map).list();
		for (var row : rows) {
			var to = IncidentLifecycle.TABLE.fire(row.status(), IncidentLifecycle.Action.RECOVER,
					new IncidentLifecycle.Facts(true, true, kind), Refusal.Kind.CONFLICT);
			move(row, to, IncidentLifecycle.Action.RECOVER, Actor.SYSTEM, how, at);
			audit.recordAs(Actor.SYSTEM, AuditRecord.of("INCIDENT_CLOSED", "monitoring_incident", row.id(),
					"网站「" + site.name() + "」" + (kind == IncidentLifecycle.Cause.TAMPER ? "被篡改文件已全部恢复" : "恢复访问")
							+ "，故障关闭：" + how));
			events.publishEvent(new IncidentClosed(row.id(), site.id(), site.name(), kind, at));
		}
		return !rows.isEmpty();
	}

	private void move(Row row, IncidentLifecycle.Status to, IncidentLifecycle.Action action, String actor, String note,
			Instant at) {
		var updated = jdbc.sql("""
				UPDATE monitoring_incident SET status = ?, version = version + 1,
				  acknowledged_at = CASE WHEN ? THEN ? ELSE acknowledged_at END,
				  acknowledged_by = CASE WHEN ? THEN ? ELSE acknowledged_by END,
				  closed_at = CASE WHEN ? THEN ? ELSE closed_at END
				WHERE id = ? AND version = ?
				""")
			.params(to.name(), action == IncidentLifecycle.Action.ACKNOWLEDGE, Timestamp.from(at),
					action == IncidentLifecycle.Action.ACKNOWLEDGE, actor, to == IncidentLifecycle.Status.CLOSED,
					Timestamp.from(at), row.id(), row.version())
			.update();
		if (updated != 1) {
			throw Refusal.conflict("该故障已被他人处置，请刷新后重试");
		}
		line(row.id(), at, action.name(), actor, note);
	}

	private void line(UUID incident, Instant at, String action, String actor, String note) {
		jdbc.sql("INSERT INTO monitoring_incident_event (incident_id, occurred_at, action, actor, note) VALUES (?, ?, ?, ?, ?)")
			.params(incident, Timestamp.from(at), action, actor, note).update();
	}

	private Row load(UUID id) {
		return jdbc.sql("SELECT * FROM monitoring_incident WHERE id = ?").param(id).query(Incidents::map).optional()
			.orElseThrow(() -> Refusal.notFound("故障不存在"));
	}

	private IncidentView view(Row row, Map<UUID, String> names) {
		var timeline = jdbc.sql("""
				SELECT occurred_at, action, actor, note FROM monitoring_incident_event WHERE incident_id = ? ORDER BY occurred_at, id
				""").param(row.id())
			.query((rs, n) -> new IncidentView.Line(rs.getTimestamp(1).toInstant(), label(rs.getString(2)),
					rs.getString(3), rs.getString(4)))
			.list();
		return new IncidentView(row.id(), row.siteId(), names.getOrDefault(row.siteId(), ""), row.kind(), row.status(), row.cause(),
				row.openedAt(), row.acknowledgedAt(), row.acknowledgedBy(), row.closedAt(), timeline,
				IncidentLifecycle.TABLE.actionsFrom(row.status()));
	}

	private static String label(String action) {
		if (action.equals("OPEN")) {
			return "发现故障";
		}
		try {
			return IncidentLifecycle.Action.valueOf(action).label();
		}
		catch (IllegalArgumentException e) {
			return action;
		}
	}

	private Map<UUID, String> names() {
		return sites.all().stream().collect(Collectors.toMap(s -> s.id().value(), SiteView::name, (a, b) -> a));
	}

	private static Row map(ResultSet rs, int n) throws SQLException {
		var ack = rs.getTimestamp("acknowledged_at");
		var closed = rs.getTimestamp("closed_at");
		return new Row(rs.getObject("id", UUID.class), rs.getObject("site_id", UUID.class),
				IncidentLifecycle.Cause.valueOf(rs.getString("kind")), IncidentLifecycle.Status.valueOf(rs.getString("status")), rs.getString("cause"),
				rs.getTimestamp("opened_at").toInstant(), ack == null ? null : ack.toInstant(),
				rs.getString("acknowledged_by"), closed == null ? null : closed.toInstant(), rs.getLong("version"));
	}
}
