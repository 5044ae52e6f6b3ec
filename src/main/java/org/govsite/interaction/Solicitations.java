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
import org.govsite.interaction.SolicitationLifecycle.Status;
import org.govsite.shared.Reasons;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Solicitations (征集调查, Measures Art. 13): a site asks the public for opinions during a period and publishes the
 * result.
 * <p>
 * Contracts:
 * <ul>
 * <li>Responders of the site (互动办理员, or platform-wide) create, edit, open, close and publish the result; the
 * supervisor reads. Every change is audited in the same transaction. Moves follow {@link SolicitationLifecycle}.</li>
 * <li>{@link #submitOpinion}: public; only while 征集中 and within the period; idempotent on the client token; the
 * same captcha, rate limits (own counters) and field-tied Chinese reasons as messages; text stored as typed.</li>
 * <li>Opinions are never public unless a responder marks one for publication ({@link #markOpinion}); published ones
 * are shown with the name and personal data in the text masked.</li>
 * </ul>
 */
@Service
public class Solicitations extends ParticipationService<SolicitationId, SolicitationView, SolicitationForm, Solicitations.Row> {

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	Solicitations(ParticipationCore core, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		super(Participation.SOLICITATION, core, Row::map, SolicitationId::new);
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	record Row(UUID id, long version, UUID siteId, String title, String description, Instant startsAt,
			Instant endsAt, Status status, @Nullable String result, @Nullable Instant resultPublishedAt)
			implements ParticipationCore.Item {

		static Row map(ResultSet rs, int n) throws SQLException {
			var published = rs.getTimestamp("result_published_at");
			return new Row(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getObject("site_id", UUID.class),
					rs.getString("title"), rs.getString("description"), rs.getTimestamp("starts_at").toInstant(),
					rs.getTimestamp("ends_at").toInstant(), Status.valueOf(rs.getString("status")),
					rs.getString("result"), published == null ? null : published.toInstant());
		}
	}

	@Override
	public List<?> publishedInputs(String siteCode, SolicitationId id) {
		return publishedOpinions(siteCode, id);
	}

	@Override
	public PublicReceipt submit(String siteCode, SolicitationId id, PublicInput input, @Nullable String sourceIp) {
		return submitOpinion(siteCode, id, input, sourceIp);
	}

	// ------------------------------------------------------------------ responders' side

	/** Creates a solicitation in 筹备 on a site the account responds for. */
	@Transactional
	@Override
	public SolicitationView create(SolicitationForm form) {
		var reasons = new Reasons();
		var site = core.siteTyped(form.siteId(), reasons);
		var period = period(form, reasons);
		reasons.throwIfAny(Refusal.Kind.INVALID);
		var user = ParticipationCore.requireResponder(Objects.requireNonNull(site).id().value(), "发起征集调查");
		SolicitationLifecycle.checkFields(form.title(), form.description(), period[0], period[1]);
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO interaction_solicitation (id, version, site_id, title, description, starts_at, ends_at, status,
				    created_by, created_at)
				VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(id, site.id().value(), form.title().strip(), form.description(),
				Timestamp.from(period[0]), Timestamp.from(period[1]), Status.DRAFT.name(), user.username(),
				Timestamp.from(clock.instant())).update();
		audit.record(AuditRecord.of("SOLICITATION_CREATED", kind.table, id,
				"在「" + site.name() + "」发起征集调查「" + form.title().strip() + "」（" + Participation.shown(period[0])
						+ " 至 " + Participation.shown(period[1]) + "）")
			.withChange(null, summary(Status.DRAFT, period[0], period[1], null)));
		return view(core.load(kind, id, Row::map));
	}

	/** Edits title, description and period (筹备 and 征集中 only). */
	@Transactional
	@Override
	public SolicitationView edit(SolicitationId id, SolicitationForm form) {
		var row = lockForResponder(id, "修改征集调查");
		var reasons = new Reasons();
		var period = period(form, reasons);
		reasons.throwIfAny(Refusal.Kind.INVALID);
		SolicitationLifecycle.edit(row.status(), row.startsAt(), form.title(), form.description(), period[0], period[1],
				clock.instant());
		jdbc.sql("""
				UPDATE interaction_solicitation SET title = ?, description = ?, starts_at = ?, ends_at = ?,
				    version = version + 1 WHERE id = ?
				""").params(form.title().strip(), form.description(), Timestamp.from(period[0]),
				Timestamp.from(period[1]), row.id()).update();
		audit.record(AuditRecord.of("SOLICITATION_EDITED", kind.table, row.id(), "修改征集调查「" + form.title().strip() + "」")
			.withChange(summary(row.status(), row.startsAt(), row.endsAt(), row.title()),
					summary(row.status(), period[0], period[1], form.title().strip())));
		return view(core.load(kind, row.id(), Row::map));
	}

	/** 开始征集, 结束征集 or 公布结果 (see {@link SolicitationLifecycle}). */
	@Transactional
	public SolicitationView transition(SolicitationId id, SolicitationCommand command) {
		var action = command.action();
		if (action == null) {
			throw Refusal.invalid("请选择要执行的操作");
		}
		var row = lockForResponder(id, action.label());
		var now = Timestamp.from(clock.instant());
		Status next = switch (action) {
			case OPEN -> SolicitationLifecycle.open(row.status(), row.endsAt(), clock.instant());
			case CLOSE -> SolicitationLifecycle.close(row.status());
			case PUBLISH_RESULT -> SolicitationLifecycle.publishResult(row.status(), command.result());
			case EDIT -> throw Refusal.invalid("修改征集调查请使用修改功能");
		};
		if (action == SolicitationLifecycle.Action.PUBLISH_RESULT) {
			jdbc.sql("""
					UPDATE interaction_solicitation SET status = ?, result = ?, result_published_at = ?, version = version + 1
					WHERE id = ?
					""").params(next.name(), command.result(), now, row.id()).update();
		}
		else {
			var stamp = action == SolicitationLifecycle.Action.OPEN ? "opened_at" : "closed_at";
			jdbc.sql("UPDATE interaction_solicitation SET status = ?, " + stamp + " = ?, version = version + 1 WHERE id = ?")
				.params(next.name(), now, row.id()).update();
		}
		audit.record(AuditRecord.of("SOLICITATION_" + action.name(), kind.table, row.id(),
				"征集调查「" + row.title() + "」" + action.label() + "：" + row.status().label() + " → " + next.label())
			.withChange(summary(row.status(), row.startsAt(), row.endsAt(), null),
					summary(next, row.startsAt(), row.endsAt(), null)));
		return view(core.load(kind, row.id(), Row::map));
	}

	/** Every opinion received, as typed, oldest first (responders of the site; the supervisor sees it masked). */
	@Transactional(readOnly = true)
	public List<OpinionView> opinions(SolicitationId id) {
		var row = row(id);
		var user = ParticipationCore.requireReader(kind, row);
		boolean personal = ParticipationCore.responder(user, row.siteId());
		return jdbc.sql("SELECT * FROM interaction_opinion WHERE solicitation_id = ? ORDER BY received_at, id")
			.param(id.value())
			.query((rs, n) -> new OpinionView(rs.getObject("id", UUID.class), id,
					personal ? rs.getString("name") : PersonalDataMask.name(rs.getString("name")),
					personal ? rs.getString("mobile") : PersonalDataMask.mobile(rs.getString("mobile")),
					rs.getString("content"), rs.getTimestamp("received_at").toInstant(), rs.getBoolean("published")))
			.list();
	}

	/** Marks an opinion for publication on the public page, or withdraws it (responders of the site). */
	@Transactional
	public OpinionView markOpinion(SolicitationId id, UUID opinionId, boolean publish) {
		var row = lockForResponder(id, (publish ? "公开" : "撤回") + "意见");
		int changed = jdbc.sql("""
				UPDATE interaction_opinion SET published = ?, published_at = ?, published_by = ?
				WHERE id = ? AND solicitation_id = ?
				""").params(publish, publish ? Timestamp.from(clock.instant()) : null,
				publish ? ParticipationCore.currentUser().username() : null, opinionId, id.value()).update();
		if (changed != 1) {
			throw Refusal.notFound("意见不存在");
		}
		audit.record(AuditRecord.of(publish ? "OPINION_PUBLISHED" : "OPINION_WITHDRAWN", "interaction_opinion", opinionId,
				"征集调查「" + row.title() + "」的一条意见" + (publish ? "设为公开" : "撤回公开")));
		return opinions(id).stream().filter(o -> o.id().equals(opinionId)).findFirst().orElseThrow();
	}

	// ------------------------------------------------------------------ public side

	/** The opinions marked for publication, oldest first, with personal data masked. */
	@Transactional(readOnly = true)
	public List<OpinionView> publishedOpinions(String siteCode, SolicitationId id) {
		publicRow(siteCode, id);
		return jdbc.sql("""
				SELECT * FROM interaction_opinion WHERE solicitation_id = ? AND published ORDER BY received_at, id
				""").param(id.value())
			.query((rs, n) -> new OpinionView(rs.getObject("id", UUID.class), id,
					PersonalDataMask.name(rs.getString("name")), null, PersonalDataMask.text(rs.getString("content")),
					rs.getTimestamp("received_at").toInstant(), true))
			.list();
	}

	/** Receives a citizen's opinion (see the class contract): only while 征集中 and within the period. */
	public PublicReceipt submitOpinion(String siteCode, SolicitationId id, PublicInput input, @Nullable String sourceIp) {
		return core.submit(kind, siteCode, id.value(), input, sourceIp, Row::map,
				row -> SolicitationLifecycle.refuseOpinion(row.status(), row.startsAt(), row.endsAt(), clock.instant()));
	}

	// ------------------------------------------------------------------ figures

	/** 征集调查期数 (solicitations opened in the year), 收到意见数量, 公布调查结果期数 of a site. */
	long[] yearFigures(UUID site, Instant from, Instant to) {
		long held = jdbc.sql("""
				SELECT count(*) FROM interaction_solicitation
				WHERE site_id = ? AND status <> 'DRAFT' AND opened_at >= ? AND opened_at < ?
				""").params(site, Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
		long opinions = jdbc.sql("""
				SELECT count(*) FROM interaction_opinion o JOIN interaction_solicitation s ON s.id = o.solicitation_id
				WHERE s.site_id = ? AND o.received_at >= ? AND o.received_at < ?
				""").params(site, Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
		long results = jdbc.sql("""
				SELECT count(*) FROM interaction_solicitation
				WHERE site_id = ? AND status = 'RESULT_PUBLISHED' AND result_published_at >= ? AND result_published_at < ?
				""").params(site, Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
		return new long[] { held, opinions, results };
	}

	// ------------------------------------------------------------------ helpers

	private Instant[] period(SolicitationForm form, Reasons reasons) {
		var start = ParticipationCore.dateTime(form.startsAt(), "征集开始时间", "startsAt", reasons);
		var end = ParticipationCore.dateTime(form.endsAt(), "征集截止时间", "endsAt", reasons);
		return new Instant[] { start, end };
	}

	@Override
	List<SolicitationView> views(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		var siteById = core.sitesById();
		Map<UUID, Long> counts = new HashMap<>();
		jdbc.sql("SELECT solicitation_id, count(*) FROM interaction_opinion WHERE solicitation_id = ANY (?) GROUP BY 1")
			.param(rows.stream().map(Row::id).toArray(UUID[]::new))
			.query((rs, n) -> counts.put(rs.getObject(1, UUID.class), rs.getLong(2)))
			.list();
		var now = clock.instant();
		return rows.stream().map(r -> {
			var site = siteById.get(r.siteId());
			return new SolicitationView(new SolicitationId(r.id()), r.siteId(), site == null ? "" : site.name(),
					site == null ? null : site.siteCode(), r.title(), r.description(), r.startsAt(), r.endsAt(),
					r.status(), r.result(), r.resultPublishedAt(), counts.getOrDefault(r.id(), 0L),
					SolicitationLifecycle.actionsFrom(r.status()),
					SolicitationLifecycle.refuseOpinion(r.status(), r.startsAt(), r.endsAt(), now).isEmpty(), r.version());
		}).toList();
	}

	private static Map<String, Object> summary(Status status, @Nullable Instant start, @Nullable Instant end,
			@Nullable String title) {
		var map = new LinkedHashMap<String, Object>();
		map.put("status", status.name());
		map.put("startsAt", String.valueOf(start));
		map.put("endsAt", String.valueOf(end));
		if (title != null) {
			map.put("title", title);
		}
		return map;
	}
}
