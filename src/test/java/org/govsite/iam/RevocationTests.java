package org.govsite.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.govsite.site.SiteId;
import org.govsite.support.Api;
import org.govsite.support.Console;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Revocation reaches open sessions and tokens: a change to an account's grants, enabled flag, password or second factor
 * ends its console sessions and its API tokens at once (the next request), on every node.
 */
@GovSiteTest
class RevocationTests {

	static final String PASSWORD = "Revoke-Me-2026!";

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	@Autowired UserAccounts accounts;
	@Autowired org.govsite.site.Sites sites;

	Api api;
	String admin;
	UserId user;
	String username;
	SiteId portal;

	@BeforeEach
	void anEditorWithASessionAndAToken() {
		api = new Api(port);
		admin = api.token("admin", "GovSite@2026");
		portal = sites.all().stream().filter(s -> "9901000001".equals(s.siteCode())).findFirst().orElseThrow().id();
		var unit = api.get(admin, "/api/v1/units").body().valueStream()
			.filter(u -> u.get("name").asString().equals("示例自治州人民政府办公室")).findFirst().orElseThrow().get("id").asString();
		username = "revokeme" + (System.nanoTime() % 1_000_000);
		var created = api.post(admin, "/api/v1/users", Map.of("username", username, "displayName", "待撤销编辑", "unitId", unit,
				"password", PASSWORD, "roles", List.of(Map.of("role", "EDITOR", "siteId", portal.toString()))));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		user = UserId.of(created.body().get("id").asString());
		jdbc.sql("UPDATE app_user SET must_change_password = FALSE WHERE id = ?").param(user.value()).update();
	}

	private Console signedIn() {
		var console = new Console(port);
		assertThat(console.signIn(username, PASSWORD)).doesNotContain("error");
		assertThat(console.get("/content").status()).isEqualTo(200);
		return console;
	}

	private void assertRevoked(Console console, String token) {
		var page = console.get("/content");
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/login?revoked");
		assertThat(console.get("/content").location()).endsWith("/login");
		var api401 = api.get(token, "/api/v1/sites");
		assertThat(api401.status()).isEqualTo(401);
		assertThat(api401.detail()).isEqualTo("令牌无效、已过期或已撤销");
	}

	@Test
	void takingARoleEndsTheSessionAndTheToken() {
		var console = signedIn();
		var token = api.token(username, PASSWORD);
		accounts.revoke(user, Role.EDITOR, portal);
		assertRevoked(console, token);
	}

	@Test
	void grantingARoleEndsTheSessionSoTheNewGrantsAreReadAtSignIn() {
		var console = signedIn();
		var token = api.token(username, PASSWORD);
		accounts.grant(user, Role.DUTY_OFFICER, portal);
		assertRevoked(console, token);
	}

	@Test
	void disablingTheAccountEndsTheSessionAndTheToken() {
		var console = signedIn();
		var token = api.token(username, PASSWORD);
		accounts.setEnabled(user, false);
		assertRevoked(console, token);
	}

	@Test
	void resettingThePasswordEndsTheSessionAndTheToken() {
		var console = signedIn();
		var token = api.token(username, PASSWORD);
		accounts.resetPassword(user, "Reset-Pass-2026!");
		assertRevoked(console, token);
	}

	@Test
	void switchingTheSecondFactorEndsOtherSessionsAndTokens() {
		var console = signedIn();
		var token = api.token(username, PASSWORD);
		var secret = Totp.newSecret();
		accounts.enableTotp(user, secret, Totp.codeAt(secret, Instant.now().getEpochSecond() / 30));
		assertRevoked(console, token);
	}

	@Test
	void anUnchangedAccountKeepsItsSessionAndToken() {
		var console = signedIn();
		var token = api.token(username, PASSWORD);
		accounts.unlock(user);
		assertThat(console.get("/content").status()).isEqualTo(200);
		assertThat(api.get(token, "/api/v1/sites").status()).isEqualTo(200);
	}
}
