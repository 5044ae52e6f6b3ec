package org.govsite.iam;

import static org.assertj.core.api.Assertions.assertThat;

import org.govsite.support.Api;
import org.govsite.support.Console;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 14/1: the API tokens screen renders with tokens on it, in words a person reads, for the roles that use the API. */
@GovSiteTest
class TokenScreenTests {

	static final String PASSWORD = "GovSite@2026";
	static final String NAV_LINK = "href=\"/tokens\"";

	@LocalServerPort int port;

	private Console signedIn(String username) {
		var console = new Console(port);
		assertThat(console.signIn(username, PASSWORD)).doesNotContain("error");
		return console;
	}

	@Test
	void theSecurityAdministratorSeesEveryTokenOnceAnyoneHasOne() {
		new Api(port).token("editor", PASSWORD);
		var page = signedIn("security").get("/tokens");
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains("撤销 editor 于", "有效", "所有账号的 API 令牌");
	}

	@Test
	void aSiteAdministratorSeesOwnTokensExplainedInWords() {
		new Api(port).token("siteadmin", PASSWORD);
		var page = signedIn("siteadmin").get("/tokens");
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains("撤销 siteadmin 于", "代表您访问本平台")
			.doesNotContain("POST /api/v1/tokens", "/api/v1");
	}

	@Test
	void onlyRolesThatUseTheApiAreOfferedTheTokensScreen() {
		assertThat(signedIn("editor").get("/").body()).doesNotContain(NAV_LINK);
		assertThat(signedIn("duty").get("/").body()).doesNotContain(NAV_LINK);
		assertThat(signedIn("reviewer1").get("/").body()).doesNotContain(NAV_LINK);
		assertThat(signedIn("siteadmin").get("/").body()).contains(NAV_LINK);
		assertThat(signedIn("admin").get("/").body()).contains(NAV_LINK);
		assertThat(signedIn("vendor").get("/").body()).contains(NAV_LINK);
	}

	@Test
	void aFailedSignInKeepsTheUsernameTyped() {
		var console = new Console(port);
		assertThat(console.signIn("reviewer2", "not-the-password")).endsWith("/login?error");
		var page = console.get("/login?error");
		assertThat(page.body()).contains("value=\"reviewer2\"");
		// shown once: a later visit starts empty
		assertThat(console.get("/login").body()).doesNotContain("value=\"reviewer2\"");
	}
}
