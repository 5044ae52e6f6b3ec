package org.govsite.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.govsite.GovSite;
import org.govsite.unit.Units;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The prod profile: no demo data, the first administrator from the environment, and no start with demo accounts. */
@Tag("slow")
class ProductionProfileTests {

	@TempDir Path dataDir;

	@Test
	void anEmptyDatabaseGetsItsFirstAdministratorAndNoDemoData() {
		try (var app = new SpringApplicationBuilder(GovSite.class).profiles("prod")
			.run("--govsite.data-dir=" + dataDir, "--server.port=0", "--GOVSITE_ADMIN_PASSWORD=Bdc-Platform-2026!")) {
			var accounts = app.getBean(UserAccounts.class);
			assertThat(accounts.count()).isEqualTo(1);
			var admin = accounts.findByUsername("admin").orElseThrow();
			assertThat(admin.grants()).extracting(GrantView::role).containsExactly(Role.SYSTEM_ADMIN);
			assertThat(admin.mustChangePassword()).isFalse();
			assertThat(app.getBean(Units.class).all()).extracting(unit -> unit.name()).containsExactly("大数据中心");
			assertThat(accounts.demoAccountsExist()).isFalse();
		}
	}

	@Test
	void aWeakOrMissingFirstPasswordStopsTheStart() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(GovSite.class).profiles("prod")
			.run("--govsite.data-dir=" + dataDir, "--server.port=0").close())
			.hasStackTraceContaining("set GOVSITE_ADMIN_PASSWORD");
		assertThatThrownBy(() -> new SpringApplicationBuilder(GovSite.class).profiles("prod")
			.run("--govsite.data-dir=" + dataDir, "--server.port=0", "--GOVSITE_ADMIN_PASSWORD=admin").close())
			.hasStackTraceContaining("GOVSITE_ADMIN_PASSWORD is too weak");
	}

	@Test
	void productionRefusesToStartWhileDemoAccountsExist() {
		new SpringApplicationBuilder(GovSite.class).profiles("test")
			.run("--govsite.data-dir=" + dataDir, "--server.port=0").close();
		assertThatThrownBy(() -> new SpringApplicationBuilder(GovSite.class).profiles("prod")
			.run("--govsite.data-dir=" + dataDir, "--server.port=0", "--GOVSITE_ADMIN_PASSWORD=Bdc-Platform-2026!").close())
			.hasStackTraceContaining("demo accounts exist");
	}
}
