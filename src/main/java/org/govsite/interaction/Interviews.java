package org.govsite.interaction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.interaction.InterviewLifecycle.QuestionAction;
import org.govsite.interaction.InterviewLifecycle.QuestionStatus;
import org.govsite.interaction.InterviewLifecycle.Status;
import org.govsite.shared.Reasons;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Online interviews (在线访谈): responders of the site schedule an interview with its guests, moderate the public's
 * questions, record each guest's answers and publish the transcript.
 * <p>
 * Contracts:
 * <ul>
 * <li>Responders of the site (or platform-wide) create, edit, start, end, moderate, answer and publish; the supervisor
 * reads. Every change is audited in the same transaction. Moves follow {@link InterviewLifecycle}.</li>
 * <li>{@link #submitQuestion}: public, during 预告 and 进行中; idempotent on the client token; the captcha, rate limits
 * (own counters) and field-tied Chinese reasons of messages; text stored as typed.</li>
 * <li>The public sees questions only in the published transcript: accepted, answered ones, in the order answered, with
 * personal data masked.</li>
 * </ul>
 */
@Service
public class Interviews extends ParticipationService<InterviewId, InterviewView, InterviewForm, Interviews.Row> {

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	Interviews(ParticipationCore core, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		super(Participation.INTERVIEW, core, Row::map, InterviewId::new);
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	record Row(UUID id, long version, UUID siteId, String title, String description, Instant scheduledAt,
			Status status, @Nullable Instant transcriptPublishedAt) implements ParticipationCore.Item {

		static Row map(ResultSet rs, int n) throws SQLException {
			var published = rs.getTimestamp("transcript_published_at");
			return new Row(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getObject("site_id", UUID.class),
					rs.getString("title"), rs.getString("description"), rs.getTimestamp("scheduled_at").toInstant(),
					Status.valueOf(rs.getString("status")), published == null ? null : published.toInstant());
		}
	}

	@Override
	public List<?> publishedInputs(String siteCode, InterviewId id) {
		return transcript(siteCode, id);
	}

	@Override
	public PublicReceipt submit(String siteCode, InterviewId id, PublicInput input, @Nullable String sourceIp) {
		return submitQuestion(siteCode, id, input, sourceIp);
	}

	// ------------------------------------------------------------------ responders' side

	/** Schedules an interview (预告) on a site the account responds for. */
	@Transactional
	@Override
	public InterviewView create(InterviewForm form) {
		var reasons = new Reasons();
		var site = core.siteTyped(form.siteId(), reasons);
		var scheduled = ParticipationCore.dateTime(form.scheduledAt(), "访谈时间", "scheduledAt", reasons);
		reasons.throwIfAny(Refusal.Kind.INVALID);
		var user = ParticipationCore.requireResponder(Objects.requireNonNull(site).id().value(), "安排在线访谈");
		var guests = guests(form);
		InterviewLifecycle.checkFields(form.title(), form.description(), scheduled != null, guests);
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO interaction_interview (id, version, site_id, title, description, scheduled_at, status,
				    created_by, created_at)
				VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)
				""").params(id, site.id().value(), form.title().strip(), form.description(),
				Timestamp.from(Objects.requireNonNull(scheduled)), Status.SCHEDULED.name(), user.username(),
				Timestamp.from(clock.instant())).update();
		saveGuests(id, guests);
		audit.record(AuditRecord.of("INTERVIEW_CREATED", "interaction_interview", id,
				"在「" + site.name() + "」安排在线访谈「" + form.title().strip() + "」（" + Participation.shown(scheduled)
						+ "，嘉宾 " + guests.size() + " 位）")
			.withChange(null, summary(Status.SCHEDULED, scheduled, form.title().strip(), guests.size())));
		return view(core.load(kind, id, Row::map));
	}

	/** Edits title, description, time and guests (预告 and 进行中). */
	@Transactional
	@Override
	public InterviewView edit(InterviewId interview, InterviewForm form) {
		var id = interview.value();
		var row = core.lockForResponder(kind, id, Row::map, "修改在线访谈");
		var reasons = new Reasons();
		var scheduled = ParticipationCore.dateTime(form.scheduledAt(), "访谈时间", "scheduledAt", reasons);
		reasons.throwIfAny(Refusal.Kind.INVALID);
		var guests = guests(form);
		InterviewLifecycle.edit(row.status(), form.title(), form.description(), scheduled != null, guests);
		var old = guestsOf(id);
		if (guests.size() < old.size()) {
			for (var gone : old.subList(guests.size(), old.size())) {
				boolean answered = jdbc.sql("SELECT EXISTS (SELECT 1 FROM interaction_question WHERE guest_id = ?)")
					.param(gone.id()).query(Boolean.class).single();
				if (answered) {
					throw Refusal.conflict("嘉宾「" + gone.name() + "」已作答，不能删除");
				}
			}
		}
		jdbc.sql("""
				UPDATE interaction_interview SET title = ?, description = ?, scheduled_at = ?, version = version + 1
				WHERE id = ?
				""").params(form.title().strip(), form.description(), Timestamp.from(Objects.requireNonNull(scheduled)), id)
			.update();
		for (int i = 0; i < guests.size(); i++) {
			var g = guests.get(i);
			if (i < old.size()) {
				jdbc.sql("UPDATE interaction_interview_guest SET name = ?, title = ?, unit = ? WHERE id = ?")
					.params(g.name().strip(), g.title().strip(), g.unit().strip(), old.get(i).id()).update();
			}
			else {
				insertGuest(id, i, g);
			}
		}
		for (var gone : old.subList(Math.min(guests.size(), old.size()), old.size())) {
			jdbc.sql("DELETE FROM interaction_interview_guest WHERE id = ?").param(gone.id()).update();
		}
		audit.record(AuditRecord.of("INTERVIEW_EDITED", "interaction_interview", id, "修改在线访谈「" + form.title().strip() + "」")
			.withChange(summary(row.status(), row.scheduledAt(), row.title(), old.size()),
					summary(row.status(), scheduled, form.title().strip(), guests.size())));
		return view(core.load(kind, id, Row::map));
	}

	/** 开始访谈, 结束访谈 or 公布实录. */
	@Transactional
	public InterviewView transition(InterviewId interview, InterviewLifecycle.@Nullable Action action) {
		if (action == null) {
			throw Refusal.invalid("请选择要执行的操作");
		}
		var id = interview.value();
		var row = core.lockForResponder(kind, id, Row::map, action.label());
		var now = Timestamp.from(clock.instant());
		Status next;
		switch (action) {
			case START -> {
				next = InterviewLifecycle.start(row.status());
				jdbc.sql("UPDATE interaction_interview SET status = ?, started_at = ?, version = version + 1 WHERE id = ?")
					.params(next.name(), now, id).update();
			}
			case END -> {
				next = InterviewLifecycle.end(row.status());
				jdbc.sql("UPDATE interaction_interview SET status = ?, ended_at = ?, version = version + 1 WHERE id = ?")
					.params(next.name(), now, id).update();
			}
			case PUBLISH_TRANSCRIPT -> {
				long answered = jdbc.sql("""
						SELECT count(*) FROM interaction_question WHERE interview_id = ? AND status = 'ACCEPTED'
						AND answer IS NOT NULL
						""").param(id).query(Long.class).single();
				InterviewLifecycle.publishTranscript(row.status(), row.transcriptPublishedAt() != null, answered);
				next = row.status();
				jdbc.sql("UPDATE interaction_interview SET transcript_published_at = ?, version = version + 1 WHERE id = ?")
					.params(now, id).update();
			}
			default -> throw Refusal.invalid("修改在线访谈请使用修改功能");
		}
		audit.record(AuditRecord.of("INTERVIEW_" + action.name(), "interaction_interview", id,
				"在线访谈「" + row.title() + "」" + action.label() + "：" + row.status().label() + " → " + next.label())
			.withChange(summary(row.status(), row.scheduledAt(), null, null), summary(next, row.scheduledAt(), null, null)));
		return view(core.load(kind, id, Row::map));
	}

	/** 采纳, 不采纳 or 录入答复 of one question. */
	@Transactional
	public QuestionView moderate(InterviewId interview, UUID questionId, QuestionCommand command) {
		var action = command.action();
		if (action == null) {
			throw Refusal.invalid("请选择要执行的操作");
		}
		var id = interview.value();
		var row = core.lockForResponder(kind, id, Row::map, action.label() + "网民提问");
		var user = ParticipationCore.currentUser();
		var question = jdbc.sql("SELECT status FROM interaction_question WHERE id = ? AND interview_id = ? FOR UPDATE")
			.params(questionId, id).query((rs, n) -> QuestionStatus.valueOf(rs.getString(1))).optional()
			.orElseThrow(() -> Refusal.notFound("网民提问不存在"));
		var now = Timestamp.from(clock.instant());
		if (action == QuestionAction.ANSWER) {
			UUID guest = null;
			if (command.guestId() != null && !command.guestId().isBlank()) {
				var wanted = ParticipationCore.id(command.guestId(), "嘉宾");
				guest = guestsOf(id).stream().map(InterviewView.Guest::id).filter(wanted::equals).findFirst().orElse(null);
			}
			InterviewLifecycle.answer(row.status(), question, command.answer(), guest != null);
			jdbc.sql("""
					UPDATE interaction_question SET answer = ?, guest_id = ?, answered_by = ?, answered_at = ? WHERE id = ?
					""").params(command.answer(), guest, user.username(), now, questionId).update();
		}
		else {
			var next = InterviewLifecycle.moderate(question, action);
			jdbc.sql("UPDATE interaction_question SET status = ?, moderated_by = ?, moderated_at = ? WHERE id = ?")
				.params(next.name(), user.username(), now, questionId).update();
		}
		audit.record(AuditRecord.of("QUESTION_" + action.name(), "interaction_question", questionId,
				"在线访谈「" + row.title() + "」的网民提问" + action.label()));
		return questions(interview).stream().filter(q -> q.id().equals(questionId)).findFirst().orElseThrow();
	}

	/** Every question as typed, oldest first (responders of the site; the supervisor sees personal data masked). */
	@Transactional(readOnly = true)
	public List<QuestionView> questions(InterviewId id) {
		var row = row(id);
		var user = ParticipationCore.requireReader(kind, row);
		return questionRows(id, false, ParticipationCore.responder(user, row.siteId()));
	}

	// ------------------------------------------------------------------ public side

	/** The published transcript: accepted, answered questions in the order answered; empty until published. */
	@Transactional(readOnly = true)
	public List<QuestionView> transcript(String siteCode, InterviewId id) {
		var row = publicRow(siteCode, id);
		return row.transcriptPublishedAt() == null ? List.of() : questionRows(id, true, false);
	}

	/** Receives a citizen's question (see the class contract): during 预告 and 进行中. */
	public PublicReceipt submitQuestion(String siteCode, InterviewId id, PublicInput input, @Nullable String sourceIp) {
		return core.submit(kind, siteCode, id.value(), input, sourceIp, Row::map,
				row -> InterviewLifecycle.refuseQuestion(row.status()));
	}

	// ------------------------------------------------------------------ figures

	/** 访谈期数 (interviews held: started in the period), 网民留言数量 (questions received), 答复网民提问数量. */
	long[] yearFigures(UUID site, Instant from, Instant to) {
		long held = jdbc.sql("""
				SELECT count(*) FROM interaction_interview
				WHERE site_id = ? AND status <> 'SCHEDULED' AND started_at >= ? AND started_at < ?
				""").params(site, Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
		long received = jdbc.sql("""
				SELECT count(*) FROM interaction_question q JOIN interaction_interview i ON i.id = q.interview_id
				WHERE i.site_id = ? AND q.received_at >= ? AND q.received_at < ?
				""").params(site, Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
		long answered = jdbc.sql("""
				SELECT count(*) FROM interaction_question q JOIN interaction_interview i ON i.id = q.interview_id
				WHERE i.site_id = ? AND q.answer IS NOT NULL AND q.answered_at >= ? AND q.answered_at < ?
				""").params(site, Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
		return new long[] { held, received, answered };
	}

	// ------------------------------------------------------------------ helpers

	private List<QuestionView> questionRows(InterviewId interview, boolean transcript, boolean personal) {
		var id = interview.value();
		Map<UUID, String> guestLabels = new HashMap<>();
		guestsOf(id).forEach(g -> guestLabels.put(g.id(), g.label()));
		var sql = transcript
				? "SELECT * FROM interaction_question WHERE interview_id = ? AND status = 'ACCEPTED' AND answer IS NOT NULL ORDER BY answered_at, id"
				: "SELECT * FROM interaction_question WHERE interview_id = ? ORDER BY received_at, id";
		return jdbc.sql(sql).param(id).query((rs, n) -> {
			var guest = rs.getObject("guest_id", UUID.class);
			var answeredAt = rs.getTimestamp("answered_at");
			var name = rs.getString("name");
			var content = rs.getString("content");
			return new QuestionView(rs.getObject("id", UUID.class), interview,
					transcript || !personal ? PersonalDataMask.name(name) : name,
					transcript ? null : personal ? rs.getString("mobile") : PersonalDataMask.mobile(rs.getString("mobile")),
					transcript ? PersonalDataMask.text(content) : content, rs.getTimestamp("received_at").toInstant(),
					QuestionStatus.valueOf(rs.getString("status")), rs.getString("answer"), guest,
					guest == null ? null : guestLabels.get(guest), answeredAt == null ? null : answeredAt.toInstant());
		}).list();
	}

	private static List<InterviewLifecycle.Guest> guests(InterviewForm form) {
		var typed = form.guests() == null ? List.<InterviewLifecycle.Guest>of() : form.guests();
		return typed.stream()
			.filter(g -> g != null && !(blank(g.name()) && blank(g.title()) && blank(g.unit())))
			.toList();
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private void saveGuests(UUID interview, List<InterviewLifecycle.Guest> guests) {
		for (int i = 0; i < guests.size(); i++) {
			insertGuest(interview, i, guests.get(i));
		}
	}

	private void insertGuest(UUID interview, int position, InterviewLifecycle.Guest g) {
		jdbc.sql("INSERT INTO interaction_interview_guest (id, interview_id, position, name, title, unit) VALUES (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), interview, position, Objects.requireNonNull(g.name()).strip(),
					Objects.requireNonNull(g.title()).strip(), Objects.requireNonNull(g.unit()).strip())
			.update();
	}

	private List<InterviewView.Guest> guestsOf(UUID interview) {
		return jdbc.sql("SELECT * FROM interaction_interview_guest WHERE interview_id = ? ORDER BY position")
			.param(interview)
			.query((rs, n) -> new InterviewView.Guest(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("title"), rs.getString("unit")))
			.list();
	}

	@Override
	List<InterviewView> views(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		var siteById = core.sitesById();
		Map<UUID, long[]> counts = new HashMap<>();
		jdbc.sql("""
				SELECT interview_id, count(*), count(*) FILTER (WHERE status = 'PENDING') FROM interaction_question
				WHERE interview_id = ANY (?) GROUP BY 1
				""").param(rows.stream().map(Row::id).toArray(UUID[]::new))
			.query((rs, n) -> counts.put(rs.getObject(1, UUID.class), new long[] { rs.getLong(2), rs.getLong(3) }))
			.list();
		return rows.stream().map(r -> {
			var site = siteById.get(r.siteId());
			var c = counts.getOrDefault(r.id(), new long[] { 0, 0 });
			return new InterviewView(new InterviewId(r.id()), r.siteId(), site == null ? "" : site.name(),
					site == null ? null : site.siteCode(), r.title(), r.description(), r.scheduledAt(), r.status(),
					guestsOf(r.id()), r.transcriptPublishedAt(), c[0], c[1], InterviewLifecycle.actionsFrom(r.status()),
					InterviewLifecycle.refuseQuestion(r.status()).isEmpty(), r.version());
		}).toList();
	}

	private static Map<String, Object> summary(Status status, @Nullable Instant scheduled, @Nullable String title,
			@Nullable Integer guests) {
		var map = new LinkedHashMap<String, Object>();
		map.put("status", status.name());
		map.put("scheduledAt", String.valueOf(scheduled));
		if (title != null) {
			map.put("title", title);
		}
		if (guests != null) {
			map.put("guests", guests);
		}
		return map;
	}
}
