package org.govsite.interaction;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.interaction.SubmissionRefusal.FieldReason;
import org.govsite.shared.Actor;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.Reasons;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.SiteStatus;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What every kind of {@link Participation} does the same way: loading by id with the reader's rights, the console
 * list filtered by the reader's sites in SQL and paged, the public list and item of a running site, the site a new
 * item is created on, and the citizen's input through {@link CitizenIntake}.
 * <p>
 * Readers: responders of the item's site (or platform-wide) and the supervisor; only responders act.
 */
@Component
class ParticipationCore {

	/** Items per page of a console list. */
	static final int PAGE_SIZE = 100;

	/** What every kind's row has. */
	interface Item {

		UUID id();

		UUID siteId();

		String title();
	}

	private final JdbcClient jdbc;
	private final Sites sites;
	private final CitizenIntake intake;
	private final AuditTrail audit;

	ParticipationCore(JdbcClient jdbc, Sites sites, CitizenIntake intake, AuditTrail audit) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.intake = intake;
		this.audit = audit;
	}

	// ------------------------------------------------------------------ access

	static CurrentUser currentUser() {
		return CurrentUser.require();
	}

	/** 互动办理员 of the site (or platform-wide). */
	static boolean responder(CurrentUser user, UUID site) {
		return user.hasRoleOn(Role.RESPONDER, new SiteId(site));
	}

	/** Responders of the site and the supervisor read. */
	static boolean reader(CurrentUser user, UUID site) {
		return responder(user, site) || user.hasPlatformRole(Role.SUPERVISOR);
	}

	static CurrentUser requireResponder(UUID site, String what) {
		var user = currentUser();
		if (!responder(user, site)) {
			throw Refusal.forbidden("只有本网站的互动办理员才能" + what);
		}
		return user;
	}

	static CurrentUser requireReader(Participation kind, Item item) {
		var user = currentUser();
		if (!reader(user, item.siteId())) {
			throw Refusal.forbidden("当前账号无权查看该" + kind.noun());
		}
		return user;
	}

	/** A UUID typed in a path or form; anything else is not found. */
	static UUID uuid(@Nullable String text) {
		return id(text, "编号");
	}

	/** A UUID typed for what the label names (嘉宾, 网站); anything else is not found. */
	static UUID id(@Nullable String text, String label) {
		try {
			return UUID.fromString(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException e) {
			throw Refusal.notFound(label + "「" + text + "」不存在");
		}
	}

	/** A date-time with an offset, or without one in Beijing time; null (with a reason) when unreadable. */
	static @Nullable Instant dateTime(@Nullable String text, String label, List<String> reasons) {
		return BeijingTime.parse(text, label, reasons);
	}

	/** As {@link #dateTime(String, String, List)}, the reason placed at the form field {@code field}. */
	static @Nullable Instant dateTime(@Nullable String text, String label, String field, Reasons reasons) {
		var sentences = new ArrayList<String>();
		var instant = BeijingTime.parse(text, label, sentences);
		sentences.forEach(sentence -> reasons.at(field, sentence));
		return instant;
	}

	/** As {@link #siteTyped(String, List)}, the reason placed at the form field {@code siteId}. */
	@Nullable SiteView siteTyped(@Nullable String siteId, Reasons reasons) {
		var sentences = new ArrayList<String>();
		var site = siteTyped(siteId, sentences);
		sentences.forEach(sentence -> reasons.at("siteId", sentence));
		return site;
	}

	// ------------------------------------------------------------------ loading

	<R extends Item> R load(Participation kind, UUID id, RowMapper<R> rows) {
		return jdbc.sql("SELECT * FROM " + kind.table + " WHERE id = ?").param(id).query(rows).optional()
			.orElseThrow(() -> Refusal.notFound(kind.noun() + "不存在"));
	}

	/** The row locked for a change by a responder of its site. */
	<R extends Item> R lockForResponder(Participation kind, UUID id, RowMapper<R> rows, String what) {
		var user = currentUser();
		var row = jdbc.sql("SELECT * FROM " + kind.table + " WHERE id = ? FOR UPDATE").param(id).query(rows).optional()
			.orElseThrow(() -> Refusal.notFound(kind.noun() + "不存在"));
		if (!responder(user, row.siteId())) {
			throw Refusal.forbidden("只有本网站的互动办理员才能" + what);
		}
		return row;
	}

	/**
	 * One page (from 0) of the items the signed-in account may read, of one site when given, in the kind's console
	 * order; the reader's sites are filtered in SQL, so every item the reader may see is on some page.
	 */
	<R extends Item> List<R> readable(Participation kind, @Nullable SiteId site, int page, RowMapper<R> rows) {
		var user = currentUser();
		boolean everything = user.hasPlatformRole(Role.SUPERVISOR) || user.hasPlatformRole(Role.RESPONDER);
		var mine = user.sitesWith(Role.RESPONDER).stream().map(SiteId::value).toArray(UUID[]::new);
		return jdbc.sql("SELECT * FROM " + kind.table + """
				 WHERE (? OR site_id = ANY (?)) AND (?::uuid IS NULL OR site_id = ?::uuid)
				ORDER BY """ + " " + kind.consoleOrder + ", id LIMIT ? OFFSET ?")
			.params(everything, mine, site == null ? null : site.value(), site == null ? null : site.value(), PAGE_SIZE,
					Math.max(0, page) * PAGE_SIZE)
			.query(rows).list();
	}

	/** The site a responder names for a new item; null with a reason when none or unknown. */
	@Nullable SiteView siteTyped(@Nullable String siteId, List<String> reasons) {
		if (siteId == null || siteId.isBlank()) {
			reasons.add("请选择网站");
			return null;
		}
		var site = sites.find(new SiteId(id(siteId, "网站"))).orElse(null);
		if (site == null) {
			reasons.add("网站不存在");
		}
		return site;
	}

	Map<UUID, SiteView> sitesById() {
		Map<UUID, SiteView> byId = new HashMap<>();
		sites.all().forEach(s -> byId.put(s.id().value(), s));
		return byId;
	}

	// ------------------------------------------------------------------ public side

	SiteView runningSite(String siteCode) {
		return sites.findBySiteCode(siteCode).filter(s -> s.status() == SiteStatus.RUNNING)
			.orElseThrow(() -> Refusal.notFound("网站不存在或未运行"));
	}

	/** The items of a running site the public sees, in the kind's public order (at most 200). */
	<R extends Item> List<R> published(Participation kind, String siteCode, RowMapper<R> rows) {
		var site = runningSite(siteCode);
		return jdbc.sql("SELECT * FROM " + kind.table + " WHERE site_id = ? AND " + kind.publicWhere + " ORDER BY "
				+ kind.publicOrder + " LIMIT 200").param(site.id().value()).query(rows).list();
	}

	/** One item as the public sees it; hidden ones and other sites' are not found. */
	<R extends Item> R publicItem(Participation kind, String siteCode, UUID id, RowMapper<R> rows) {
		var site = runningSite(siteCode);
		return jdbc.sql("SELECT * FROM " + kind.table + " WHERE id = ? AND site_id = ? AND " + kind.publicWhere)
			.params(id, site.id().value()).query(rows).optional()
			.orElseThrow(() -> Refusal.notFound(kind.noun() + "不存在"));
	}

	// ------------------------------------------------------------------ citizens' input

	/**
	 * Receives a citizen's opinion or question on a public item through {@link CitizenIntake}; {@code closed} says
	 * why the item (read again in the transaction) takes no input now.
	 */
	<R extends Item> PublicReceipt submit(Participation kind, String siteCode, UUID id, PublicInput input,
			@Nullable String sourceIp, RowMapper<R> rows, Function<R, Optional<String>> closed) {
		publicItem(kind, siteCode, id, rows);
		return intake.receive(kind.intake, new Input<>(kind, id, input, sourceIp, rows, closed), sourceIp);
	}

	/** An opinion or question as {@link CitizenIntake} sees it. */
	private final class Input<R extends Item> implements CitizenIntake.Submission<PublicReceipt> {

		private final Participation kind;
		private final UUID parent;
		private final PublicInput input;
		private final @Nullable String sourceIp;
		private final RowMapper<R> rows;
		private final Function<R, Optional<String>> closed;
		private @Nullable R item;

		Input(Participation kind, UUID parent, PublicInput input, @Nullable String sourceIp, RowMapper<R> rows,
				Function<R, Optional<String>> closed) {
			this.kind = kind;
			this.parent = parent;
			this.input = input;
			this.sourceIp = sourceIp;
			this.rows = rows;
			this.closed = closed;
		}

		@Override
		public @Nullable String clientToken() {
			return input.clientToken();
		}

		@Override
		public @Nullable String mobile() {
			return input.mobile();
		}

		@Override
		public @Nullable String captchaToken() {
			return input.captchaToken();
		}

		@Override
		public @Nullable String captchaAnswer() {
			return input.captchaAnswer();
		}

		@Override
		public @Nullable PublicReceipt stored(String token) {
			return jdbc.sql("SELECT id, received_at FROM " + kind.inputTable + " WHERE client_token = ?").param(token)
				.query((rs, n) -> new PublicReceipt(rs.getObject("id", UUID.class), false,
						rs.getTimestamp("received_at").toInstant()))
				.optional().orElse(null);
		}

		@Override
		public List<FieldReason> closed() {
			var row = jdbc.sql("SELECT * FROM " + kind.table + " WHERE id = ? FOR SHARE").param(parent).query(rows)
				.single();
			item = row;
			return closed.apply(row).map(reason -> List.of(new FieldReason("form", reason))).orElse(List.of());
		}

		@Override
		public List<FieldReason> fieldReasons() {
			return CitizenIntake.personReasons(input, kind.contentLabel, kind.contentMax);
		}

		@Override
		public boolean duplicate(String mobile, Instant since) {
			return jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + kind.inputTable + " WHERE " + kind.parentColumn
					+ " = ? AND mobile = ? AND content = ? AND received_at >= ?)")
				.params(parent, mobile, input.content(), Timestamp.from(since)).query(Boolean.class).single();
		}

		@Override
		public @Nullable PublicReceipt insert(Instant now) {
			var id = UUID.randomUUID();
			var status = kind.inputStatus == null ? "" : ", status";
			int inserted = jdbc.sql("INSERT INTO " + kind.inputTable + " (id, " + kind.parentColumn
					+ ", client_token, name, mobile, content, source_ip, received_at" + status + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?"
					+ (kind.inputStatus == null ? "" : ", ?") + ") ON CONFLICT (client_token) DO NOTHING")
				.params(insertParams(id, now)).update();
			if (inserted != 1) {
				return null;
			}
			audit.recordAs(Actor.PUBLIC, AuditRecord.of(kind.inputAudit + "_RECEIVED", kind.inputTable, id,
					kind.noun() + "「" + Objects.requireNonNull(item).title() + "」收到一条" + kind.inputNoun));
			return new PublicReceipt(id, true, now);
		}

		private Object[] insertParams(UUID id, Instant now) {
			var mobile = Objects.requireNonNull(input.mobile()).strip();
			var params = new Object[] { id, parent, input.clientToken(), input.name(), mobile, input.content(), sourceIp,
					Timestamp.from(now) };
			if (kind.inputStatus == null) {
				return params;
			}
			var withStatus = java.util.Arrays.copyOf(params, params.length + 1);
			withStatus[params.length] = kind.inputStatus;
			return withStatus;
		}
	}
}
