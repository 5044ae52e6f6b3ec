package org.govsite.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts, roles, sign-in and tokens through the real HTTP API, on real PostgreSQL. */
@GovSiteTest
class AccessApiTests {

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;

	Api api;
	String admin;

	@BeforeEach
	void signIn() {
		api = new Api(port);
		admin = api.token("admin", "GovSite@2026");
	}

	@Test
	void fiveWrongPasswordsLockTheAccountAndTheAuditTrailSaysSo() {
		createUser("lockme", "示例自治州大数据中心", "Lock-Me-2026!", List.of());
		for (int attempt = 1; attempt <= 4; attempt++) {
			var wrong = api.post(null, "/api/v1/tokens", Map.of("username", "lockme", "password", "wrong-" + attempt));
			assertThat(wrong.status()).isEqualTo(401);
			assertThat(wrong.detail()).isEqualTo("用户名或密码不正确");
		}
		var fifth = api.post(null, "/api/v1/tokens", Map.of("username", "lockme", "password", "wrong-5"));
		assertThat(fifth.status()).isEqualTo(401);
		assertThat(fifth.detail()).startsWith("连续登录失败次数过多，账号已锁定，请于 ");

		var rightButLocked = api.post(null, "/api/v1/tokens", Map.of("username", "lockme", "password", "Lock-Me-2026!"));
		assertThat(rightButLocked.status()).isEqualTo(401);
		assertThat(rightButLocked.detail()).contains("账号已锁定");

		assertThat(auditCount("SIGN_IN_FAILED", "lockme")).isEqualTo(6);
		assertThat(auditCount("ACCOUNT_LOCKED", "lockme")).isEqualTo(1);
	}

	@Test
	void aVendorAccountCannotBeMadeEditor() {
		var vendor = userId("vendor");
		var response = api.post(admin, "/api/v1/users/" + vendor + "/roles",
				Map.of("role", "EDITOR", "siteId", siteId("示例自治州人民政府门户网站")));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.detail()).isEqualTo("服务厂商人员不得承担信息采编、审核和发布工作（办法第十九条），不能授予「编辑」角色");
		assertThat(jdbc.sql("SELECT count(*) FROM role_grant WHERE app_user = CAST(? AS UUID) AND role = 'EDITOR'")
			.param(vendor).query(Long.class).single()).isZero();
	}

	@Test
	void creatingAVendorEditorCreatesNothing() {
		long before = jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
		var response = createUser("vendoreditor", "示例信息技术有限公司", "Vendor-Edit-2026!",
				List.of(Map.of("role", "EDITOR", "siteId", siteId("示例自治州人民政府门户网站"))));
		assertThat(response.status()).isEqualTo(422);
		assertThat(jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void noAccountHoldsTwoOfTheThreeAdministratorRoles() {
		var response = api.post(admin, "/api/v1/users/" + userId("security") + "/roles", Map.of("role", "AUDIT_ADMIN"));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.detail()).isEqualTo("三员分立：该账号已是安全管理员，不能再担任审计管理员");
	}

	@Test
	void siteRolesNeedASiteAndPlatformRolesRefuseOne() {
		var editorWithoutSite = api.post(admin, "/api/v1/users/" + userId("responder") + "/roles", Map.of("role", "EDITOR"));
		assertThat(editorWithoutSite.detail()).isEqualTo("「编辑」须指定所在网站");
		var supervisorOnSite = api.post(admin, "/api/v1/users/" + userId("responder") + "/roles",
				Map.of("role", "SUPERVISOR", "siteId", siteId("示例自治州人民政府门户网站")));
		assertThat(supervisorOnSite.detail()).isEqualTo("「主管单位监管员」是全平台角色，不能限定到某个网站");
	}

	@Test
	void passwordPolicyIsEnforcedWithEveryReason() {
		var response = createUser("weakling", "示例自治州大数据中心", "weakling1", List.of());
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.body().get("reasons").valueStream().map(node -> node.asString()).toList())
			.containsExactly("密码长度不能少于 10 位", "密码须包含大写字母、小写字母、数字、特殊字符中的至少三类", "密码不能包含用户名");
	}

	@Test
	void aNewAccountMustChangeItsPasswordBeforeGettingAToken() {
		createUser("newcomer", "示例自治州大数据中心", "New-Comer-2026!", List.of());
		var response = api.post(null, "/api/v1/tokens", Map.of("username", "newcomer", "password", "New-Comer-2026!"));
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.detail()).isEqualTo("须先在控制台修改密码（初始密码、重置后的密码或已到期的密码），才能申请 API 令牌");
	}

	@Test
	void tokensAreStoredHashedAndRevocable() {
		var token = api.token("supervisor", "GovSite@2026");
		assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ?").param(token).query(Long.class).single()).isZero();
		assertThat(api.get(token, "/api/v1/sites").status()).isEqualTo(200);
		var id = jdbc.sql("SELECT id FROM api_token WHERE token_hash = ?").param(ApiTokens.hash(token))
			.query(java.util.UUID.class).single();
		jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE id = ?").param(id).update();
		var revoked = api.get(token, "/api/v1/sites");
		assertThat(revoked.status()).isEqualTo(401);
		assertThat(revoked.detail()).isEqualTo("令牌无效、已过期或已撤销");
	}

	@Test
	void onlyTheAuditAdministratorReadsTheAuditTrail() {
		assertThat(api.get(admin, "/api/v1/audit").status()).isEqualTo(403);
		assertThat(api.get(admin, "/api/v1/audit/verify").status()).isEqualTo(403);
		var auditor = api.token("auditor", "GovSite@2026");
		assertThat(api.get(auditor, "/api/v1/audit").status()).isEqualTo(200);
		assertThat(api.get(auditor, "/api/v1/audit/verify").body().get("intact").asBoolean()).isTrue();
	}

	private Api.Response createUser(String username, String unitName, String password, List<Map<String, String>> roles) {
		return api.post(admin, "/api/v1/users", Map.of("username", username, "displayName", username, "unitId",
				unitId(unitName), "password", password, "roles", roles));
	}

	private long auditCount(String action, String actor) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND actor = ?").params(action, actor)
			.query(Long.class).single();
	}

	private String unitId(String name) {
		return api.get(admin, "/api/v1/units").body().valueStream()
			.filter(unit -> unit.get("name").asString().equals(name)).findFirst().orElseThrow().get("id").asString();
	}

	private String siteId(String name) {
		return api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> site.get("name").asString().equals(name)).findFirst().orElseThrow().get("id").asString();
	}

	private String userId(String username) {
		return api.get(admin, "/api/v1/users").body().valueStream()
			.filter(user -> user.get("username").asString().equals(username)).findFirst().orElseThrow().get("id").asString();
	}
}
