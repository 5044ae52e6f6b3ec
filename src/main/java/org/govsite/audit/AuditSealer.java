package org.govsite.audit;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives committed audit entries their place in the hash chain, in the order they are sealed (issue 15). An entry is
 * inserted unsealed in the transaction of the change it records ({@link AuditTrail#recordAs}), so appends no longer
 * wait for each other; after its transaction commits, the committing thread seals whatever is committed and unsealed
 * by then — unless this node is sealing already, in which case that sealer goes round once more. One sealer at a time
 * across every node (a transaction-scoped advisory lock); a poll every second seals what a crashed or busy node left.
 * Verification, the auditor's reads and the anchor seal first, so they always see the whole chain.
 *
 * <p>Between its commit and its sealing (milliseconds; at most the poll interval) an entry is protected like any other
 * row (the trigger refuses every change but sealing, and deletion), but not yet by the chain.
 */
@Component
class AuditSealer {

	private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
	private static final String GENESIS = "0".repeat(64);
	private static final long SEAL_LOCK = 0x6f76736974655345L;
	private static final int BATCH = 2_000;
	private static final int ROUNDS = 4;

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final AuditKey key;
	private final TransactionTemplate separately;
	private final AtomicBoolean sealing = new AtomicBoolean();
	private final AtomicBoolean more = new AtomicBoolean();

	AuditSealer(JdbcClient jdbc, JdbcTemplate template, AuditKey key, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.template = template;
		this.key = key;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Seals after the current transaction commits (once per transaction, however many entries it recorded). */
	void sealAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			sealSoon();
			return;
		}
		if (TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(AuditSealer.this);
				if (status == STATUS_COMMITTED) {
					sealSoon();
				}
			}
		});
	}

	/**
	 * Seals now unless this node is sealing already; then that sealer goes round once more and this thread returns at
	 * once. A few rounds at most, so that no request waits long; the poll does the rest.
	 */
	void sealSoon() {
		more.set(true);
		if (!sealing.compareAndSet(false, true)) {
			return;
		}
		try {
			for (int round = 0; round < ROUNDS && more.getAndSet(false); round++) {
				if (seal(false) == BATCH) {
					more.set(true);
				}
			}
		}
		catch (RuntimeException e) {
			log.warn("Sealing the audit chain failed (the poll retries): {}", e.toString());
		}
		finally {
			sealing.set(false);
		}
	}

	@Scheduled(fixedDelayString = "${govsite.audit.seal-poll:PT1S}")
	void poll() {
		sealSoon();
	}

	/** Seals everything committed so far, waiting for another sealer to finish first: before reading the chain. */
	void sealAll() {
		while (seal(true) == BATCH) {
			// more than one batch was waiting
		}
	}

	/**
	 * One sealing transaction: up to {@value #BATCH} committed, unsealed entries, oldest insert first, each linked to
	 * the one before. Returns how many were sealed (0 when another sealer holds the lock and {@code wait} is false).
	 */
	private int seal(boolean wait) {
		Integer sealed = separately.execute(status -> {
			if (wait) {
				jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(SEAL_LOCK).query().singleRow();
			}
			else if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(SEAL_LOCK).query(Boolean.class).single()) {
				return 0;
			}
			var pending = jdbc.sql("SELECT * FROM audit_entry WHERE seq IS NULL ORDER BY entry_id LIMIT ?").param(BATCH)
				.query((rs, n) -> new Pending(rs.getLong("entry_id"), new AuditEntry(0, rs.getTimestamp("occurred_at").toInstant(),
						rs.getString("actor"), rs.getString("source_ip"), rs.getString("action"), rs.getString("target_type"),
						rs.getString("target_id"), rs.getString("summary"), rs.getString("before_state"),
						rs.getString("after_state"), "", "", true)))
				.list();
			if (pending.isEmpty()) {
				return 0;
			}
			var head = jdbc.sql("SELECT seq, hash FROM audit_entry WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1")
				.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).optional();
			long seq = head.map(row -> (Long) row[0]).orElse(0L);
			String previous = head.map(row -> (String) row[1]).orElse(GENESIS);
			var rows = new ArrayList<Object[]>(pending.size());
			for (var p : pending) {
				seq++;
				var e = p.entry();
				var placed = new AuditEntry(seq, e.occurredAt(), e.actor(), e.sourceIp(), e.action(), e.targetType(),
						e.targetId(), e.summary(), e.beforeState(), e.afterState(), previous, "", true);
				var hash = key.mac(AuditTrail.canonical(placed));
				rows.add(new Object[] { seq, previous, hash, p.entryId() });
				previous = hash;
			}
			template.batchUpdate("UPDATE audit_entry SET seq = ?, prev_hash = ?, hash = ? WHERE entry_id = ? AND seq IS NULL", rows);
			if (log.isDebugEnabled()) {
				log.debug("sealed audit entries #{} to #{}", seq - pending.size() + 1, seq);
			}
			return pending.size();
		});
		return sealed == null ? 0 : sealed;
	}

	private record Pending(long entryId, AuditEntry entry) {
	}
}
