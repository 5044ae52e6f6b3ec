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
 * exactly when the change it records does; appends do not wait for each other. After commit, {@link AuditSealer}
 * links committed entries into one linear chain (one sealer at a time across any number of application nodes).
 */
@Service
public class AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
	private static final String GENESIS = "0".repeat(64);

	private final JdbcClient jdbc;
	private final Clock clock;
	private final JsonMapper json;
	private final AuditKey key;
	private final AuditAnchors anchors;
	private final AuditSealer sealer;

	AuditTrail(JdbcClient jdbc, Clock clock, JsonMapper json, AuditKey key, AuditAnchors anchors, AuditSealer sealer) {
		this.sealer = sealer;
		this.key = key;
		this.anchors = anchors;
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
		var entry = new AuditEntry(0, Instant.now(clock).truncatedTo(ChronoUnit.MICROS), truncate(neutral(actor), 100),
				currentSourceIp(), record.action(), record.targetType(),
				record.targetId() == null ? null : truncate(neutral(record.targetId()), 100), neutral(record.summary()),
				toJson(record.before()), toJson(record.after()), "", "", true);
		// unsealed: its place in the chain and its MAC are given after commit, by the sealer (no lock while appending)
		long id = jdbc.sql("""
				INSERT INTO audit_entry (occurred_at, actor, source_ip, action, target_type, target_id, summary,
				                         before_state, after_state, keyed)
				VALUES (:at, :actor, :ip, :action, :targetType, :targetId, :summary, :before, :after, TRUE)
				RETURNING entry_id
				""")
			.param("at", Timestamp.from(entry.occurredAt()))
			.param("actor", entry.actor())
			.param("ip", entry.sourceIp())
			.param("action", entry.action())
			.param("targetType", entry.targetType())
			.param("targetId", entry.targetId())
			.param("summary", entry.summary())
			.param("before", entry.beforeState())
			.param("after", entry.afterState())
			.query(Long.class).single();
		sealer.sealAfterCommit();
		log.info("audit entry {} {} by {}: {}", id, entry.action(), entry.actor(), entry.summary());
	}

	/**
	 * Walks the whole chain in order and reports the first entry whose content or link does not match its keyed MAC
	 * (or, for entries from before the key, its SHA-256), then checks the table against the last anchor written
	 * outside it, so that deleted newest entries are named too.
	 */
	@Transactional
	public ChainVerification verify() {
		sealer.sealAll();
		var result = walk();
		// 等保: the auditor's own verifications are audited too
		this.record(AuditRecord.of("AUDIT_VERIFIED", "audit_entry", result.entriesChecked(), result.intact()
				? "核验审计记录：完整（" + result.entriesChecked() + " 条）" : "核验审计记录：发现异常，" + result.reason()));
		return result;
	}

	private ChainVerification walk() {
		var previousHash = new AtomicReference<>(GENESIS);
		var expectedSeq = new AtomicLong(1);
		var checked = new AtomicLong();
		var broken = new AtomicReference<ChainVerification>();
		var keyedSeen = new java.util.concurrent.atomic.AtomicBoolean();
		var hashes = new java.util.HashMap<Long, String>();
		var anchor = anchors.read();
		try (var entries = jdbc.sql("SELECT * FROM audit_entry WHERE seq IS NOT NULL ORDER BY seq").query(AuditTrail::mapEntry)
			.stream()) {
			entries.takeWhile(entry -> broken.get() == null).forEach(entry -> {
				checked.incrementAndGet();
				boolean keyed = entry.keyed();
				if (entry.seq() != expectedSeq.get()) {
					broken.set(ChainVerification.brokenAt(checked.get(), entry.seq(),
							"第 " + expectedSeq.get() + " 至 " + (entry.seq() - 1) + " 条记录缺失（被删除）"));
				}
				else if (!entry.prevHash().equals(previousHash.get())) {
					broken.set(ChainVerification.brokenAt(checked.get(), entry.seq(),
							"第 " + entry.seq() + " 条记录与前一条记录的哈希链接不符（前一条被改动或删除）"));
				}
				else if (!keyed && keyedSeen.get()) {
					broken.set(ChainVerification.brokenAt(checked.get(), entry.seq(),
							"第 " + entry.seq() + " 条记录没有密钥签名，却出现在已签名的记录之后（记录被伪造）"));
				}
				else if (!(keyed ? key.mac(canonical(entry)) : hashOf(entry)).equals(entry.hash())) {
					broken.set(ChainVerification.brokenAt(checked.get(), entry.seq(),
							"第 " + entry.seq() + " 条记录的内容与其哈希不符（记录被改动）"));
				}
				keyedSeen.compareAndSet(false, keyed);
				if (anchor != null && entry.seq() == anchor.seq()) {
					hashes.put(entry.seq(), entry.hash());
				}
				previousHash.set(entry.hash());
				expectedSeq.incrementAndGet();
			});
		}
		if (broken.get() != null) {
			return broken.get();
		}
		long last = expectedSeq.get() - 1;
		if (anchor != null) {
			if (!anchor.authentic()) {
				return ChainVerification.brokenAt(checked.get(), last, "审计锚点文件的签名不符（锚点被改动）");
			}
			if (anchor.seq() > last) {
				return ChainVerification.brokenAt(checked.get(), last + 1,
						"第 " + (last + 1) + " 至 " + anchor.seq() + " 条记录缺失（最新的记录被删除，审计记录被截断）");
			}
			if (!anchor.hash().equals(hashes.get(anchor.seq()))) {
				return ChainVerification.brokenAt(checked.get(), anchor.seq(),
						"第 " + anchor.seq() + " 条记录与审计锚点不符（记录被改动或重写）");
			}
		}
		return ChainVerification.intact(checked.get());
	}

	/**
	 * Text as the audit log may show it: bidirectional overrides and isolates (which can make a name read backwards,
	 * e.g. an actor typed as "‮nimda") become visible U+FFFD, other control characters are dropped.
	 */
	static String neutral(String text) {
		var out = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
					|| cp == 0x061C) {
				out.append('\uFFFD');
			}
			else if (!Character.isISOControl(cp) || cp == '\n' || cp == '\t') {
				out.appendCodePoint(cp);
			}
		});
		return out.toString();
	}

	/** A page of entries, newest first, optionally filtered by actor or action. */
	@Transactional
	public List<AuditEntry> find(@Nullable String actor, @Nullable String action, int page, int size) {
		sealer.sealAll();
		var entries = jdbc.sql("""
				SELECT * FROM audit_entry
				WHERE (CAST(:actor AS TEXT) IS NULL OR actor = :actor)
				  AND (CAST(:action AS TEXT) IS NULL OR action = :action)
				ORDER BY seq DESC NULLS FIRST, entry_id DESC LIMIT :size OFFSET :offset
				""")
			.param("actor", blankToNull(actor))
			.param("action", blankToNull(action))
			.param("size", size)
			.param("offset", (long) page * size)
			.query(AuditTrail::mapEntry)
			.list();
		// 等保: the auditor's own reads are audited too
		this.record(AuditRecord.of("AUDIT_READ", "audit_entry", page + 1, "查阅审计记录（第 " + (page + 1) + " 页"
				+ (blankToNull(actor) == null ? "" : "，操作人：" + actor.strip())
				+ (blankToNull(action) == null ? "" : "，操作：" + action.strip()) + "）"));
		return entries;
	}

	@Transactional(readOnly = true)
	public long count() {
		return jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
	}

	/** The text an entry's MAC (or legacy hash) covers: every field and the previous entry's MAC. */
	static String canonical(AuditEntry e) {
		return String.join("\u001f", e.prevHash(), Long.toString(e.seq()),
				e.occurredAt().truncatedTo(ChronoUnit.MICROS).toString(), e.actor(), nullSafe(e.sourceIp()), e.action(),
				nullSafe(e.targetType()), nullSafe(e.targetId()), e.summary(), nullSafe(e.beforeState()),
				nullSafe(e.afterState()));
	}

	/** The unkeyed SHA-256 of entries written before the chain was keyed (V102). */
	static String hashOf(AuditEntry e) {
		var canonical = canonical(e);
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
				rs.getString("after_state"), java.util.Objects.requireNonNullElse(rs.getString("prev_hash"), ""),
				java.util.Objects.requireNonNullElse(rs.getString("hash"), ""), rs.getBoolean("keyed"));
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
