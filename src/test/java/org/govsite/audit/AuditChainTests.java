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
	@Autowired AuditTrail audit;

	@Test
	void theApplicationCannotUpdateOrDeleteAuditRows() {
		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET summary = 'x' WHERE seq = 1").update())
			.hasMessageContaining("audit_entry is append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE seq = 1").update())
			.hasMessageContaining("audit_entry is append-only");
	}

	@Test
	void verificationNamesAChangedRowAndThenADeletedOne() {
		var api = new Api(port);
		var auditor = api.token("auditor", "GovSite@2026");
		assertThat(api.get(auditor, "/api/v1/audit/verify").body().get("intact").asBoolean()).isTrue();
		long target = jdbc.sql("SELECT min(seq) + 3 FROM audit_entry").query(Long.class).single();

		// A database superuser tampers with one row: the trigger has to be switched off to do it at all.
		jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
		try {
			jdbc.sql("UPDATE audit_entry SET summary = summary || '（已篡改）' WHERE seq = ?").param(target).update();
			var changed = api.get(auditor, "/api/v1/audit/verify").body();
			assertThat(changed.get("intact").asBoolean()).isFalse();
			assertThat(changed.get("brokenAt").asLong()).isEqualTo(target);
			assertThat(changed.get("reason").asString()).isEqualTo("第 " + target + " 条记录的内容与其哈希不符（记录被改动）");

			// Restore the content, then delete the row after it.
			jdbc.sql("UPDATE audit_entry SET summary = replace(summary, '（已篡改）', '') WHERE seq = ?").param(target).update();
			assertThat(audit.verify().intact()).isTrue();
			jdbc.sql("DELETE FROM audit_entry WHERE seq = ?").param(target + 1).update();
			var deleted = audit.verify();
			assertThat(deleted.intact()).isFalse();
			assertThat(deleted.brokenAt()).isEqualTo(target + 2);
			assertThat(deleted.reason()).isEqualTo("第 " + (target + 1) + " 至 " + (target + 1) + " 条记录缺失（被删除）");
		}
		finally {
			jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();
		}
	}
}
