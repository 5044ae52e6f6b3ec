package org.govsite.interaction;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govsite.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes messages and their history with plain SQL; updates are optimistic on {@code version}. */
@Repository
class MessageStore {

	private final JdbcClient jdbc;

	MessageStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredMessage> find(UUID id) {
		return jdbc.sql("SELECT * FROM interaction_message WHERE id = ?").param(id).query(StoredMessage::map).optional();
	}

	Optional<StoredMessage> findForUpdate(UUID id) {
		return jdbc.sql("SELECT * FROM interaction_message WHERE id = ? FOR UPDATE").param(id)
			.query(StoredMessage::map).optional();
	}

	Optional<StoredMessage> findByClientToken(String token) {
		return jdbc.sql("SELECT * FROM interaction_message WHERE client_token = ?").param(token)
			.query(StoredMessage::map).optional();
	}

	Optional<StoredMessage> findByQueryCode(String code) {
		return jdbc.sql("SELECT * FROM interaction_message WHERE query_code = ?").param(code)
			.query(StoredMessage::map).optional();
	}

	boolean duplicateSince(String mobile, String contentHash, Instant since) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM interaction_message
				               WHERE mobile = ? AND content_hash = ? AND received_at >= ?)
				""").param(mobile).param(contentHash).param(Timestamp.from(since)).query(Boolean.class).single();
	}

	/** Inserts unless the client token exists already; true when this call inserted the row. */
	boolean insertIfNew(StoredMessage m, @Nullable String sourceIp, String contentHash) {
		return jdbc.sql("""
				INSERT INTO interaction_message (id, version, client_token, query_code, site_id, category, problem_type,
				    title, content, name, mobile, email, publish_consent, content_hash, source_ip, status, received_at,
				    received_on, deadline, deadline_provisional, cap_date)
				VALUES (:id, 0, :token, :code, :site, :category, :problemType, :title, :content, :name, :mobile, :email,
				    :consent, :hash, :ip, :status, :receivedAt, :receivedOn, :deadline, :provisional, :cap)
				ON CONFLICT (client_token) DO NOTHING
				""")
			.param("id", m.id())
			.param("token", m.clientToken())
			.param("code", m.queryCode())
			.param("site", m.siteId())
			.param("category", m.category().name())
			.param("problemType", m.problemType() == null ? null : m.problemType().name())
			.param("title", m.title())
			.param("content", m.content())
			.param("name", m.name())
			.param("mobile", m.mobile())
			.param("email", m.email())
			.param("consent", m.publishConsent())
			.param("hash", contentHash)
			.param("ip", sourceIp)
			.param("status", m.status().name())
			.param("receivedAt", Timestamp.from(m.receivedAt()))
			.param("receivedOn", m.receivedOn())
			.param("deadline", m.deadline())
			.param("provisional", m.deadlineProvisional())
			.param("cap", m.capDate())
			.update() == 1;
	}

	/** Writes the outcome of an action; refuses when someone else changed the message meanwhile. */
	void apply(StoredMessage m, MessageLifecycle.Outcome o, MessageLifecycle.Action action, String actor, Instant now) {
		int updated = jdbc.sql("""
				UPDATE interaction_message SET version = version + 1, status = :status, category = :category,
				    deadline = :deadline, deadline_provisional = :provisional, unit_id = :unit, extension = :extension,
				    extension_days = :extensionDays, extension_reason = COALESCE(:extensionReason, extension_reason),
				    reply = COALESCE(:reply, reply), rejection = COALESCE(:rejection, rejection),
				    signed_off_by = CASE WHEN :signedOff THEN COALESCE(signed_off_by, :actor) ELSE NULL END,
				    signed_off_at = CASE WHEN :signedOff THEN COALESCE(signed_off_at, :now) ELSE NULL END,
				    closed_at = CASE WHEN :closes THEN :now ELSE closed_at END,
				    published_at = CASE WHEN :publishes THEN :now ELSE published_at END
				WHERE id = :id AND version = :version
				""")
			.param("status", o.status().name())
			.param("category", o.category().name())
			.param("deadline", o.deadline().deadline())
			.param("provisional", o.deadline().provisional())
			.param("unit", o.unit() == null ? null : o.unit().value())
			.param("extension", o.extension().name())
			.param("extensionDays", o.extensionDays())
			.param("extensionReason", o.extensionReason())
			.param("reply", o.reply())
			.param("rejection", o.rejection())
			.param("signedOff", o.signedOff())
			.param("actor", actor)
			.param("now", Timestamp.from(now))
			.param("closes", action == MessageLifecycle.Action.ANSWER || action == MessageLifecycle.Action.REJECT)
			.param("publishes", action == MessageLifecycle.Action.PUBLISH)
			.param("id", m.id())
			.param("version", m.version())
			.update();
		if (updated != 1) {
			throw Refusal.conflict("留言已被他人处理，请刷新后重试");
		}
	}

	void markEscalated(UUID id, Instant now) {
		jdbc.sql("UPDATE interaction_message SET escalated = TRUE, escalated_at = ?, version = version + 1 WHERE id = ?")
			.param(Timestamp.from(now)).param(id).update();
	}

	void recordTransition(UUID id, MessageLifecycle.@Nullable Status from, MessageLifecycle.Status to, String action,
			String actor, @Nullable String comment, Instant at) {
		jdbc.sql("""
				INSERT INTO interaction_transition (message_id, from_status, to_status, action, actor, comment, occurred_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, from == null ? null : from.name(), to.name(), action, actor, comment, Timestamp.from(at))
			.update();
	}

	/** An answered message whose reply nobody has signed off, with who answered it and when. */
	record Unsigned(UUID id, @Nullable UUID siteId, String title, String answeredBy, Instant answeredAt) {
	}

	/**
	 * Answered messages whose reply nobody has signed off yet, of the given sites (every site when {@code allSites})
	 * and, when {@code platformWide}, those without a site; the oldest answer first.
	 */
	List<Unsigned> unsignedReplies(boolean allSites, Collection<UUID> sites, boolean platformWide) {
		if (!allSites && sites.isEmpty() && !platformWide) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT m.id, m.site_id, m.title, COALESCE(t.actor, '') AS actor, COALESCE(t.occurred_at, m.received_at) AS at
				FROM interaction_message m
				LEFT JOIN LATERAL (SELECT actor, occurred_at FROM interaction_transition
				                   WHERE message_id = m.id AND action = 'ANSWER'
				                   ORDER BY occurred_at DESC, id DESC LIMIT 1) t ON true
				WHERE m.status = 'ANSWERED' AND m.signed_off_by IS NULL
				  AND ((:allSites AND m.site_id IS NOT NULL) OR m.site_id IN (:sites) OR (:platformWide AND m.site_id IS NULL))
				ORDER BY at, m.id
				""")
			.param("sites", sites.isEmpty() ? List.of(new UUID(0, 0)) : sites)
			.param("platformWide", platformWide)
			.param("allSites", allSites)
			.query((rs, n) -> new Unsigned(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	List<TransitionRecord> history(UUID id) {
		return jdbc.sql("""
				SELECT from_status, to_status, action, actor, comment, occurred_at FROM interaction_transition
				WHERE message_id = ? ORDER BY occurred_at, id
				""").param(id)
			.query((rs, n) -> new TransitionRecord(
					rs.getString(1) == null ? null : MessageLifecycle.Status.valueOf(rs.getString(1)),
					MessageLifecycle.Status.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	/**
	 * Messages matching the filters, newest first. {@code visibleSites}/{@code visibleUnit} restrict to what the
	 * reader may see; {@code everything} lifts the restriction.
	 */
	List<StoredMessage> search(@Nullable UUID site, MessageLifecycle.@Nullable Status status, boolean overdueOnly,
			LocalDate today, boolean everything, Collection<UUID> visibleSites, @Nullable UUID visibleUnit,
			boolean platformWide, int limit) {
		var sql = new StringBuilder("SELECT * FROM interaction_message WHERE 1 = 1");
		var query = new java.util.LinkedHashMap<String, Object>();
		if (site != null) {
			sql.append(" AND site_id = :site");
			query.put("site", site);
		}
		if (status != null) {
			sql.append(" AND status = :status");
			query.put("status", status.name());
		}
		if (overdueOnly) {
			sql.append(" AND status IN ('RECEIVED', 'ACCEPTED', 'TRANSFERRED', 'IN_PROGRESS') AND deadline < :today");
			query.put("today", today);
		}
		if (!everything) {
			var visible = new java.util.ArrayList<String>();
			if (!visibleSites.isEmpty()) {
				visible.add("site_id IN (:sites)");
				query.put("sites", visibleSites);
			}
			if (visibleUnit != null) {
				visible.add("unit_id = :unit");
				query.put("unit", visibleUnit);
			}
			if (platformWide) {
				visible.add("site_id IS NULL");
			}
			sql.append(visible.isEmpty() ? " AND FALSE" : " AND (" + String.join(" OR ", visible) + ")");
		}
		sql.append(" ORDER BY received_at DESC, id LIMIT :limit");
		query.put("limit", limit);
		return jdbc.sql(sql.toString()).params(query).query(StoredMessage::map).list();
	}

	List<StoredMessage> open() {
		return jdbc.sql("""
				SELECT * FROM interaction_message WHERE status IN ('RECEIVED', 'ACCEPTED', 'TRANSFERRED', 'IN_PROGRESS')
				ORDER BY deadline, id
				""").query(StoredMessage::map).list();
	}

	/**
	 * Published messages of a site ({@code null}: the platform-wide ones), newest first, of one category and with a
	 * keyword in the title or the reply when given (never searched in the citizen's own text, which may hold personal
	 * data the page masks).
	 */
	List<StoredMessage> published(@Nullable UUID site, @Nullable MessageCategory category, @Nullable String keyword, int limit) {
		var like = keyword == null ? null : "%" + keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql("""
				SELECT * FROM interaction_message
				WHERE status = 'PUBLISHED' AND (CAST(:site AS UUID) IS NULL AND site_id IS NULL OR site_id = :site)
				  AND (CAST(:category AS TEXT) IS NULL OR category = :category)
				  AND (CAST(:like AS TEXT) IS NULL OR title ILIKE :like OR reply ILIKE :like)
				ORDER BY published_at DESC, id LIMIT :limit
				""").param("site", site).param("category", category == null ? null : category.name()).param("like", like)
			.param("limit", limit).query(StoredMessage::map).list();
	}

	List<StoredMessage> receivedBetween(@Nullable UUID site, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT * FROM interaction_message
				WHERE received_on BETWEEN :from AND :to AND (CAST(:site AS UUID) IS NULL OR site_id = :site)
				ORDER BY received_at, id
				""").param("from", from).param("to", to).param("site", site).query(StoredMessage::map).list();
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM interaction_message").query(Long.class).single();
	}

	/** A citizen's rating of a message. */
	record Rating(Satisfaction rating, @Nullable String reason) {
	}

	/** The citizen's rating of a message, if given. */
	Optional<Rating> rating(UUID message) {
		return jdbc.sql("SELECT rating, reason FROM interaction_message_rating WHERE message_id = ?").param(message)
			.query((rs, n) -> new Rating(Satisfaction.valueOf(rs.getString(1)), rs.getString(2)))
			.optional();
	}

	/** Records a rating; false when the message was rated already. */
	boolean rate(UUID message, Satisfaction rating, @Nullable String reason, java.time.Instant at) {
		return jdbc.sql("""
				INSERT INTO interaction_message_rating (message_id, rating, reason, rated_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (message_id) DO NOTHING
				""").params(message, rating.name(), reason, java.sql.Timestamp.from(at)).update() == 1;
	}

	/** Ratings of the messages received in the period, by rating. */
	java.util.Map<Satisfaction, Long> ratingsBetween(@Nullable UUID site, LocalDate from, LocalDate to) {
		var counts = new java.util.EnumMap<Satisfaction, Long>(Satisfaction.class);
		jdbc.sql("""
				SELECT r.rating, count(*) FROM interaction_message_rating r JOIN interaction_message m ON m.id = r.message_id
				WHERE m.received_on BETWEEN :from AND :to AND (CAST(:site AS UUID) IS NULL OR m.site_id = :site)
				GROUP BY r.rating
				""").param("from", from).param("to", to).param("site", site)
			.query(rs -> {
				counts.put(Satisfaction.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return counts;
	}
}
