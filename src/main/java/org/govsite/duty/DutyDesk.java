package org.govsite.duty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.iam.UserAccounts;
import org.govsite.shared.Actor;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The duty desk: the roster (排班) with handover notes, and the alerts raised to the officer on shift, acknowledged
 * by them or escalated to the leader in charge. Every notification is a row in {@code duty_notification} (the console
 * reads it; a webhook row is posted when a URL is configured).
 */
@Service
public class DutyDesk {

	/** {@code {"note": "…"}}. */
	public record Handover(@Nullable String note) {
	}

	private final JdbcClient jdbc;
	private final UserAccounts accounts;
	private final AuditTrail audit;
	private final DutyProperties properties;
	private final JsonMapper json;
	private final Clock clock;

	DutyDesk(JdbcClient jdbc, UserAccounts accounts, AuditTrail audit, DutyProperties properties, JsonMapper json,
			Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	// ---- roster

	@Transactional
	public ShiftView plan(ShiftForm form) {
		var user = requireRoster();
		var reasons = new ArrayList<String>();
		var officer = person(form.officer(), "值班员", reasons);
		var leader = person(form.leader(), "带班领导", reasons);
		var starts = time(form.startsAt(), "开始时间", reasons);
		var ends = time(form.endsAt(), "结束时间", reasons);
		if (officer != null && accounts.findByUsername(officer).filter(u -> u.enabled() && u.grants().stream()
			.anyMatch(g -> g.role() == Role.DUTY_OFFICER)).isEmpty()) {
			reasons.add("「" + officer + "」不是在用的值班员账号");
		}
		if (starts != null && ends != null && !ends.isAfter(starts)) {
			reasons.add("结束时间须晚于开始时间");
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO duty_shift (id, officer, leader, starts_at, ends_at, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""").params(id, officer, leader, Timestamp.from(starts), Timestamp.from(ends), user.username(),
				Timestamp.from(clock.instant())).update();
		audit.record(AuditRecord.of("DUTY_SHIFT_PLANNED", "duty_shift", id,
				"排班：" + officer + "（带班领导 " + leader + "）" + starts + " 至 " + ends));
		return shift(id);
	}

	@Transactional
	public ShiftView handover(UUID id, Handover handover) {
		var user = user();
		var shift = shift(id);
		var reasons = new ArrayList<String>();
		if (!shift.officer().equals(user.username())) {
			throw Refusal.forbidden("只有本班值班员才能填写交接班记录");
		}
		if (handover.note() == null || handover.note().isBlank()) {
			reasons.add("交接班记录不能为空");
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		jdbc.sql("UPDATE duty_shift SET handover_note = ? WHERE id = ?").params(handover.note().strip(), id).update();
		audit.record(AuditRecord.of("DUTY_HANDOVER", "duty_shift", id, "交接班记录：" + handover.note().strip()));
		return shift(id);
	}

	@Transactional(readOnly = true)
	public List<ShiftView> roster() {
		requireReader();
		var now = clock.instant();
		return jdbc.sql("SELECT * FROM duty_shift WHERE ends_at > ? ORDER BY starts_at LIMIT 200")
			.param(Timestamp.from(now.minus(java.time.Duration.ofDays(7)))).query((rs, n) -> mapShift(rs, now)).list();
	}

	/** Whether the signed-in account may plan shifts (the console offers the form). */
	public boolean mayPlan() {
		return CurrentUser.fromContext()
			.map(u -> u.hasPlatformRole(Role.SYSTEM_ADMIN) || u.hasPlatformRole(Role.SUPERVISOR)).orElse(false);
	}

	/** Whether the signed-in account is the officer of the shift (the console offers the handover form). */
	public boolean isOfficerOf(ShiftView shift) {
		return CurrentUser.fromContext().map(u -> u.username().equals(shift.officer())).orElse(false);
	}

	/** The shift running now, if any. */
	@Transactional(readOnly = true)
	public Optional<ShiftView> current() {
		var now = clock.instant();
		return jdbc.sql("SELECT * FROM duty_shift WHERE starts_at <= ? AND ends_at > ? ORDER BY starts_at DESC LIMIT 1")
			.params(Timestamp.from(now), Timestamp.from(now)).query((rs, n) -> mapShift(rs, now)).optional();
	}

	// ---- alerts

	@Transactional(readOnly = true)
	public List<AlertView> alerts(boolean openOnly) {
		requireReader();
		return jdbc.sql("""
				SELECT * FROM duty_alert WHERE (NOT ? OR status IN ('PENDING', 'ESCALATED'))
				ORDER BY CASE status WHEN 'ESCALATED' THEN 0 WHEN 'PENDING' THEN 1 ELSE 2 END, raised_at DESC LIMIT 300
				""").param(openOnly).query(DutyDesk::mapAlert).list();
	}

	@Transactional(readOnly = true)
	public AlertView alert(UUID id) {
		requireReader();
		return load(id);
	}

	@Transactional
	public AlertView acknowledge(UUID id) {
		var user = user();
		var alert = load(id);
		if (!user.username().equals(alert.officer()) && !user.username().equals(alert.leader())
				&& !user.hasPlatformRole(Role.SYSTEM_ADMIN) && user.sitesWith(Role.DUTY_OFFICER).isEmpty()
				&& !user.hasPlatformRole(Role.DUTY_OFFICER)) {
			throw Refusal.forbidden("只有值班员和带班领导才能确认告警");
		}
		move(alert, AlertLifecycle.Action.ACKNOWLEDGE, user.username());
		audit.record(AuditRecord.of("DUTY_ALERT_ACKNOWLEDGED", "duty_alert", id, "确认告警：" + alert.title()));
		return load(id);
	}

	/** Raises an alert to the officer on shift (monitoring's serious findings and incidents). */
	@Transactional
	UUID raise(String source, UUID sourceId, UUID siteId, String title, String body) {
		var now = clock.instant();
		var shift = current();
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO duty_alert (id, source, source_id, site_id, title, body, status, officer, leader, raised_at, due_at)
				VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)
				""").params(id, source, sourceId, siteId, title, body, shift.map(ShiftView::officer).orElse(null),
				shift.map(ShiftView::leader).orElse(null), Timestamp.from(now),
				Timestamp.from(now.plus(properties.getAcknowledgeWithin()))).update();
		send(id, shift.map(ShiftView::officer).orElse("duty:未排班"), "【值班告警】" + title, body, "ALERT");
		audit.recordAs(Actor.SYSTEM, AuditRecord.of("DUTY_ALERT_RAISED", "duty_alert", id,
				"告警值班员 " + shift.map(ShiftView::officer).orElse("（未排班）") + "：" + title));
		return id;
	}

	/** The source is settled (incident recovered): its open alerts are resolved. */
	@Transactional
	void resolve(UUID sourceId, String how) {
		var open = jdbc.sql("SELECT * FROM duty_alert WHERE source_id = ? AND status IN ('PENDING', 'ESCALATED')")
			.param(sourceId).query(DutyDesk::mapAlert).list();
		for (var alert : open) {
			move(alert, AlertLifecycle.Action.RESOLVE, Actor.SYSTEM);
			send(alert.id(), alert.officer() == null ? "duty:未排班" : alert.officer(), "【告警解除】" + alert.title(), how,
					"RESOLVED");
		}
	}

	/** Escalates every alert past its acknowledgement time to the leader in charge; returns how many. */
	@Transactional
	public int escalateOverdue() {
		var now = clock.instant();
		var overdue = jdbc.sql("SELECT * FROM duty_alert WHERE status = 'PENDING' AND due_at <= ? FOR UPDATE SKIP LOCKED")
			.param(Timestamp.from(now)).query(DutyDesk::mapAlert).list();
		for (var alert : overdue) {
			move(alert, AlertLifecycle.Action.ESCALATE, Actor.SYSTEM);
			var leader = alert.leader() != null ? alert.leader() : current().map(ShiftView::leader).orElse("leader:未排班");
			send(alert.id(), leader, "【告警升级】" + alert.title(),
					"值班员 " + (alert.officer() == null ? "（未排班）" : alert.officer()) + " 超过 "
							+ properties.getAcknowledgeWithin().toMinutes() + " 分钟未确认告警，已升级至带班领导：" + alert.body(),
					"ESCALATED");
			audit.recordAs(Actor.SYSTEM, AuditRecord.of("DUTY_ALERT_ESCALATED", "duty_alert", alert.id(),
					"告警超时未确认，升级至 " + leader + "：" + alert.title()));
		}
		return overdue.size();
	}

	/** Notifications, newest first. */
	@Transactional(readOnly = true)
	public List<String> notifications(UUID alert) {
		requireReader();
		return jdbc.sql("SELECT kind || ' → ' || recipient || '：' || subject FROM duty_notification WHERE alert_id = ? ORDER BY id")
			.param(alert).query(String.class).list();
	}

	private void move(AlertView alert, AlertLifecycle.Action action, String actor) {
		var now = clock.instant();
		var to = AlertLifecycle.TABLE.fire(alert.status(), action, new AlertLifecycle.Facts(!alert.dueAt().isAfter(now)),
				Refusal.Kind.CONFLICT);
		jdbc.sql("""
				UPDATE duty_alert SET status = ?,
				  acknowledged_at = CASE WHEN ? THEN ? ELSE acknowledged_at END,
				  acknowledged_by = CASE WHEN ? THEN ? ELSE acknowledged_by END,
				  escalated_at = CASE WHEN ? THEN ? ELSE escalated_at END
				WHERE id = ?
				""").params(to.name(), action == AlertLifecycle.Action.ACKNOWLEDGE, Timestamp.from(now),
				action == AlertLifecycle.Action.ACKNOWLEDGE, actor, action == AlertLifecycle.Action.ESCALATE,
				Timestamp.from(now), alert.id()).update();
	}

	private void send(UUID alert, String recipient, String subject, String body, String kind) {
		var now = Timestamp.from(clock.instant());
		jdbc.sql("""
				INSERT INTO duty_notification (channel, recipient, subject, body, alert_id, kind, created_at)
				VALUES ('CONSOLE', ?, ?, ?, ?, ?, ?)
				""").params(recipient, subject, body, alert, kind, now).update();
		if (!properties.getWebhookUrl().isBlank()) {
			var payload = new LinkedHashMap<String, Object>();
			payload.put("kind", kind);
			payload.put("alertId", alert.toString());
			payload.put("recipient", recipient);
			payload.put("subject", subject);
			payload.put("body", body);
			jdbc.sql("""
					INSERT INTO duty_notification (channel, recipient, subject, body, alert_id, kind, created_at)
					VALUES ('WEBHOOK', ?, ?, ?, ?, ?, ?)
					""").params(properties.getWebhookUrl(), subject, json.writeValueAsString(payload), alert, kind, now)
				.update();
		}
	}

	private AlertView load(UUID id) {
		return jdbc.sql("SELECT * FROM duty_alert WHERE id = ?").param(id).query(DutyDesk::mapAlert).optional()
			.orElseThrow(() -> Refusal.notFound("告警不存在"));
	}

	private ShiftView shift(UUID id) {
		var now = clock.instant();
		return jdbc.sql("SELECT * FROM duty_shift WHERE id = ?").param(id).query((rs, n) -> mapShift(rs, now)).optional()
			.orElseThrow(() -> Refusal.notFound("班次不存在"));
	}

	private static CurrentUser user() {
		return CurrentUser.fromContext().orElseThrow(() -> Refusal.forbidden("请先登录"));
	}

	private static CurrentUser requireRoster() {
		var user = user();
		if (!user.hasPlatformRole(Role.SYSTEM_ADMIN) && !user.hasPlatformRole(Role.SUPERVISOR)) {
			throw Refusal.forbidden("只有大数据中心运维人员和主管单位才能排班");
		}
		return user;
	}

	private static CurrentUser requireReader() {
		var user = user();
		if (!user.hasPlatformRole(Role.SYSTEM_ADMIN) && !user.hasPlatformRole(Role.SUPERVISOR)
				&& !user.hasPlatformRole(Role.DUTY_OFFICER) && user.sitesWith(Role.DUTY_OFFICER).isEmpty()) {
			throw Refusal.forbidden("只有值班员、大数据中心运维人员和主管单位才能查看值班信息");
		}
		return user;
	}

	private static @Nullable String person(@Nullable String username, String label, List<String> reasons) {
		if (username == null || username.isBlank()) {
			reasons.add("请填写" + label);
			return null;
		}
		return username.strip();
	}

	private static @Nullable Instant time(@Nullable String text, String label, List<String> reasons) {
		if (text == null || text.isBlank()) {
			reasons.add("请填写" + label);
			return null;
		}
		return BeijingTime.parse(text, label, reasons);
	}

	private static ShiftView mapShift(ResultSet rs, Instant now) throws SQLException {
		var starts = rs.getTimestamp("starts_at").toInstant();
		var ends = rs.getTimestamp("ends_at").toInstant();
		return new ShiftView(rs.getObject("id", UUID.class), rs.getString("officer"), rs.getString("leader"), starts, ends,
				rs.getString("handover_note"), !starts.isAfter(now) && ends.isAfter(now));
	}

	private static AlertView mapAlert(ResultSet rs, int n) throws SQLException {
		var status = AlertLifecycle.Status.valueOf(rs.getString("status"));
		var ack = rs.getTimestamp("acknowledged_at");
		var esc = rs.getTimestamp("escalated_at");
		return new AlertView(rs.getObject("id", UUID.class), rs.getString("source"), rs.getObject("source_id", UUID.class),
				rs.getObject("site_id", UUID.class), rs.getString("title"), rs.getString("body"), status,
				rs.getString("officer"), rs.getString("leader"), rs.getTimestamp("raised_at").toInstant(),
				rs.getTimestamp("due_at").toInstant(), ack == null ? null : ack.toInstant(), rs.getString("acknowledged_by"),
				esc == null ? null : esc.toInstant(),
				AlertLifecycle.TABLE.actionsFrom(status).stream().filter(a -> a == AlertLifecycle.Action.ACKNOWLEDGE).toList());
	}
}
