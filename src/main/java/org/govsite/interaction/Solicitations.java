package org.govsite.interaction;

import static org.govsite.interaction.InteractionAccess.currentUser;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.iam.CurrentUser;
import org.govsite.interaction.SolicitationLifecycle.Status;
import org.govsite.interaction.SubmissionRefusal.FieldReason;
import org.govsite.shared.Actor;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.SiteStatus;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
public class Solicitations {

	static final int OPINION_MAX = 5000;

	private final JdbcClient jdbc;
	private final CitizenIntake intake;
	private final InteractionProperties properties;
	private final Sites sites;
	private final AuditTrail audit;
	private final TransactionTemplate transaction;
	private final Clock clock;

	Solicitations(JdbcClient jdbc, CitizenIntake intake, InteractionProperties properties, Sites sites,
			AuditTrail audit, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.intake = intake;
		this.properties = properties;
		this.sites = sites;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	private record Row(UUID id, long version, UUID siteId, String title, String description, Instant startsAt,
			Instant endsAt, Status status, @Nullable String result, @Nullable Instant resultPublishedAt) {

		static Row map(ResultSet rs, int n) throws SQLException {
			var published = rs.getTimestamp("result_published_at");
			return new Row(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getObject("site_id", UUID.class),
					rs.getString("title"), rs.getString("description"), rs.getTimestamp("starts_at").toInstant(),
					rs.getTimestamp("ends_at").toInstant(), Status.valueOf(rs.getString("status")),
					rs.getString("result"), published == null ? null : published.toInstant());
		}
	}

	// ------------------------------------------------------------------ responders' side

	/** Creates a solicitation in 筹备 on a site the account responds for. */
	@Transactional
	public SolicitationView create(SolicitationForm form) {
		var user = currentUser();
		var reasons = new ArrayList<String>();
		SiteView site = null;
		if (form.siteId() == null || form.siteId().isBlank()) {
			reasons.add("请选择网站");
		}
		else {
			site = sites.find(new SiteId(InteractionAccess.id(form.siteId(), "网站"))).orElse(null);
			if (site == null) {
				reasons.add("网站不存在");
			}
		}
		var period = period(form, reasons);
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		site = Objects.requireNonNull(site);
		InteractionAccess.requireResponder(user, site.id().value(), "发起征集调查");
		SolicitationLifecycle.checkFields(form.title(), form.description(), period[0], period[1]);
		var id = UUID.randomUUID();
		var now = clock.instant();
		jdbc.sql("""
				INSERT INTO interaction_solicitation (id, version, site_id, title, description, starts_at, ends_at, status,
				    created_by, created_at)
				VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(id, site.id().value(), form.title().strip(), form.description(),
				Timestamp.from(period[0]), Timestamp.from(period[1]), Status.DRAFT.name(), user.username(),
				Timestamp.from(now)).update();
		audit.record(AuditRecord.of("SOLICITATION_CREATED", "interaction_solicitation", id,
				"在「" + site.name() + "」发起征集调查「" + form.title().strip() + "」（" + SolicitationLifecycle.shown(period[0])
						+ " 至 " + SolicitationLifecycle.shown(period[1]) + "）")
			.withChange(null, summary(Status.DRAFT, period[0], period[1], null)));
		return view(load(id));
	}

	/** Edits title, description and period (筹备 and 征集中 only). */
	@Transactional
	public SolicitationView edit(UUID id, SolicitationForm form) {
		var user = currentUser();
		var row = lockRow(id);
		InteractionAccess.requireResponder(user, row.siteId(), "修改征集调查");
		var reasons = new ArrayList<String>();
		var period = period(form, reasons);
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		SolicitationLifecycle.edit(row.status(), row.startsAt(), form.title(), form.description(), period[0], period[1],
				clock.instant());
		jdbc.sql("""
				UPDATE interaction_solicitation SET title = ?, description = ?, starts_at = ?, ends_at = ?,
				    version = version + 1 WHERE id = ?
				""").params(form.title().strip(), form.description(), Timestamp.from(period[0]),
				Timestamp.from(period[1]), id).update();
		audit.record(AuditRecord.of("SOLICITATION_EDITED", "interaction_solicitation", id,
				"修改征集调查「" + form.title().strip() + "」")
			.withChange(summary(row.status(), row.startsAt(), row.endsAt(), row.title()),
					summary(row.status(), period[0], period[1], form.title().strip())));
		return view(load(id));
	}

	/** 开始征集, 结束征集 or 公布结果 (see {@link SolicitationLifecycle}). */
	@Transactional
	public SolicitationView transition(UUID id, SolicitationCommand command) {
		var action = command.action();
		if (action == null) {
			throw Refusal.invalid("请选择要执行的操作");
		}
		var user = currentUser();
		var row = lockRow(id);
		InteractionAccess.requireResponder(user, row.siteId(), action.label());
		var now = Timestamp.from(clock.instant());
		Status next = switch (action) {
			case OPEN -> SolicitationLifecycle.open(row.status(), row.endsAt(), clock.instant());
			case CLOSE -> SolicitationLifecycle.close(row.status());
			case PUBLISH_RESULT -> SolicitationLifecycle.publishResult(row.status(), command.result());
			case EDIT -> throw Refusal.invalid("修改征集调查请使用修改功能");
		};
		switch (action) {
			case OPEN -> jdbc.sql("UPDATE interaction_solicitation SET status = ?, opened_at = ?, version = version + 1 WHERE id = ?")
				.params(next.name(), now, id).update();
			case CLOSE -> jdbc.sql("UPDATE interaction_solicitation SET status = ?, closed_at = ?, version = version + 1 WHERE id = ?")
				.params(next.name(), now, id).update();
			default -> jdbc.sql("""
					UPDATE interaction_solicitation SET status = ?, result = ?, result_published_at = ?, version = version + 1
					WHERE id = ?
					""").params(next.name(), command.result(), now, id).update();
		}
		audit.record(AuditRecord.of("SOLICITATION_" + action.name(), "interaction_solicitation", id,
				"征集调查「" + row.title() + "」" + action.label() + "：" + row.status().label() + " → " + next.label())
			.withChange(summary(row.status(), row.startsAt(), row.endsAt(), null),
					summary(next, row.startsAt(), row.endsAt(), null)));
		return view(load(id));
	}

	/** The solicitations the account may read, newest first; of one site when given. */
	@Transactional(readOnly = true)
	public List<SolicitationView> list(@Nullable SiteId site) {
		var user = currentUser();
		var rows = jdbc.sql("SELECT * FROM interaction_solicitation ORDER BY created_at DESC LIMIT 500").query(Row::map).list();
		return views(rows.stream()
			.filter(r -> site == null || r.siteId().equals(site.value()))
			.filter(r -> InteractionAccess.reader(user, r.siteId()))
			.toList());
	}

	@Transactional(readOnly = true)
	public SolicitationView get(UUID id) {
		var row = load(id);
		requireReader(row);
		return view(row);
	}

	/** Every opinion received, as typed, oldest first (responders of the site and the supervisor). */
	@Transactional(readOnly = true)
	public List<OpinionView> opinions(UUID id) {
		var row = load(id);
		var user = requireReader(row);
		boolean personal = InteractionAccess.responder(user, row.siteId());
		return jdbc.sql("SELECT * FROM interaction_opinion WHERE solicitation_id = ? ORDER BY received_at, id")
			.param(id)
			.query((rs, n) -> new OpinionView(rs.getObject("id", UUID.class), id,
					personal ? rs.getString("name") : PersonalDataMask.name(rs.getString("name")),
					personal ? rs.getString("mobile") : PersonalDataMask.mobile(rs.getString("mobile")),
					rs.getString("content"), rs.getTimestamp("received_at").toInstant(), rs.getBoolean("published")))
			.list();
	}

	/** Marks an opinion for publication on the public page, or withdraws it (responders of the site). */
	@Transactional
	public OpinionView markOpinion(UUID id, UUID opinionId, boolean publish) {
		var user = currentUser();
		var row = lockRow(id);
		InteractionAccess.requireResponder(user, row.siteId(), (publish ? "公开" : "撤回") + "意见");
		int changed = jdbc.sql("""
				UPDATE interaction_opinion SET published = ?, published_at = ?, published_by = ?
				WHERE id = ? AND solicitation_id = ?
				""").params(publish, publish ? Timestamp.from(clock.instant()) : null, publish ? user.username() : null,
				opinionId, id).update();
		if (changed != 1) {
			throw Refusal.notFound("意见不存在");
		}
		audit.record(AuditRecord.of(publish ? "OPINION_PUBLISHED" : "OPINION_WITHDRAWN", "interaction_opinion", opinionId,
				"征集调查「" + row.title() + "」的一条意见" + (publish ? "设为公开" : "撤回公开")));
		return opinions(id).stream().filter(o -> o.id().equals(opinionId)).findFirst().orElseThrow();
	}

	// ------------------------------------------------------------------ public side

	/** The site's solicitations the public sees (all but 筹备), newest first. */
	@Transactional(readOnly = true)
	public List<SolicitationView> published(String siteCode) {
		var site = sites.findBySiteCode(siteCode).orElseThrow(() -> Refusal.notFound("网站不存在"));
		return views(jdbc.sql("""
				SELECT * FROM interaction_solicitation WHERE site_id = ? AND status <> 'DRAFT'
				ORDER BY starts_at DESC, created_at DESC LIMIT 200
				""").param(site.id().value()).query(Row::map).list());
	}

	/** One solicitation as the public sees it; 筹备 ones and other sites' are not found. */
	@Transactional(readOnly = true)
	public SolicitationView publishedOne(String siteCode, UUID id) {
		return view(publicRow(siteCode, id));
	}

	/** The opinions marked for publication, oldest first, with personal data masked. */
	@Transactional(readOnly = true)
	public List<OpinionView> publishedOpinions(String siteCode, UUID id) {
		publicRow(siteCode, id);
		return jdbc.sql("""
				SELECT * FROM interaction_opinion WHERE solicitation_id = ? AND published ORDER BY received_at, id
				""").param(id)
			.query((rs, n) -> new OpinionView(rs.getObject("id", UUID.class), id,
					PersonalDataMask.name(rs.getString("name")), null, PersonalDataMask.text(rs.getString("content")),
					rs.getTimestamp("received_at").toInstant(), true))
			.list();
	}

	/** Receives a citizen's opinion (see the class contract). */
	public PublicReceipt submitOpinion(String siteCode, UUID id, PublicInput input, @Nullable String sourceIp) {
		publicRow(siteCode, id);
		if (CitizenIntake.validToken(input.clientToken())) {
			var existing = byToken(Objects.requireNonNull(input.clientToken()));
			if (existing != null) {
				return existing;
			}
		}
		intake.count("opinion", "意见", input, sourceIp);
		var captcha = intake.answer(input, sourceIp); // before the transaction: a wrong answer burns the token
		return Objects.requireNonNull(transaction.execute(status -> store(id, input, captcha, sourceIp)));
	}

	private PublicReceipt store(UUID id, PublicInput input, CaptchaAnswer captcha,
			@Nullable String sourceIp) {
		var row = jdbc.sql("SELECT * FROM interaction_solicitation WHERE id = ? FOR SHARE").param(id).query(Row::map).single();
		var now = clock.instant();
		var extra = new ArrayList<FieldReason>();
		SolicitationLifecycle.refuseOpinion(row.status(), row.startsAt(), row.endsAt(), now)
			.ifPresent(reason -> extra.add(new FieldReason("form", reason)));
		// a double click: the twin may have stored this input (and used its captcha) meanwhile; answer with its receipt
		if (CitizenIntake.validToken(input.clientToken()) && input.mobile() != null) {
			intake.lock(input.mobile().strip());
			var twin = byToken(Objects.requireNonNull(input.clientToken()));
			if (twin != null) {
				return twin;
			}
		}
		var verified = intake.check(input, "意见内容", OPINION_MAX, extra, captcha);
		var mobile = Objects.requireNonNull(input.mobile()).strip();
		intake.lock(mobile);
		var raced = byToken(Objects.requireNonNull(input.clientToken()));
		if (raced != null) {
			return raced;
		}
		boolean duplicate = jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM interaction_opinion
				               WHERE solicitation_id = ? AND mobile = ? AND content = ? AND received_at >= ?)
				""").params(id, mobile, input.content(), Timestamp.from(now.minus(properties.getDuplicateWindow())))
			.query(Boolean.class).single();
		if (duplicate) {
			throw new SubmissionRefusal(Refusal.Kind.CONFLICT, List.of(new FieldReason("content",
					"您在 " + properties.getDuplicateWindow().toMinutes() + " 分钟内已提交过相同内容的意见，请勿重复提交")));
		}
		var opinionId = UUID.randomUUID();
		int inserted = jdbc.sql("""
				INSERT INTO interaction_opinion (id, solicitation_id, client_token, name, mobile, content, source_ip, received_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (client_token) DO NOTHING
				""").params(opinionId, id, input.clientToken(), input.name(), mobile, input.content(), sourceIp,
				Timestamp.from(now)).update();
		if (inserted != 1) {
			return Objects.requireNonNull(byToken(Objects.requireNonNull(input.clientToken())));
		}
		intake.useCaptcha(verified);
		audit.recordAs(Actor.PUBLIC, AuditRecord.of("OPINION_RECEIVED", "interaction_opinion", opinionId,
				"征集调查「" + row.title() + "」收到一条意见"));
		return new PublicReceipt(opinionId, true, now);
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

	private @Nullable PublicReceipt byToken(String token) {
		return jdbc.sql("SELECT id, received_at FROM interaction_opinion WHERE client_token = ?").param(token)
			.query((rs, n) -> new PublicReceipt(rs.getObject("id", UUID.class), false,
					rs.getTimestamp("received_at").toInstant()))
			.optional().orElse(null);
	}

	private Row publicRow(String siteCode, UUID id) {
		var site = sites.findBySiteCode(siteCode).filter(s -> s.status() == SiteStatus.RUNNING)
			.orElseThrow(() -> Refusal.notFound("网站不存在或未运行"));
		return jdbc.sql("SELECT * FROM interaction_solicitation WHERE id = ?").param(id).query(Row::map).optional()
			.filter(r -> r.siteId().equals(site.id().value()) && r.status().visible())
			.orElseThrow(() -> Refusal.notFound("征集调查不存在"));
	}

	private CurrentUser requireReader(Row row) {
		var user = currentUser();
		if (!InteractionAccess.reader(user, row.siteId())) {
			throw Refusal.forbidden("当前账号无权查看该征集调查");
		}
		return user;
	}

	private Row load(UUID id) {
		return jdbc.sql("SELECT * FROM interaction_solicitation WHERE id = ?").param(id).query(Row::map).optional()
			.orElseThrow(() -> Refusal.notFound("征集调查不存在"));
	}

	private Row lockRow(UUID id) {
		return jdbc.sql("SELECT * FROM interaction_solicitation WHERE id = ? FOR UPDATE").param(id).query(Row::map)
			.optional().orElseThrow(() -> Refusal.notFound("征集调查不存在"));
	}

	private Instant[] period(SolicitationForm form, List<String> reasons) {
		var start = InteractionAccess.dateTime(form.startsAt(), "征集开始时间", reasons);
		var end = InteractionAccess.dateTime(form.endsAt(), "征集截止时间", reasons);
		return new Instant[] { start, end };
	}

	private SolicitationView view(Row row) {
		return views(List.of(row)).get(0);
	}

	private List<SolicitationView> views(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, SiteView> siteById = new HashMap<>();
		sites.all().forEach(s -> siteById.put(s.id().value(), s));
		Map<UUID, Long> counts = new HashMap<>();
		jdbc.sql("SELECT solicitation_id, count(*) FROM interaction_opinion WHERE solicitation_id = ANY (?) GROUP BY 1")
			.param(rows.stream().map(Row::id).toArray(UUID[]::new))
			.query((rs, n) -> counts.put(rs.getObject(1, UUID.class), rs.getLong(2)))
			.list();
		var now = clock.instant();
		return rows.stream().map(r -> {
			var site = siteById.get(r.siteId());
			return new SolicitationView(r.id(), r.siteId(), site == null ? "" : site.name(),
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
