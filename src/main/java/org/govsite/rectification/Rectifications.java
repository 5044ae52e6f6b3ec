package org.govsite.rectification;

import static org.govsite.shared.Text.blankToNull;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govsite.assessment.AssessmentId;
import org.govsite.assessment.Assessments;
import org.govsite.assessment.Evidence;
import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.calendar.WorkingDayCalendar;
import org.govsite.calendar.WorkingDays;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.rectification.RectificationLifecycle.Action;
import org.govsite.rectification.RectificationLifecycle.Facts;
import org.govsite.rectification.RectificationLifecycle.Status;
import org.govsite.shared.Actor;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.Reasons;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rectification API (Art. 24). The supervisor issues a notice to a site's sponsoring unit, its items taken from
 * an assessment (every veto and deduction of the site, with their evidence) or written by hand, with a deadline in
 * working days on the platform calendar; the unit's site administrator answers each item with evidence and submits;
 * the supervisor verifies — refused while a fresh assessment still finds an item that came from one — or returns it.
 * Overdue notices are reminded once a working day by the platform; after the configured reminders the supervisor
 * records the 约谈. Every move is a history row and an audit entry, in one transaction.
 */
@Service
public class Rectifications {

	public record ItemForm(@Nullable String item, @Nullable String description) {
	}

	/** A notice: the site, optionally the assessment it comes from, items, working days, the person responsible. */
	public record NoticeForm(@Nullable SiteId siteId, @Nullable AssessmentId assessmentId,
			@Nullable List<ItemForm> items, @Nullable Integer workingDays, @Nullable String responsible) {
	}

	public record AnswerForm(@Nullable String answer, @Nullable String evidence) {
	}

	public record ActionForm(@Nullable Action action, @Nullable String comment) {
	}

	public record ItemView(UUID id, int seq, @Nullable String sourceItem, String description, List<Evidence> evidence,
			@Nullable String answer, @Nullable String answerEvidence, @Nullable String answeredBy,
			@Nullable Instant answeredAt) {
	}

	public record EventView(String action, @Nullable String fromStatus, String toStatus, String actor,
			@Nullable String comment, Instant occurredAt) {
	}

	public record NoticeView(UUID id, SiteId siteId, String siteName, String unitName, @Nullable UUID assessmentId,
			String title, String responsible, Status status, String statusLabel, String issuedBy, LocalDate issuedOn,
			int workingDays, LocalDate deadline, boolean deadlineProvisional, boolean overdue, int reminders,
			@Nullable String interviewRecord, List<ItemView> items, List<EventView> history,
			List<Action> availableActions) {
	}

	private record Row(UUID id, UUID siteId, @Nullable UUID assessmentId, String title, String responsible,
			Status status, String issuedBy, LocalDate issuedOn, int workingDays, LocalDate deadline, boolean provisional,
			int reminders, @Nullable LocalDate lastRemindedOn, @Nullable String interviewRecord) {
	}

	private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Sites sites;
	private final Assessments assessments;
	private final WorkingDayCalendar calendar;
	private final AuditTrail audit;
	private final Clock clock;
	private final int remindersBeforeInterview;

	Rectifications(JdbcClient jdbc, JsonMapper json, Sites sites, Assessments assessments, WorkingDayCalendar calendar,
			AuditTrail audit, Clock clock,
			@Value("${govsite.rectification.reminders-before-interview:2}") int remindersBeforeInterview) {
		this.jdbc = jdbc;
		this.json = json;
		this.sites = sites;
		this.assessments = assessments;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
		this.remindersBeforeInterview = remindersBeforeInterview;
	}

	// ------------------------------------------------------------------ issue

	@Transactional
	public NoticeView issue(NoticeForm form) {
		requireSupervisor();
		var reasons = new Reasons();
		var site = form.siteId() == null ? null : sites.find(form.siteId()).orElse(null);
		reasons.when(form.siteId() == null, "请选择整改的网站");
		reasons.when(form.siteId() != null && site == null, "网站不存在");
		int days = form.workingDays() == null ? 10 : form.workingDays();
		reasons.when(days < 1 || days > 60, "整改期限须为 1 至 60 个工作日");
		var responsible = blankToNull(form.responsible());
		reasons.when(responsible == null, "请填写整改责任人");
		var items = new ArrayList<NewItem>();
		if (form.assessmentId() != null && site != null) {
			var report = assessments.get(form.assessmentId());
			var result = report.sites().stream().filter(r -> r.siteId().equals(site.id())).findFirst();
			if (result.isEmpty()) {
				reasons.add("该次评估不含网站「" + site.name() + "」");
			}
			else {
				result.get().vetoes().forEach(v -> items.add(new NewItem(v.item().name(),
						"单项否决「" + v.label() + "」：" + v.reason(), v.evidence())));
				result.get().deductions().forEach(d -> items.add(new NewItem(d.item().name(),
						"扣分「" + d.headingLabel() + " · " + d.label() + "」扣 " + d.points() + " 分", d.evidence())));
			}
		}
		if (form.items() != null) {
			for (var item : form.items()) {
				var description = item == null ? null : blankToNull(item.description());
				if (description == null) {
					reasons.add("整改项的内容不能为空");
				}
				else {
					items.add(new NewItem(blankToNull(item.item()), description, List.of()));
				}
			}
		}
		reasons.when(reasons.isEmpty() && items.isEmpty(), "整改通知至少要有一项整改内容");
		reasons.throwIfAny(Refusal.Kind.INVALID);
		var today = BeijingTime.today(clock);
		var deadline = calendar.deadline(today, WorkingDays.of(days));
		var id = UUID.randomUUID();
		var now = Instant.now(clock);
		var title = site.name() + "整改通知（" + today + "）";
		jdbc.sql("""
				INSERT INTO rectification (id, version, site_id, unit_id, assessment_id, title, responsible, status,
				    issued_by, issued_at, issued_on, working_days, deadline, deadline_provisional)
				VALUES (?, 0, ?, ?, ?, ?, ?, 'ISSUED', ?, ?, ?, ?, ?, ?)
				""").params(id, site.id().value(), site.sponsorUnitId().value(),
				form.assessmentId() == null ? null : form.assessmentId().value(), title, responsible, Actor.current(),
				Timestamp.from(now), today, days, deadline.deadline(), deadline.provisional()).update();
		int seq = 1;
		for (var item : items) {
			jdbc.sql("""
					INSERT INTO rectification_item (id, rectification_id, seq, source_item, description, evidence)
					VALUES (?, ?, ?, ?, ?, CAST(? AS JSONB))
					""").params(UUID.randomUUID(), id, seq++, item.sourceItem(), item.description(),
					json.writeValueAsString(item.evidence())).update();
		}
		event(id, "ISSUE", null, Status.ISSUED, null, now);
		audit.record(AuditRecord.of("RECTIFICATION_ISSUED", "rectification", id, "向" + site.sponsorUnitName() + "下发「"
				+ title + "」，" + items.size() + " 项，" + days + " 个工作日内（" + deadline.deadline() + " 前）整改，责任人 "
				+ responsible));
		return get(id);
	}

	private record NewItem(@Nullable String sourceItem, String description, List<Evidence> evidence) {
	}

	// ------------------------------------------------------------------ the unit's answers and the moves

	@Transactional
	public NoticeView answer(UUID id, UUID itemId, AnswerForm form) {
		var row = lockRow(id);
		var site = sites.get(new SiteId(row.siteId()));
		requireUnit(site);
		var item = jdbc.sql("SELECT seq FROM rectification_item WHERE id = ? AND rectification_id = ?").params(itemId, id)
			.query(Integer.class).optional().orElseThrow(() -> Refusal.notFound("整改项不存在"));
		var answer = blankToNull(form.answer());
		var evidence = blankToNull(form.evidence());
		var facts = facts(row, answer != null && evidence != null, false, List.of());
		RectificationLifecycle.TABLE.fire(row.status(), Action.ANSWER, facts, Refusal.Kind.INVALID);
		var now = Instant.now(clock);
		jdbc.sql("""
				UPDATE rectification_item SET answer = ?, answer_evidence = ?, answered_by = ?, answered_at = ? WHERE id = ?
				""").params(answer, evidence, Actor.current(), Timestamp.from(now), itemId).update();
		event(id, Action.ANSWER.name(), row.status(), row.status(), "第 " + item + " 项：" + answer, now);
		audit.record(AuditRecord.of("RECTIFICATION_ANSWER", "rectification", id,
				"「" + row.title() + "」第 " + item + " 项答复：" + answer + "（佐证：" + evidence + "）"));
		return get(id);
	}

	@Transactional
	public NoticeView act(UUID id, ActionForm form) {
		if (form.action() == null || form.action() == Action.ANSWER) {
			throw Refusal.invalid("请选择要执行的操作");
		}
		var action = form.action();
		var row = lockRow(id);
		var site = sites.get(new SiteId(row.siteId()));
		if (action == Action.SUBMIT) {
			requireUnit(site);
		}
		else {
			requireSupervisor();
		}
		var comment = blankToNull(form.comment());
		var recheck = action == Action.VERIFY && RectificationLifecycle.TABLE.allows(row.status(), action)
				? recheckProblems(row) : List.<String>of();
		var to = RectificationLifecycle.TABLE.fire(row.status(), action, facts(row, false, comment != null, recheck),
				Refusal.Kind.INVALID);
		var now = Instant.now(clock);
		move(row, action, to, comment, now, Actor.current());
		return get(id);
	}

	/**
	 * The platform's daily reminder: every open notice past its deadline and not yet reminded today is reminded
	 * (as {@code system}); returns how many were.
	 */
	@Transactional
	public int remindOverdue() {
		var today = BeijingTime.today(clock);
		var due = jdbc.sql("""
				SELECT id FROM rectification
				WHERE status IN ('ISSUED', 'INTERVIEWED') AND deadline < ? AND (last_reminded_on IS NULL OR last_reminded_on < ?)
				ORDER BY deadline FOR UPDATE SKIP LOCKED
				""").params(today, today).query(UUID.class).list();
		var now = Instant.now(clock);
		for (var id : due) {
			var row = load(id);
			var to = RectificationLifecycle.TABLE.fire(row.status(), Action.REMIND, facts(row, false, false, List.of()),
					Refusal.Kind.INVALID);
			move(row, Action.REMIND, to, "整改已超过期限（" + row.deadline() + "），请尽快整改", now, Actor.SYSTEM);
		}
		return due.size();
	}

	private void move(Row row, Action action, Status to, @Nullable String comment, Instant now, String actor) {
		var today = BeijingTime.today(clock);
		jdbc.sql("""
				UPDATE rectification SET status = ?, version = version + 1,
				    reminders = reminders + CASE WHEN ? = 'REMIND' THEN 1 ELSE 0 END,
				    last_reminded_on = CASE WHEN ? = 'REMIND' THEN CAST(? AS DATE) ELSE last_reminded_on END,
				    interview_record = CASE WHEN ? = 'INTERVIEW' THEN ? ELSE interview_record END,
				    interviewed_at = CASE WHEN ? = 'INTERVIEW' THEN CAST(? AS TIMESTAMPTZ) ELSE interviewed_at END,
				    closed_at = CASE WHEN ? = 'CLOSED' THEN CAST(? AS TIMESTAMPTZ) ELSE closed_at END
				WHERE id = ?
				""").params(to.name(), action.name(), action.name(), today, action.name(), comment, action.name(),
				Timestamp.from(now), to.name(), Timestamp.from(now), row.id()).update();
		event(row.id(), action.name(), row.status(), to, comment, now, actor);
		audit.recordAs(actor, AuditRecord.of("RECTIFICATION_" + action.name(), "rectification", row.id(),
				"「" + row.title() + "」" + action.label() + "：" + row.status().label() + " → " + to.label()
						+ (comment == null ? "" : "（" + comment + "）")));
	}

	/** Items that came from an assessment and that a fresh assessment of the site still finds. */
	private List<String> recheckProblems(Row row) {
		var sources = jdbc.sql("SELECT DISTINCT source_item FROM rectification_item WHERE rectification_id = ? AND source_item IS NOT NULL")
			.param(row.id()).query(String.class).list();
		if (sources.isEmpty()) {
			return List.of();
		}
		var fresh = assessments.recheck(new SiteId(row.siteId()));
		var problems = new ArrayList<String>();
		fresh.vetoes().stream().filter(v -> sources.contains(v.item().name()))
			.forEach(v -> problems.add(v.label() + "：" + v.reason()));
		fresh.deductions().stream().filter(d -> sources.contains(d.item().name()))
			.forEach(d -> problems.add(d.label() + "（扣 " + d.points() + " 分）"));
		return problems;
	}

	private Facts facts(Row row, boolean answerGiven, boolean commentGiven, List<String> recheck) {
		int unanswered = jdbc.sql("""
				SELECT count(*) FROM rectification_item WHERE rectification_id = ? AND (answer IS NULL OR answer_evidence IS NULL)
				""").param(row.id()).query(Integer.class).single();
		boolean overdue = BeijingTime.today(clock).isAfter(row.deadline());
		return new Facts(unanswered, answerGiven, commentGiven, overdue, row.reminders(), remindersBeforeInterview, recheck);
	}

	// ------------------------------------------------------------------ reading

	@Transactional(readOnly = true)
	public NoticeView get(UUID id) {
		var row = load(id);
		var site = sites.get(new SiteId(row.siteId()));
		requireReader(site);
		return view(row, site, true);
	}

	/** The notices the reader may see, open ones first, newest first. */
	@Transactional(readOnly = true)
	public List<NoticeView> list(@Nullable SiteId siteFilter) {
		var user = CurrentUser.fromContext();
		var result = new ArrayList<NoticeView>();
		for (var row : jdbc.sql("SELECT * FROM rectification WHERE CAST(? AS UUID) IS NULL OR site_id = ? "
				+ "ORDER BY status = 'CLOSED', issued_at DESC LIMIT 500")
			.params(siteFilter == null ? null : siteFilter.value(), siteFilter == null ? null : siteFilter.value())
			.query((rs, n) -> map(rs))
			.list()) {
			var site = sites.get(new SiteId(row.siteId()));
			if (mayRead(user, site)) {
				result.add(view(row, site, false));
			}
		}
		return result;
	}

	private NoticeView view(Row row, SiteView site, boolean details) {
		var items = jdbc.sql("SELECT * FROM rectification_item WHERE rectification_id = ? ORDER BY seq").param(row.id())
			.query((rs, n) -> new ItemView(rs.getObject("id", UUID.class), rs.getInt("seq"), rs.getString("source_item"),
					rs.getString("description"), json.readValue(rs.getString("evidence"), EVIDENCE), rs.getString("answer"),
					rs.getString("answer_evidence"), rs.getString("answered_by"),
					rs.getTimestamp("answered_at") == null ? null : rs.getTimestamp("answered_at").toInstant()))
			.list();
		var history = details ? jdbc.sql("SELECT * FROM rectification_event WHERE rectification_id = ? ORDER BY id")
			.param(row.id())
			.query((rs, n) -> new EventView(rs.getString("action"), rs.getString("from_status"), rs.getString("to_status"),
					rs.getString("actor"), rs.getString("comment"), rs.getTimestamp("occurred_at").toInstant()))
			.list() : List.<EventView>of();
		boolean overdue = row.status().open() && BeijingTime.today(clock).isAfter(row.deadline());
		return new NoticeView(row.id(), site.id(), site.name(), site.sponsorUnitName(), row.assessmentId(), row.title(),
				row.responsible(), row.status(), row.status().label(), row.issuedBy(), row.issuedOn(), row.workingDays(),
				row.deadline(), row.provisional(), overdue, row.reminders(), row.interviewRecord(), items, history,
				RectificationLifecycle.actionsFrom(row.status()));
	}

	private Row load(UUID id) {
		return jdbc.sql("SELECT * FROM rectification WHERE id = ?").param(id).query((rs, n) -> map(rs)).optional()
			.orElseThrow(() -> Refusal.notFound("整改通知不存在"));
	}

	private Row lockRow(UUID id) {
		jdbc.sql("SELECT id FROM rectification WHERE id = ? FOR UPDATE").param(id).query(UUID.class).optional()
			.orElseThrow(() -> Refusal.notFound("整改通知不存在"));
		return load(id);
	}

	private static Row map(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("site_id", UUID.class),
				rs.getObject("assessment_id", UUID.class), rs.getString("title"), rs.getString("responsible"),
				Status.valueOf(rs.getString("status")), rs.getString("issued_by"),
				rs.getObject("issued_on", LocalDate.class), rs.getInt("working_days"),
				rs.getObject("deadline", LocalDate.class), rs.getBoolean("deadline_provisional"), rs.getInt("reminders"),
				rs.getObject("last_reminded_on", LocalDate.class), rs.getString("interview_record"));
	}

	private void event(UUID id, String action, @Nullable Status from, Status to, @Nullable String comment, Instant at) {
		event(id, action, from, to, comment, at, Actor.current());
	}

	private void event(UUID id, String action, @Nullable Status from, Status to, @Nullable String comment, Instant at,
			String actor) {
		jdbc.sql("""
				INSERT INTO rectification_event (rectification_id, action, from_status, to_status, actor, comment, occurred_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""").params(id, action, from == null ? null : from.name(), to.name(), actor, comment, Timestamp.from(at))
			.update();
	}

	// ------------------------------------------------------------------ who

	private static void requireSupervisor() {
		var user = CurrentUser.fromContext();
		if (user.isPresent() && !user.get().hasPlatformRole(Role.SUPERVISOR)) {
			throw Refusal.forbidden("只有主管单位监管员才能下发、核验、催办整改或记录约谈");
		}
	}

	/** The sponsoring unit's site administrator answers for the unit. */
	private static void requireUnit(SiteView site) {
		var user = CurrentUser.fromContext().orElseThrow(() -> Refusal.forbidden("请先登录"));
		if (!user.unitId().equals(site.sponsorUnitId().value()) || !user.hasRoleOn(Role.SITE_ADMIN, site.id())) {
			throw Refusal.forbidden("只有「" + site.sponsorUnitName() + "」的本网站站点管理员才能答复整改");
		}
	}

	private static boolean mayRead(Optional<CurrentUser> user, SiteView site) {
		return user.isEmpty() || user.get().hasPlatformRole(Role.SUPERVISOR) || user.get().hasPlatformRole(Role.SYSTEM_ADMIN)
				|| user.get().hasPlatformRole(Role.CO_REGULATOR) || user.get().unitId().equals(site.sponsorUnitId().value());
	}

	private static void requireReader(SiteView site) {
		if (!mayRead(CurrentUser.fromContext(), site)) {
			throw Refusal.forbidden("只有监管人员、大数据中心或本网站的主办单位才能查看此整改通知");
		}
	}
}
