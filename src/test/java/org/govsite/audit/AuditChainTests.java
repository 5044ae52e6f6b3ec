package org.govsite.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** The hash chain detects a row changed or deleted behind the application's back. */
@GovSiteTest
@TestPropertySource(properties = "govsite.test.context=tampered-audit") // its own database: tampering breaks the chain for good
class AuditChainTests {

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	/** A database superuser: the attacker these tests play (the application's own role cannot do this). */
	JdbcClient owner;

	@Autowired
	void owner(@org.springframework.beans.factory.annotation.Qualifier("ownerDataSource") javax.sql.DataSource dataSource) {
		owner = JdbcClient.create(dataSource);
	}
	@Autowired AuditTrail audit;

	@Test
	void theApplicationCannotUpdateOrDeleteAuditRows() {
		// the application's role has no such right at all (security issue, item 3: least privilege)
		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET summary = 'x' WHERE seq = 1").update())
			.rootCause().hasMessageContaining("permission denied for table audit_entry");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE seq = 1").update())
			.rootCause().hasMessageContaining("permission denied for table audit_entry");
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update())
			.rootCause().hasMessageContaining("permission denied for table audit_entry");
		assertThatThrownBy(() -> jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update())
			.rootCause().hasMessageContaining("must be owner of table audit_entry");
		assertThat(jdbc.sql("SELECT current_user::text").query(String.class).single()).isEqualTo("govsite_app");
		assertThat(jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").query(Boolean.class).single()).isFalse();
		// even the owner is refused by the trigger until it switches the trigger off
		assertThatThrownBy(() -> owner.sql("UPDATE audit_entry SET summary = 'x' WHERE seq = 1").update())
			.hasMessageContaining("audit_entry is append-only");
		assertThatThrownBy(() -> owner.sql("DELETE FROM audit_entry WHERE seq = 1").update())
			.hasMessageContaining("audit_entry is append-only");
	}

	@Test
	void verificationNamesAChangedRowAndThenADeletedOne() {
		var api = new Api(port);
		var auditor = api.token("auditor", "GovSite@2026");
		assertThat(api.get(auditor, "/api/v1/audit/verify").body().get("intact").asBoolean()).isTrue();
		long target = jdbc.sql("SELECT min(seq) + 3 FROM audit_entry").query(Long.class).single();

		// A database superuser tampers with one row: the trigger has to be switched off to do it at all.
		owner.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
		try {
			owner.sql("UPDATE audit_entry SET summary = summary || '（已篡改）' WHERE seq = ?").param(target).update();
			var changed = api.get(auditor, "/api/v1/audit/verify").body();
			assertThat(changed.get("intact").asBoolean()).isFalse();
			assertThat(changed.get("brokenAt").asLong()).isEqualTo(target);
			assertThat(changed.get("reason").asString()).isEqualTo("第 " + target + " 条记录的内容与其哈希不符（记录被改动）");

			// Restore the content, then delete the row after it.
			owner.sql("UPDATE audit_entry SET summary = replace(summary, '（已篡改）', '') WHERE seq = ?").param(target).update();
			assertThat(audit.verify().intact()).isTrue();
			owner.sql("DELETE FROM audit_entry WHERE seq = ?").param(target + 1).update();
			var deleted = audit.verify();
			assertThat(deleted.intact()).isFalse();
			assertThat(deleted.brokenAt()).isEqualTo(target + 2);
			assertThat(deleted.reason()).isEqualTo("第 " + (target + 1) + " 至 " + (target + 1) + " 条记录缺失（被删除）");
		}
		finally {
			owner.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();
		}
	}
}
