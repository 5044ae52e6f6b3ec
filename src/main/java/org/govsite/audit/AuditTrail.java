package org.govsite.audit;

import static org.govsite.shared.Text.blankToNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.govsite.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends entries to the hash-chained audit trail. An entry is written in the caller's transaction, so it exists
 * exactly when the change it records does. Appends are serialised with a transaction-scoped advisory lock, which
 * keeps the chain linear across any number of application nodes.
 */
@Service
public class AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
	private static final String GENESIS = "0".repeat(64);
	private static final long CHAIN_LOCK = 0x6f76736974654155L;

	private final JdbcClient jdbc;
	private final Clock clock;
	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, Clock clock, JsonMapper json) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.json = json;
	}

	/** Records what the signed-in user (or {@code system}) did, from the current request's address. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditRecord record) {
		recordAs(Actor.current(), record);
	}

	/** Records an action on behalf of a named actor, e.g. the username typed into a failed sign-in. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAs(String actor, AuditRecord record) {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
		var last = jdbc.sql("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional();
		long seq = last.map(row -> (Long) row[0] + 1).orElse(1L);
		String prevHash = last.map(row -> (String) row[1]).orElse(GENESIS);
		var entry = new AuditEntry(seq, Instant.now(clock).truncatedTo(ChronoUnit.MICROS), truncate(actor, 100),
				currentSourceIp(), record.action(), record.targetType(), record.targetId(), record.summary(),
				toJson(record.before()), toJson(record.after()), prevHash, "");
		var hash = hashOf(entry);
		jdbc.sql("""
				INSERT INTO audit_entry (seq, occurred_at, actor, source_ip, action, target_type, target_id, summary,
				                         before_state, after_state, prev_hash, hash)
				VALUES (:seq, :at, :actor, :ip, :action, :targetType, :targetId, :summary, :before, :after, :prev, :hash)
				""")
			.param("seq", seq)
			.param("at", Timestamp.from(entry.occurredAt()))
			.param("actor", entry.actor())
			.param("ip", entry.sourceIp())
			.param("action", entry.action())
			.param("targetType", entry.targetType())
			.param("targetId", entry.targetId())
			.param("summary", entry.summary())
			.param("before", entry.beforeState())
			.param("after", entry.afterState())
			.param("prev", prevHash)
			.param("hash", hash)
			.update();
		log.info("audit #{} {} by {}: {}", seq, entry.action(), entry.actor(), entry.summary());
	}

	/** Walks the whole chain in order and reports the first entry whose content or link does not match. */
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		var previousHash = new AtomicReference<>(GENESIS);
		var expectedSeq = new AtomicLong(1);
		var checked = new AtomicLong();
		var broken = new AtomicReference<ChainVerification>();
		try (var entries = jdbc.sql("SELECT * FROM audit_entry ORDER BY seq").query(AuditTrail::mapEntry).stream()) {
			entries.takeWhile(entry -> broken.get() == null).forEach(entry -> {
				checked.incrementAndGet();
				if (entry.seq() != expectedSeq.get()) {
					broken.set(ChainVerification.brokenAt(checked.get(), entry.seq(),
							"第 " + expectedSeq.get() + " 至 " + (entry.seq() - 1) + " 条记录缺失（被删除）"));
				}
				else if (!entry.prevHash().equals(previousHash.get())) {
					broken.set(ChainVerification.brokenAt(checked.get(), entry.seq(),
							"第 " + entry.seq() + " 条记录与前一条记录的哈希链接不符（前一条被改动或删除）"));
				}
				else if (!hashOf(entry).equals(entry.hash())) {
					broken.set(ChainVerification.brokenAt(checked.get(), entry.seq(),
							"第 " + entry.seq() + " 条记录的内容与其哈希不符（记录被改动）"));
				}
				previousHash.set(entry.hash());
				expectedSeq.incrementAndGet();
			});
		}
		return broken.get() != null ? broken.get() : ChainVerification.intact(checked.get());
	}

	/** A page of entries, newest first, optionally filtered by actor or action. */
	@Transactional(readOnly = true)
	public List<AuditEntry> find(@Nullable String actor, @Nullable String action, int page, int size) {
		return jdbc.sql("""
				SELECT * FROM audit_entry
				WHERE (CAST(:actor AS TEXT) IS NULL OR actor = :actor)
				  AND (CAST(:action AS TEXT) IS NULL OR action = :action)
				ORDER BY seq DESC LIMIT :size OFFSET :offset
				""")
			.param("actor", blankToNull(actor))
			.param("action", blankToNull(action))
			.param("size", size)
			.param("offset", (long) page * size)
			.query(AuditTrail::mapEntry)
			.list();
	}

	@Transactional(readOnly = true)
	public long count() {
		return jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
	}

	static String hashOf(AuditEntry e) {
		var canonical = String.join("\u001f", e.prevHash(), Long.toString(e.seq()),
				e.occurredAt().truncatedTo(ChronoUnit.MICROS).toString(), e.actor(), nullSafe(e.sourceIp()), e.action(),
				nullSafe(e.targetType()), nullSafe(e.targetId()), e.summary(), nullSafe(e.beforeState()),
				nullSafe(e.afterState()));
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e1) {
			throw new IllegalStateException(e1);
		}
	}

	private static AuditEntry mapEntry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("source_ip"), rs.getString("action"), rs.getString("target_type"),
				rs.getString("target_id"), rs.getString("summary"), rs.getString("before_state"),
				rs.getString("after_state"), rs.getString("prev_hash"), rs.getString("hash"));
	}

	private @Nullable String toJson(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof String s ? s : json.writeValueAsString(value);
	}


	private static @Nullable String currentSourceIp() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : null;
	}

	private static String nullSafe(@Nullable String value) {
		return value == null ? "\u2400" : value;
	}


	private static String truncate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}
}
