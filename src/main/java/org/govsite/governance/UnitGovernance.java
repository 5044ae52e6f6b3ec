package org.govsite.governance;

import static org.govsite.shared.Text.blankToNull;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.calendar.WorkingDayCalendar;
import org.govsite.calendar.WorkingDays;
import org.govsite.governance.FollowUpLifecycle.Action;
import org.govsite.governance.FollowUpLifecycle.Status;
import org.govsite.shared.Actor;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.FormCheck;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteStatus;
import org.govsite.site.Sites;
import org.govsite.unit.UnitForm;
import org.govsite.unit.UnitId;
import org.govsite.unit.UnitKind;
import org.govsite.unit.UnitView;
import org.govsite.unit.Units;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's website governance (Art. 20-22, 25): the leader in charge (分管负责人) with history, the yearly special
 * meeting (会议纪要), staff lines (Art. 21), budget lines (Art. 22), coordination meetings with follow-up actions whose
 * due dates are counted in working days on the platform calendar. Every write is checked, transactional and audited.
 */
@Service
public class UnitGovernance {

	public record LeaderForm(
			@NotBlank(message = "请填写分管负责人姓名") @Size(max = 50, message = "分管负责人姓名不能超过 50 个字符") @Nullable String name,
			@Size(max = 100, message = "职务不能超过 100 个字符") @Nullable String title,
			@NotNull(message = "请填写任职日期") @Nullable LocalDate from) {
	}

	public record MeetingForm(
			@NotNull(message = "请填写会议日期") @Nullable LocalDate heldOn,
			@NotBlank(message = "请填写参会人员") @Size(max = 2000, message = "参会人员不能超过 2000 个字符") @Nullable String attendees,
			@NotBlank(message = "请填写会议纪要") @Size(max = 20000, message = "会议纪要不能超过 20000 个字符") @Nullable String minutes,
			@Size(max = 4000, message = "议定事项不能超过 4000 个字符") @Nullable String decisions) {
	}

	public record StaffForm(
			@NotBlank(message = "请填写人员姓名") @Size(max = 50, message = "姓名不能超过 50 个字符") @Nullable String name,
			@NotBlank(message = "请填写工作职责") @Size(max = 200, message = "工作职责不能超过 200 个字符") @Nullable String duty,
			@Pattern(regexp = "^$|^[0-9+\\-() ]{5,40}$", message = "联系电话格式不正确") @Nullable String phone) {
	}

	public record BudgetForm(
			@NotNull(message = "请填写预算年度") @Min(value = 2000, message = "预算年度须在 2000 至 2100 之间") @Max(value = 2100, message = "预算年度须在 2000 至 2100 之间") @Nullable Integer year,
			@NotNull(message = "请填写预算金额") @DecimalMin(value = "0", message = "预算金额不能为负数") @Nullable BigDecimal amount,
			@NotBlank(message = "请填写预算用途") @Size(max = 300, message = "预算用途不能超过 300 个字符") @Nullable String purpose) {
	}

	public record CoordinationForm(
			@NotNull(message = "请填写会议日期") @Nullable LocalDate heldOn,
			@NotBlank(message = "请填写会议议题") @Size(max = 300, message = "会议议题不能超过 300 个字符") @Nullable String topic,
			@NotBlank(message = "请填写参会单位") @Size(max = 2000, message = "参会单位不能超过 2000 个字符") @Nullable String participants,
			@Size(max = 20000, message = "会议纪要不能超过 20000 个字符") @Nullable String minutes) {
	}

	public record FollowUpForm(
			@NotBlank(message = "请填写跟进事项") @Size(max = 2000, message = "跟进事项不能超过 2000 个字符") @Nullable String action,
			@NotNull(message = "请选择责任单位") @Nullable UnitId ownerUnitId,
			@NotNull(message = "请填写办理时限（工作日）") @Min(value = 1, message = "办理时限须在 1 至 366 个工作日之间") @Max(value = 366, message = "办理时限须在 1 至 366 个工作日之间") @Nullable Integer workingDays) {
	}

	public record LeaderView(UUID id, String name, @Nullable String title, LocalDate from, @Nullable LocalDate to,
			String recordedBy) {
	}

	public record MeetingView(UUID id, LocalDate heldOn, String attendees, String minutes, @Nullable String decisions,
			String recordedBy) {
	}

	public record StaffView(UUID id, String name, String duty, @Nullable String phone) {
	}

	/** A budget line; {@code amount} in yuan (two decimals), {@code amountFen} as stored. */
	public record BudgetView(UUID id, int year, BigDecimal amount, long amountFen, String purpose) {
	}

	public record FollowUpView(FollowUpId id, UUID meetingId, UnitId conveningUnitId, String action, UnitId ownerUnitId,
			String ownerUnitName, int workingDays, LocalDate dueOn, Status status, String statusLabel, boolean overdue,
			@Nullable String closingNote, @Nullable String closedBy, List<Action> actions) {
	}

	public record CoordinationView(UUID id, LocalDate heldOn, String topic, String participants,
			@Nullable String minutes, List<FollowUpView> actions) {
	}

	/** Everything recorded for a unit; {@code assigned} are other units' follow-up actions this unit owns. */
	public record GovernanceView(UnitId unitId, String unitName, @Nullable LeaderView leader, List<LeaderView> leaders,
			List<MeetingView> meetings, boolean meetingThisYear, List<StaffView> staff, List<BudgetView> budget,
			List<CoordinationView> coordination, List<FollowUpView> assigned, boolean writable) {
	}

	/** A line of the prefecture-wide table: does the unit have this year's meeting, a leader, open actions. */
	public record OverviewLine(UnitId unitId, String unitName, String kindLabel, @Nullable String leader,
			@Nullable LocalDate lastMeeting, boolean meetingThisYear, long openActions, long overdueActions) {
	}

	private final JdbcClient jdbc;
	private final Units units;
	private final Sites sites;
	private final WorkingDayCalendar calendar;
	private final AuditTrail audit;
	private final FormCheck formCheck;
	private final GovernanceAccess access;
	private final Clock clock;

	UnitGovernance(JdbcClient jdbc, Units units, Sites sites, WorkingDayCalendar calendar, AuditTrail audit,
			FormCheck formCheck, GovernanceAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.sites = sites;
		this.calendar = calendar;
		this.audit = audit;
		this.formCheck = formCheck;
		this.access = access;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public GovernanceView view(UnitId unitId) {
		var user = access.user();
		var unit = unit(unitId);
		access.requireGovernanceReader(user, unitId);
		var leaders = leaders(unitId);
		var meetings = meetings(unitId);
		int year = today().getYear();
		var names = unitNames();
		var actions = followUps("m.unit_id = ? OR a.owner_unit_id = ?", List.of(unitId.value(), unitId.value()), names);
		var byMeeting = actions.stream().filter(a -> a.conveningUnitId().equals(unitId))
			.collect(Collectors.groupingBy(FollowUpView::meetingId));
		var coordination = jdbc.sql("""
				SELECT id, held_on, topic, participants, minutes FROM coordination_meeting WHERE unit_id = ?
				ORDER BY held_on DESC, recorded_at DESC""")
			.param(unitId.value())
			.query((rs, n) -> {
				var id = rs.getObject(1, UUID.class);
				return new CoordinationView(id, rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
						rs.getString(5), byMeeting.getOrDefault(id, List.of()));
			})
			.list();
		return new GovernanceView(unitId, unit.name(), leaders.stream().filter(l -> l.to() == null).findFirst().orElse(null),
				leaders, meetings, meetings.stream().anyMatch(m -> m.heldOn().getYear() == year), staff(unitId),
				budget(unitId), coordination,
				actions.stream().filter(a -> a.ownerUnitId().equals(unitId) && !a.conveningUnitId().equals(unitId)).toList(),
				GovernanceAccess.writesGovernance(user, unitId.value()));
	}

	/**
	 * The prefecture-wide table (platform readers only): every unit that sponsors a running site, with this year's
	 * meeting or its absence.
	 */
	@Transactional(readOnly = true)
	public List<OverviewLine> overview() {
		access.requirePlatformReader(access.user());
		var today = today();
		return heldUnits().stream().map(unit -> {
			var last = lastMeeting(unit.id());
			var leader = leaders(unit.id()).stream().filter(l -> l.to() == null).findFirst().map(LeaderView::name)
				.orElse(unit.leaderInCharge());
			var counts = jdbc.sql("""
					SELECT count(*) FILTER (WHERE status = 'OPEN'), count(*) FILTER (WHERE status = 'OPEN' AND due_on < ?)
					FROM coordination_action WHERE owner_unit_id = ?""")
				.params(today, unit.id().value())
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
			return new OverviewLine(unit.id(), unit.name(), unit.kindLabel(), leader, last,
					last != null && last.getYear() == today.getYear(), counts[0], counts[1]);
		}).toList();
	}

	/** The units Art. 20 holds to a leader in charge and a yearly meeting: sponsors of running sites. */
	List<UnitView> heldUnits() {
		Set<UnitId> sponsors = sites.all().stream().filter(s -> s.status() == SiteStatus.RUNNING)
			.map(s -> s.sponsorUnitId()).collect(Collectors.toCollection(LinkedHashSet::new));
		return units.all().stream().filter(u -> sponsors.contains(u.id())).toList();
	}

	@Nullable LocalDate lastMeeting(UnitId unit) {
		return jdbc.sql("SELECT max(held_on) FROM governance_meeting WHERE unit_id = ?").param(unit.value())
			.query(LocalDate.class).optional().orElse(null);
	}

	/** Names a new leader in charge from {@code from}; the current one's term ends the day before. */
	@Transactional
	public LeaderView setLeader(UnitId unitId, LeaderForm form) {
		var unit = writable(unitId);
		formCheck.require(form);
		var reasons = new ArrayList<String>();
		if (unit.kind() == UnitKind.VENDOR) {
			reasons.add("服务厂商不设网站分管负责人");
		}
		if (form.from().isAfter(today())) {
			reasons.add("任职日期不能晚于今天");
		}
		var current = leaders(unitId).stream().filter(l -> l.to() == null).findFirst();
		current.filter(c -> !form.from().isAfter(c.from()))
			.ifPresent(c -> reasons.add("新任分管负责人的任职日期须晚于现任分管负责人" + c.name() + "的任职日期 " + c.from()));
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		current.ifPresent(c -> jdbc.sql("UPDATE governance_leader SET to_date = ? WHERE id = ?")
			.params(form.from().minusDays(1), c.id()).update());
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO governance_leader (id, unit_id, name, title, from_date, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, unitId.value(), form.name().trim(), blankToNull(form.title()), form.from(), Actor.current(), now())
			.update();
		// the unit's own record names the current leader too (contacts, assessment, other modules)
		units.change(unitId, new UnitForm(unit.name(), unit.kind(), unit.parentId(), unit.divisionCode(),
				unit.contactPerson(), unit.contactPhone(), unit.contactEmail(), unit.address(), form.name().trim(),
				blankToNull(form.title())));
		var view = leaders(unitId).stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
		audit.record(AuditRecord.of("GOVERNANCE_LEADER_SET", "unit", unitId.value(),
				"「" + unit.name() + "」网站分管负责人变更为 " + view.name() + "（自 " + view.from() + " 起）"
						+ current.map(c -> "，前任 " + c.name() + " 任职至 " + form.from().minusDays(1)).orElse(""))
			.withChange(current.orElse(null), view));
		return view;
	}

	@Transactional
	public MeetingView addMeeting(UnitId unitId, MeetingForm form) {
		var unit = writable(unitId);
		formCheck.require(form);
		if (form.heldOn().isAfter(today())) {
			throw Refusal.invalid("会议日期不能晚于今天，请在会后登记会议纪要");
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO governance_meeting (id, unit_id, held_on, attendees, minutes, decisions, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, unitId.value(), form.heldOn(), form.attendees().trim(), form.minutes().trim(),
					blankToNull(form.decisions()), Actor.current(), now())
			.update();
		var view = meetings(unitId).stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
		audit.record(AuditRecord.of("GOVERNANCE_MEETING_RECORDED", "unit", unitId.value(),
				"「" + unit.name() + "」登记网站工作专题会议（" + view.heldOn() + "）").withChange(null, view));
		return view;
	}

	@Transactional
	public StaffView addStaff(UnitId unitId, StaffForm form) {
		var unit = writable(unitId);
		formCheck.require(form);
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO governance_staff (id, unit_id, name, duty, phone, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, unitId.value(), form.name().trim(), form.duty().trim(), blankToNull(form.phone()),
					Actor.current(), now())
			.update();
		var view = staff(unitId).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
		audit.record(AuditRecord.of("GOVERNANCE_STAFF_ADDED", "unit", unitId.value(),
				"「" + unit.name() + "」登记网站工作人员 " + view.name() + "（" + view.duty() + "）").withChange(null, view));
		return view;
	}

	@Transactional
	public void removeStaff(UnitId unitId, String staffId) {
		var unit = writable(unitId);
		var id = GovernanceIds.uuid(staffId, "工作人员");
		var before = staff(unitId).stream().filter(s -> s.id().equals(id)).findFirst()
			.orElseThrow(() -> Refusal.notFound("工作人员不存在"));
		jdbc.sql("DELETE FROM governance_staff WHERE id = ? AND unit_id = ?").params(id, unitId.value()).update();
		audit.record(AuditRecord.of("GOVERNANCE_STAFF_REMOVED", "unit", unitId.value(),
				"「" + unit.name() + "」移除网站工作人员 " + before.name()).withChange(before, null));
	}

	@Transactional
	public BudgetView addBudget(UnitId unitId, BudgetForm form) {
		var unit = writable(unitId);
		formCheck.require(form);
		var amount = form.amount().stripTrailingZeros();
		if (amount.scale() > 2) {
			throw Refusal.invalid("预算金额最多精确到分（两位小数）");
		}
		if (amount.compareTo(new BigDecimal("10000000000")) >= 0) {
			throw Refusal.invalid("预算金额须小于 100 亿元");
		}
		long fen = amount.movePointRight(2).longValueExact();
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO governance_budget (id, unit_id, year, amount_fen, purpose, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, unitId.value(), form.year(), fen, form.purpose().trim(), Actor.current(), now())
			.update();
		var view = budget(unitId).stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
		audit.record(AuditRecord.of("GOVERNANCE_BUDGET_ADDED", "unit", unitId.value(),
				"「" + unit.name() + "」登记" + view.year() + "年网站运维预算 " + view.amount().toPlainString() + " 元（"
						+ view.purpose() + "）").withChange(null, view));
		return view;
	}

	@Transactional
	public CoordinationView addCoordinationMeeting(UnitId unitId, CoordinationForm form) {
		var unit = writable(unitId);
		formCheck.require(form);
		if (form.heldOn().isAfter(today())) {
			throw Refusal.invalid("会议日期不能晚于今天，请在会后登记");
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO coordination_meeting (id, unit_id, held_on, topic, participants, minutes, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, unitId.value(), form.heldOn(), form.topic().trim(), form.participants().trim(),
					blankToNull(form.minutes()), Actor.current(), now())
			.update();
		var view = new CoordinationView(id, form.heldOn(), form.topic().trim(), form.participants().trim(),
				blankToNull(form.minutes()), List.of());
		audit.record(AuditRecord.of("COORDINATION_MEETING_RECORDED", "coordination_meeting", id,
				"「" + unit.name() + "」登记协调会议「" + view.topic() + "」（" + view.heldOn() + "）").withChange(null, view));
		return view;
	}

	/** Adds a follow-up action to a coordination meeting; due the given number of working days after the meeting. */
	@Transactional
	public FollowUpView addFollowUp(UnitId unitId, String meetingId, FollowUpForm form) {
		var unit = writable(unitId);
		var meeting = GovernanceIds.uuid(meetingId, "协调会议");
		var heldOn = jdbc.sql("SELECT held_on FROM coordination_meeting WHERE id = ? AND unit_id = ?")
			.params(meeting, unitId.value()).query(LocalDate.class).optional()
			.orElseThrow(() -> Refusal.notFound("协调会议不存在"));
		formCheck.require(form);
		var owner = units.find(form.ownerUnitId()).orElseThrow(() -> Refusal.invalid("责任单位不存在"));
		var due = calendar.deadline(heldOn, WorkingDays.of(form.workingDays())).deadline();
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO coordination_action (id, meeting_id, action, owner_unit_id, working_days, due_on, status)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, meeting, form.action().trim(), owner.id().value(), form.workingDays(), due, Status.OPEN.name())
			.update();
		var view = followUp(new FollowUpId(id));
		audit.record(AuditRecord.of("COORDINATION_ACTION_ADDED", "coordination_action", id,
				"「" + unit.name() + "」协调会议跟进事项交「" + owner.name() + "」办理，" + form.workingDays() + " 个工作日内（"
						+ due + " 前）").withChange(null, view));
		return view;
	}

	/**
	 * Completes or cancels a follow-up action (the table {@link FollowUpLifecycle}); the convening unit's or the owner
	 * unit's site administrator acts.
	 */
	@Transactional
	public FollowUpView act(FollowUpId id, @Nullable Action action, @Nullable String note) {
		var user = access.user();
		var before = followUp(id);
		if (!GovernanceAccess.writesGovernance(user, before.conveningUnitId().value())
				&& !GovernanceAccess.writesGovernance(user, before.ownerUnitId().value())) {
			throw Refusal.forbidden("只有召集单位或责任单位的站点管理员才能办理跟进事项");
		}
		if (action == null) {
			throw Refusal.invalid("请选择要执行的操作");
		}
		var to = FollowUpLifecycle.TABLE.fire(before.status(), action, new FollowUpLifecycle.Facts(note),
				Refusal.Kind.INVALID);
		int updated = jdbc.sql("""
				UPDATE coordination_action SET status = ?, closing_note = ?, closed_by = ?, closed_at = ?,
				  version = version + 1 WHERE id = ? AND status = ?""")
			.params(to.name(), blankToNull(note), Actor.current(), now(), id.value(), before.status().name())
			.update();
		if (updated == 0) {
			throw Refusal.conflict("跟进事项已被他人办理，请刷新后重试");
		}
		var after = followUp(id);
		audit.record(AuditRecord.of("COORDINATION_ACTION_" + to.name(), "coordination_action", id.value(),
				"跟进事项「" + abbreviate(after.action()) + "」" + action.label() + "（" + after.ownerUnitName() + "）")
			.withChange(before, after));
		return after;
	}

	FollowUpView followUp(FollowUpId id) {
		return followUps("a.id = ?", List.of(id.value()), unitNames()).stream().findFirst()
			.orElseThrow(() -> Refusal.notFound("跟进事项不存在"));
	}

	private List<FollowUpView> followUps(String where, List<Object> params, Map<UnitId, String> names) {
		var today = today();
		return jdbc.sql("""
				SELECT a.id, a.meeting_id, m.unit_id, a.action, a.owner_unit_id, a.working_days, a.due_on, a.status,
				  a.closing_note, a.closed_by
				FROM coordination_action a JOIN coordination_meeting m ON m.id = a.meeting_id
				WHERE %s ORDER BY a.due_on, a.id""".formatted(where))
			.params(params)
			.query((rs, n) -> {
				var status = Status.valueOf(rs.getString(8));
				var owner = new UnitId(rs.getObject(5, UUID.class));
				var due = rs.getObject(7, LocalDate.class);
				return new FollowUpView(new FollowUpId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class),
						new UnitId(rs.getObject(3, UUID.class)), rs.getString(4), owner, names.getOrDefault(owner, ""),
						rs.getInt(6), due, status, status.label(), status == Status.OPEN && today.isAfter(due),
						rs.getString(9), rs.getString(10), FollowUpLifecycle.actionsFrom(status));
			})
			.list();
	}

	List<LeaderView> leaders(UnitId unit) {
		return jdbc.sql("""
				SELECT id, name, title, from_date, to_date, recorded_by FROM governance_leader WHERE unit_id = ?
				ORDER BY from_date DESC""")
			.param(unit.value())
			.query((rs, n) -> new LeaderView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6)))
			.list();
	}

	private List<MeetingView> meetings(UnitId unit) {
		return jdbc.sql("""
				SELECT id, held_on, attendees, minutes, decisions, recorded_by FROM governance_meeting WHERE unit_id = ?
				ORDER BY held_on DESC, recorded_at DESC""")
			.param(unit.value())
			.query((rs, n) -> new MeetingView(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	private List<StaffView> staff(UnitId unit) {
		return jdbc.sql("SELECT id, name, duty, phone FROM governance_staff WHERE unit_id = ? ORDER BY recorded_at, name")
			.param(unit.value())
			.query((rs, n) -> new StaffView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	private List<BudgetView> budget(UnitId unit) {
		return jdbc.sql("""
				SELECT id, year, amount_fen, purpose FROM governance_budget WHERE unit_id = ?
				ORDER BY year DESC, recorded_at""")
			.param(unit.value())
			.query((rs, n) -> new BudgetView(rs.getObject(1, UUID.class), rs.getInt(2),
					BigDecimal.valueOf(rs.getLong(3), 2), rs.getLong(3), rs.getString(4)))
			.list();
	}

	private UnitView writable(UnitId unitId) {
		var unit = unit(unitId);
		access.requireGovernanceWriter(access.user(), unitId);
		return unit;
	}

	private UnitView unit(UnitId unitId) {
		return units.find(unitId).orElseThrow(() -> Refusal.notFound("单位不存在"));
	}

	private Map<UnitId, String> unitNames() {
		return units.all().stream().collect(Collectors.toMap(UnitView::id, UnitView::name, (a, b) -> a));
	}

	/** Units a follow-up action may be given to, for forms. */
	@Transactional(readOnly = true)
	public List<UnitView> allUnits() {
		return units.all();
	}

	private static String abbreviate(String text) {
		return text.length() <= 30 ? text : text.substring(0, 30) + "…";
	}

	private LocalDate today() {
		return BeijingTime.today(clock);
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}
}
