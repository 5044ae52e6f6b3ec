package org.govsite.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.govsite.support.Console;
import org.govsite.support.GovSiteTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 14/10: the audit log names actions in Chinese and offers them as a choice, not as codes to type. */
@GovSiteTest
class AuditConsoleTests {

	@LocalServerPort int port;

	@Test
	void theAuditorReadsAndChoosesActionsInChinese() {
		new Console(port).signIn("editor", "GovSite@2026"); // at least one SIGN_IN entry
		var auditor = new Console(port);
		assertThat(auditor.signIn("auditor", "GovSite@2026")).doesNotContain("error");

		var page = Jsoup.parse(auditor.get("/audit").body());
		var select = page.select("select#audit-action");
		assertThat(select).hasSize(1);
		assertThat(select.select("option[value=SIGN_IN]").text()).isEqualTo("登录");
		assertThat(select.select("option[value=SITE_TRANSITION]").text()).isEqualTo("网站状态变更");
		assertThat(page.select("label[for=audit-action]").text()).isEqualTo("操作类型");
		assertThat(page.select("table tbody td").eachText()).doesNotContain("SIGN_IN", "AUDIT_READ");

		var filtered = Jsoup.parse(auditor.get("/audit?action=SIGN_IN").body());
		assertThat(filtered.select("option[value=SIGN_IN]").hasAttr("selected")).isTrue();
		var actions = filtered.select("table tbody tr td:nth-child(5)").eachText();
		assertThat(actions).isNotEmpty().containsOnly("登录");
	}
}
