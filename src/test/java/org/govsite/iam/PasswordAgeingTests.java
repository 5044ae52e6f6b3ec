package org.govsite.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.govsite.shared.Refusal;
import org.govsite.support.Api;
import org.govsite.support.Console;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Security issue 8, item 11 (等保): a password older than {@code govsite.iam.password-max-age} (90 days) leads to the
 * forced password change at sign-in, and none of the last five passwords may be chosen again.
 */
@GovSiteTest
class PasswordAgeingTests {

	static final String FIRST = "Ageing-Pass-2026!";

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	@Autowired UserAccounts accounts;

	Api api;
	UserId user;
	String username;

	@BeforeEach
	void anAccountThatChangedItsInitialPassword() {
		api = new Api(port);
		var admin = api.token("admin", "GovSite@2026");
		var unit = api.get(admin, "/api/v1/units").body().valueStream()
			.filter(u -> u.get("name").asString().equals("示例自治州人民政府办公室")).findFirst().orElseThrow().get("id").asString();
		username = "ageing" + (System.nanoTime() % 1_000_000);
		var created = api.post(admin, "/api/v1/users", Map.of("username", username, "displayName", "改密测试", "unitId", unit,
				"password", "Initial-Pass-2026!", "roles", List.of()));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		user = UserId.of(created.body().get("id").asString());
		accounts.changePassword(user, "Initial-Pass-2026!", FIRST);
	}

	@Test
	void aPasswordOlderThanNinetyDaysLeadsToTheForcedChangeAndNoToken() {
		var console = new Console(port);
		assertThat(console.signIn(username, FIRST)).doesNotContain("error");
		assertThat(console.get("/account/security").status()).isEqualTo(200);

		setChangedAt(Instant.now().minus(Duration.ofDays(90)).minusSeconds(60));
		var expired = new Console(port);
		assertThat(expired.signIn(username, FIRST)).doesNotContain("error");
		var gated = expired.get("/account/security");
		assertThat(gated.status()).isEqualTo(302);
		assertThat(gated.location()).endsWith("/account/password");
		assertThat(expired.get("/account/password").body()).contains("密码使用超过规定期限");
		var token = api.post(null, "/api/v1/tokens", Map.of("username", username, "password", FIRST));
		assertThat(token.status()).isEqualTo(403);
		assertThat(token.detail()).isEqualTo("须先在控制台修改密码（初始密码、重置后的密码或已到期的密码），才能申请 API 令牌");
		assertThat(accounts.find(user).orElseThrow().mustChangePassword()).isTrue();

		var changed = expired.submit("/account/password", "/account/password",
				Map.of("currentPassword", FIRST, "newPassword", "Renewed-Pass-2026!", "repeatPassword", "Renewed-Pass-2026!"));
		assertThat(changed.status()).as(changed.body()).isEqualTo(302);
		assertThat(jdbc.sql("SELECT password_changed_at FROM app_user WHERE id = ?").param(user.value())
			.query(java.sql.Timestamp.class).single().toInstant()).isAfter(Instant.now().minusSeconds(60));
		var again = new Console(port);
		assertThat(again.signIn(username, "Renewed-Pass-2026!")).doesNotContain("error");
		assertThat(again.get("/account/security").status()).isEqualTo(200);
	}

	@Test
	void aPasswordYoungerThanTheLimitIsNotForcedAndNeitherAreTheFreshlySeededDemoAccounts() {
		setChangedAt(Instant.now().minus(Duration.ofDays(89)));
		assertThat(accounts.find(user).orElseThrow().mustChangePassword()).isFalse();
		for (var demo : List.of("admin", "editor", "reviewer1", "chief", "security")) {
			var account = accounts.findByUsername(demo).orElseThrow();
			assertThat(account.mustChangePassword()).as(demo).isFalse();
			assertThat(accounts.currentPrincipal(account.id()).orElseThrow().mustChangePassword()).as(demo).isFalse();
		}
	}

	@Test
	void noneOfTheLastFivePasswordsMayBeChosenAgain() {
		// the initial password and FIRST are the last two
		assertThat(refusal(FIRST, "Initial-Pass-2026!").reasons()).containsExactly("新密码不能与最近 5 次使用过的密码相同");
		assertThat(refusal(FIRST, FIRST).reasons()).containsExactly("新密码不能与当前密码相同");

		var current = FIRST;
		for (int i = 2; i <= 4; i++) {
			var next = "Rotated-Pass-" + i + "!x";
			accounts.changePassword(user, current, next);
			current = next;
		}
		// last five: Initial, FIRST, 2, 3, 4 — all refused
		assertThat(refusal(current, FIRST).reasons()).containsExactly("新密码不能与最近 5 次使用过的密码相同");
		assertThat(refusal(current, "Rotated-Pass-2!x").reasons()).containsExactly("新密码不能与最近 5 次使用过的密码相同");
		assertThat(refusal(current, "Initial-Pass-2026!").reasons()).containsExactly("新密码不能与最近 5 次使用过的密码相同");

		accounts.changePassword(user, current, "Rotated-Pass-5!x");
		// now Initial has left the last five; FIRST has not
		assertThat(refusal("Rotated-Pass-5!x", FIRST).reasons()).containsExactly("新密码不能与最近 5 次使用过的密码相同");
		accounts.changePassword(user, "Rotated-Pass-5!x", "Initial-Pass-2026!");
		assertThat(jdbc.sql("SELECT count(*) FROM password_history WHERE app_user = ?").param(user.value())
			.query(Long.class).single()).isEqualTo(5);
	}

	@Test
	void anAdministratorsResetStartsANewPeriodAndJoinsTheHistory() {
		setChangedAt(Instant.now().minus(Duration.ofDays(200)));
		accounts.resetPassword(user, "Temporary-Pass-2026!");
		assertThat(jdbc.sql("SELECT password_changed_at FROM app_user WHERE id = ?").param(user.value())
			.query(java.sql.Timestamp.class).single().toInstant()).isAfter(Instant.now().minusSeconds(60));
		assertThat(refusal("Temporary-Pass-2026!", FIRST).reasons()).containsExactly("新密码不能与最近 5 次使用过的密码相同");
	}

	private Refusal refusal(String current, String next) {
		var refusal = catchThrowableOfType(Refusal.class, () -> accounts.changePassword(user, current, next));
		assertThat(refusal).as("changing to " + next).isNotNull();
		return refusal;
	}

	private void setChangedAt(Instant at) {
		jdbc.sql("UPDATE app_user SET password_changed_at = ? WHERE id = ?").params(java.sql.Timestamp.from(at), user.value())
			.update();
	}
}
