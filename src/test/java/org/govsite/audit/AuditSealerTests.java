package org.govsite.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.govsite.shared.Actor;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Entries are appended without a lock and sealed into the chain after commit: concurrent appends end as one
 * contiguous, verifiable chain; a rolled-back append leaves nothing; an unsealed entry can be sealed and nothing else.
 */
@GovSiteTest
class AuditSealerTests {

	@Autowired AuditTrail audit;
	@Autowired AuditSealer sealer;
	@Autowired JdbcClient jdbc;
	@Autowired PlatformTransactionManager transactions;
	JdbcClient owner;

	@Autowired
	void owner(@org.springframework.beans.factory.annotation.Qualifier("ownerDataSource") javax.sql.DataSource dataSource) {
		owner = JdbcClient.create(dataSource);
	}

	@Test
	void concurrentAppendsBecomeOneContiguousChainInTheOrderTheyAreSealed() throws Exception {
		var pool = Executors.newFixedThreadPool(16);
		var tasks = new ArrayList<Callable<Void>>();
		for (int i = 0; i < 400; i++) {
			int n = i;
			tasks.add(() -> {
				audit.recordAs(Actor.PUBLIC, AuditRecord.of("SEALER_TEST", "sealer", n, "并发追加第 " + n + " 条"));
				return null;
			});
		}
		for (var future : pool.invokeAll(tasks)) {
			future.get();
		}
		pool.shutdown();
		sealer.sealAll();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'SEALER_TEST' AND seq IS NOT NULL")
			.query(Long.class).single()).isEqualTo(400);
		// one chain: seq runs 1..n without a gap, each entry linked to the one before
		assertThat(jdbc.sql("SELECT max(seq) - min(seq) + 1 = count(*) FROM audit_entry WHERE seq IS NOT NULL")
			.query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("""
				SELECT count(*) FROM audit_entry e JOIN audit_entry p ON p.seq = e.seq - 1 WHERE e.prev_hash <> p.hash
				""").query(Long.class).single()).isZero();
		var verification = audit.verify();
		assertThat(verification.intact()).as(verification.toString()).isTrue();
	}

	@Test
	void aRolledBackAppendLeavesNothingAndAnUnsealedEntryCanOnlyBeSealed() {
		var tx = new TransactionTemplate(transactions);
		tx.executeWithoutResult(status -> {
			audit.recordAs(Actor.PUBLIC, AuditRecord.of("SEALER_ROLLBACK", "sealer", 1, "回滚的操作"));
			status.setRollbackOnly();
		});
		sealer.sealAll();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'SEALER_ROLLBACK'").query(Long.class).single())
			.isZero();

		// an entry inserted behind the sealer's back (as the owner, who bypasses nothing but privileges) stays unsealed
		// until sealed; meanwhile the trigger refuses any change of its content, and its deletion
		long id = owner.sql("""
				INSERT INTO audit_entry (occurred_at, actor, action, summary, keyed) VALUES (now(), 'public', 'SEALER_RAW', '待封存', TRUE)
				RETURNING entry_id
				""").query(Long.class).single();
		assertThatThrownBy(() -> owner.sql("UPDATE audit_entry SET summary = '改过' WHERE entry_id = ?").param(id).update())
			.hasMessageContaining("audit_entry is append-only");
		assertThatThrownBy(() -> owner.sql("DELETE FROM audit_entry WHERE entry_id = ?").param(id).update())
			.hasMessageContaining("audit_entry is append-only");
		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET summary = '改过' WHERE entry_id = ?").param(id).update())
			.rootCause().hasMessageContaining("permission denied for table audit_entry");
		sealer.sealAll();
		var sealed = jdbc.sql("SELECT seq FROM audit_entry WHERE entry_id = ?").param(id).query(Long.class).single();
		assertThat(sealed).isPositive();
		// once sealed, never again: not even sealing
		assertThatThrownBy(() -> owner.sql("UPDATE audit_entry SET seq = seq + 100000 WHERE entry_id = ?").param(id).update())
			.hasMessageContaining("audit_entry is append-only");
		assertThat(audit.verify().intact()).isTrue();
	}
}
