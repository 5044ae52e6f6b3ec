package org.govsite.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.support.Api;
import org.govsite.support.Console;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Findings of the penetration test (security issue items 4, 5, 6, 7, 15), each through the real HTTP edge. */
@GovSiteTest
class SecurityFindingsTests {

	static final String CONTROL = "输入中含有不允许的控制字符（如 NUL），请删除后重试";

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;

	Api api;
	String admin;

	@BeforeEach
	void signIn() {
		api = new Api(port);
		admin = api.token("admin", "GovSite@2026");
	}

	// ------------------------------------------------------------------ 5: tokens page and token API

	@Test
	void theTokensPageListsAndRevokesTokensOfAUserWhoHasOne() {
		api.token("editor", "GovSite@2026");
		var console = new Console(port);
		console.signIn("editor", "GovSite@2026");
		var page = console.get("/tokens");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("撤销 editor 于").contains("有效");
	}

	@Test
	void theApiListsOnesOwnTokensAndRevokesThemAudited() {
		var editor = api.token("editor", "GovSite@2026");
		var other = api.token("reviewer1", "GovSite@2026");
		var mine = api.get(editor, "/api/v1/tokens");
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.body().valueStream().map(t -> t.get("username").asString()).distinct().toList()).containsExactly("editor");
		assertThat(mine.raw()).doesNotContain("gst_");

		var othersId = api.get(other, "/api/v1/tokens").body().get(0).get("id").asString();
		var refused = api.delete(editor, "/api/v1/tokens/" + othersId);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.detail()).isEqualTo("只能撤销本人的 API 令牌");

		var security = api.token("security", "GovSite@2026");
		assertThat(api.get(security, "/api/v1/tokens?all=true").body().valueStream()
			.map(t -> t.get("username").asString()).toList()).contains("editor", "reviewer1");
		assertThat(api.delete(security, "/api/v1/tokens/" + othersId).status()).isEqualTo(204);
		assertThat(api.get(other, "/api/v1/sites").status()).isEqualTo(401);

		var ownId = mine.body().get(0).get("id").asString();
		assertThat(api.delete(editor, "/api/v1/tokens/" + ownId).status()).isEqualTo(204);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'TOKEN_REVOKED' AND target_id = ?")
			.param(othersId).query(Long.class).single()).isEqualTo(1);
	}

	// ------------------------------------------------------------------ 6: a long public page renders whole

	@Test
	void aLongPublicFormPageRendersWholeForAVisitorWithoutACookie() throws Exception {
		var responder = api.token("responder", "GovSite@2026");
		var site = jdbc.sql("SELECT id::text FROM site WHERE site_code = '9901000001'").query(String.class).single();
		var form = new LinkedHashMap<String, Object>();
		form.put("siteId", site);
		form.put("title", "长页面意见征集");
		form.put("description", "关于公园开放时间的征集说明，请市民踊跃提出意见。".repeat(400));
		form.put("startsAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(5).toString());
		form.put("endsAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(10).toString());
		var created = api.post(responder, "/api/v1/solicitations", form);
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var id = created.body().get("id").asString();
		var open = new HashMap<String, Object>();
		open.put("action", "OPEN");
		assertThat(api.post(responder, "/api/v1/solicitations/" + id + "/transitions", open).status()).isEqualTo(200);

		var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/public/solicitations/9901000001/" + id)).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body().length()).isGreaterThan(8 * 1024);
		assertThat(response.body()).contains("name=\"captchaToken\"").contains("</html>");
		// public pages need no session (no CSRF token to hold): nothing can break off for want of a cookie
		assertThat(response.body()).doesNotContain("name=\"_csrf\"");
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("GOVSITE_SESSION="));
	}

	// ------------------------------------------------------------------ 7: bad input is a 4xx, never a 500

	@Test
	void controlCharactersAreRefusedBeforeTheDatabaseWithAProblem() {
		var editor = api.token("editor", "GovSite@2026");
		var column = jdbc.sql("""
				SELECT c.id::text FROM content_column c JOIN site s ON s.id = c.site_id
				WHERE s.site_code = '9901000001' AND c.slug = 'tzgg'
				""").query(String.class).single();
		var article = api.post(editor, "/api/v1/articles", Map.of("columnId", column, "title", "标题\u0000注入", "body", "<p>正文</p>"));
		assertThat(article.status()).isEqualTo(400);
		assertThat(article.contentType()).contains("application/problem+json");
		assertThat(article.detail()).isEqualTo(CONTROL);

		var signIn = api.post(null, "/api/v1/tokens", Map.of("username", "ad\u0000min", "password", "x"));
		assertThat(signIn.status()).isEqualTo(400);

		var message = api.post(null, "/api/v1/public/messages", Map.of("title", "\u0007响铃", "content", "内容"));
		assertThat(message.status()).isEqualTo(400);
		assertThat(message.detail()).isEqualTo(CONTROL);
	}

	@Test
	void anOverlongSignInNameIsRefusedAndAudited() {
		var name = "a".repeat(300);
		var refused = api.post(null, "/api/v1/tokens", Map.of("username", name, "password", "whatever"));
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.detail()).isEqualTo("用户名或密码不正确");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'SIGN_IN_FAILED' AND actor = ?")
			.param(name.substring(0, 100)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void thePlainErrorPathIsNotAServerError() throws Exception {
		var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/error"))
			.GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
	}

	@Test
	void aTitleOfOnlyZeroWidthCharactersIsBlank() {
		var editor = api.token("editor", "GovSite@2026");
		var column = jdbc.sql("""
				SELECT c.id::text FROM content_column c JOIN site s ON s.id = c.site_id
				WHERE s.site_code = '9901000001' AND c.slug = 'tzgg'
				""").query(String.class).single();
		var refused = api.post(editor, "/api/v1/articles", Map.of("columnId", column, "title", "\u200B\u200D\uFEFF", "body", "<p>正文</p>"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.detail()).contains("请填写标题：标题不能只含空白或不可见字符");
	}

	@Test
	void rightToLeftOverridesAreNeutralisedInTheAuditLog() {
		api.post(null, "/api/v1/tokens", Map.of("username", "\u202Enimda", "password", "whatever"));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = ?").param("\uFFFDnimda").query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor LIKE ?").param("%\u202E%").query(Long.class).single())
			.isZero();
	}

	// ------------------------------------------------------------------ 8: trusted proxies

	@Autowired org.springframework.boot.web.server.context.WebServerApplicationContext server;

	@Test
	void forwardedForIsBelievedFromLoopbackOnlyNotFromEveryPrivateAddress() {
		var tomcat = ((org.springframework.boot.tomcat.TomcatWebServer) server.getWebServer()).getTomcat();
		var valve = java.util.Arrays.stream(tomcat.getService().getContainer().getPipeline().getValves())
			.filter(org.apache.catalina.valves.RemoteIpValve.class::isInstance)
			.map(org.apache.catalina.valves.RemoteIpValve.class::cast)
			.findFirst().orElseThrow();
		var trusted = java.util.regex.Pattern.compile(valve.getInternalProxies());
		assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
		assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
		for (var intranet : List.of("10.1.2.3", "192.168.1.20", "172.16.5.4", "169.254.1.1", "100.64.0.1")) {
			assertThat(trusted.matcher(intranet).matches()).as(intranet).isFalse();
		}
	}

	// ------------------------------------------------------------------ 4: Art. 19

	@Test
	void aVendorUnitCannotBeReclassifiedToSmuggleInAnEditor() {
		var vendorUnit = unitId("示例信息技术有限公司");
		var unit = api.get(admin, "/api/v1/units/" + vendorUnit).body();
		var asDepartment = new HashMap<String, Object>();
		asDepartment.put("name", unit.get("name").asString());
		asDepartment.put("kind", "DEPARTMENT");
		asDepartment.put("divisionCode", "990100");
		var changed = api.put(admin, "/api/v1/units/" + vendorUnit, asDepartment);
		assertThat(changed.status()).as(changed.raw()).isEqualTo(409);
		assertThat(changed.raw()).contains("账号 vendor 持有「运维厂商人员」角色，单位不能改为「");
	}

	@Test
	void aDepartmentWithAnEditorCannotBecomeAVendor() {
		var office = unitId("示例自治州人民政府办公室");
		var unit = api.get(admin, "/api/v1/units/" + office).body();
		var asVendor = new HashMap<String, Object>();
		asVendor.put("name", unit.get("name").asString());
		asVendor.put("kind", "VENDOR");
		asVendor.put("divisionCode", unit.path("divisionCode").asString(""));
		var changed = api.put(admin, "/api/v1/units/" + office, asVendor);
		assertThat(changed.status()).isEqualTo(409);
		assertThat(changed.raw()).contains("账号 editor 持有「编辑」角色，单位不能改为「");
	}

	@Test
	void vendorStaffHoldNoAdministratorOrSupervisorRole() {
		var vendor = userId("vendor");
		for (var role : List.of("SYSTEM_ADMIN", "SUPERVISOR")) {
			var refused = api.post(admin, "/api/v1/users/" + vendor + "/roles", Map.of("role", role));
			assertThat(refused.status()).isIn(403, 422);
			assertThat(refused.raw()).contains("服务厂商人员不得担任平台管理或监管角色");
		}
	}

	// ------------------------------------------------------------------ 15: permission before validation

	@Test
	void aWriterWithoutTheRoleIsRefused403BeforeTheFormIsChecked() {
		var vendor = api.token("vendor", "GovSite@2026");
		var column = jdbc.sql("""
				SELECT c.id::text FROM content_column c JOIN site s ON s.id = c.site_id
				WHERE s.site_code = '9901000001' AND c.slug = 'tzgg'
				""").query(String.class).single();
		var refused = api.post(vendor, "/api/v1/articles", Map.of("columnId", column, "title", "", "body", ""));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.detail()).isEqualTo("只有本网站的编辑或值班员才能撰写信息");
	}

	private String unitId(String name) {
		return api.get(admin, "/api/v1/units").body().valueStream()
			.filter(unit -> unit.get("name").asString().equals(name)).findFirst().orElseThrow().get("id").asString();
	}

	private String userId(String username) {
		return api.get(admin, "/api/v1/users").body().valueStream()
			.filter(user -> user.get("username").asString().equals(username)).findFirst().orElseThrow().get("id").asString();
	}
}
