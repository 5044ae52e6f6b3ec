package org.govsite.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.govsite.database.DataDirectory;
import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The audit chain holds against whoever can write the table: it is keyed with a secret outside the database, so a
 * row rewritten with a recomputed hash is caught, and its head is anchored outside the table, so a truncated tail is
 * named. The auditor's own reads and verifications are audited.
 */
@GovSiteTest
@TestPropertySource(properties = "govsite.test.context=keyed-audit") // its own database: these tests tamper with it
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditKeyedChainTests {

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	/** A database superuser: the attacker these tests play (the application's own role cannot do this). */
	JdbcClient owner;

	@Autowired
	void owner(@org.springframework.beans.factory.annotation.Qualifier("ownerDataSource") javax.sql.DataSource dataSource) {
		owner = JdbcClient.create(dataSource);
	}
	@Autowired AuditTrail audit;
	@Autowired AuditAnchors anchors;
	@Autowired DataDirectory dataDirectory;

	@Test
	@Order(1)
	void theKeyLivesInTheDataDirectoryReadableByTheOwnerOnly() throws Exception {
		var key = dataDirectory.resolve("audit.key");
		assertThat(Files.exists(key)).isTrue();
		assertThat(Files.getPosixFilePermissions(key))
			.isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
		assertThat(jdbc.sql("SELECT bool_and(keyed) FROM audit_entry").query(Boolean.class).single()).isTrue();
	}

	@Test
	@Order(2)
	void theAuditorsReadsAndVerificationsAreAudited() {
		var api = new Api(port);
		var auditor = api.token("auditor", "GovSite@2026");
		assertThat(api.get(auditor, "/api/v1/audit").status()).isEqualTo(200);
		assertThat(api.get(auditor, "/api/v1/audit/verify").body().get("intact").asBoolean()).isTrue();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = 'auditor' AND action = 'AUDIT_READ'")
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = 'auditor' AND action = 'AUDIT_VERIFIED'")
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	@Order(3)
	void aRowRewrittenWithARecomputedHashIsCaught() {
		long last = jdbc.sql("SELECT max(seq) FROM audit_entry").query(Long.class).single();
		var original = jdbc.sql("SELECT summary, hash FROM audit_entry WHERE seq = ?").param(last)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).single();
		owner.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
		try {
			// the attack that worked on the unkeyed chain: change the newest row and recompute its SHA-256
			owner.sql("UPDATE audit_entry SET summary = '无事发生' WHERE seq = ?").param(last).update();
			var forged = jdbc.sql("SELECT * FROM audit_entry WHERE seq = ?").param(last).query((rs, n) -> new AuditEntry(
					rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("source_ip"),
					rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"), rs.getString("summary"),
					rs.getString("before_state"), rs.getString("after_state"), rs.getString("prev_hash"), "", false)).single();
			owner.sql("UPDATE audit_entry SET hash = ? WHERE seq = ?").params(AuditTrail.hashOf(forged), last).update();
			var keyedForgery = audit.verify();
			assertThat(keyedForgery.intact()).isFalse();
			assertThat(keyedForgery.reason()).isEqualTo("第 " + last + " 条记录的内容与其哈希不符（记录被改动）");

			owner.sql("UPDATE audit_entry SET keyed = FALSE WHERE seq = ?").param(last).update();
			var unkeyedForgery = audit.verify();
			assertThat(unkeyedForgery.intact()).isFalse();
			assertThat(unkeyedForgery.reason()).isEqualTo("第 " + last + " 条记录没有密钥签名，却出现在已签名的记录之后（记录被伪造）");

			owner.sql("UPDATE audit_entry SET keyed = TRUE, summary = ?, hash = ? WHERE seq = ?")
				.params(original[0], original[1], last).update();
			// verify() appended its own entries after the forged one; they chain onto the restored row
			assertThat(owner.sql("DELETE FROM audit_entry WHERE seq > ?").param(last).update()).isEqualTo(2);
			assertThat(audit.verify().intact()).isTrue();
		}
		finally {
			owner.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();
		}
	}

	@Test
	@Order(4)
	void deletingTheNewestEntriesIsNamedAgainstTheAnchor() {
		anchors.anchor();
		var anchor = anchors.read();
		assertThat(anchor).isNotNull();
		assertThat(anchor.authentic()).isTrue();
		assertThat(Files.exists(dataDirectory.resolve("audit-anchor.properties"))).isTrue();
		long head = anchor.seq();
		owner.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
		try {
			owner.sql("DELETE FROM audit_entry WHERE seq > ?").param(head - 2).update();
			var truncated = audit.verify();
			assertThat(truncated.intact()).isFalse();
			assertThat(truncated.reason())
				.isEqualTo("第 " + (head - 1) + " 至 " + head + " 条记录缺失（最新的记录被删除，审计记录被截断）");
		}
		finally {
			owner.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();
		}
	}
}
