package org.govsite.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.govsite.support.Api;
import org.govsite.support.Console;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A site's 政府信息公开 column from the standard structure (once, idempotently), 索引号 by the body's rule (unique, never
 * reused, kept by their article), and the public 政府信息公开目录 with its filters, page and download. The site is made
 * by the test, so the empty parts of its new column disturb no other suite.
 */
@GovSiteTest
class DisclosureColumnTests {

	static final String PASSWORD = "Xxgk-Column-2026!";

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;

	Api api;
	String admin;
	String siteId;
	String siteCode;

	@BeforeEach
	void aNewSpecialSite() {
		api = new Api(port);
		admin = api.token("admin", "GovSite@2026");
		var office = api.get(admin, "/api/v1/units").body().valueStream()
			.filter(u -> u.get("name").asString().equals("示例自治州人民政府办公室")).findFirst().orElseThrow().get("id").asString();
		siteCode = "99019" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
		var form = new HashMap<String, Object>();
		form.put("name", "示例自治州专项工作网站" + siteCode.substring(5));
		form.put("type", "SPECIAL");
		form.put("siteCode", siteCode);
		form.put("domain", "zx" + siteCode.substring(5) + ".shilizhou.gov.cn");
		form.put("sponsorUnitId", office);
		form.put("protectionLevel", 2);
		form.put("icpFiling", "示ICP备" + siteCode.substring(4) + "号");
		form.put("publicSecurityFiling", "示公网安备9901" + siteCode + "号");
		var site = api.post(admin, "/api/v1/sites", form);
		assertThat(site.status()).as(site.raw()).isEqualTo(201);
		siteId = site.body().get("id").asString();
		for (var action : List.of("APPROVE", "OPEN")) {
			var moved = api.post(admin, "/api/v1/sites/" + siteId + "/transitions", Map.of("action", action, "reason", "测试"));
			assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
		}
	}

	@Test
	void theStandardColumnIsSetUpOnceByTheSiteAdministratorAndOthersAreRefused() {
		var editor = api.token("editor", "GovSite@2026");
		var refused = api.post(editor, "/api/v1/sites/" + siteId + "/disclosure-column", Map.of());
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.detail()).isEqualTo("只有本网站的站点管理员或系统管理员才能设置政府信息公开专栏");
		assertThat(api.get(editor, "/api/v1/sites/" + siteId + "/disclosure-column").status()).isEqualTo(403);

		var badCode = api.post(admin, "/api/v1/sites/" + siteId + "/disclosure-column", Map.of("bodyCode", "州政府办"));
		assertThat(badCode.status()).isEqualTo(422);
		assertThat(badCode.detail()).isEqualTo("机关代码只能由 2 至 40 位字母、数字或连字符组成");
		assertThat(columnSlugs()).noneMatch(slug -> slug.startsWith("xxgk"));

		var first = api.post(admin, "/api/v1/sites/" + siteId + "/disclosure-column", Map.of());
		assertThat(first.status()).as(first.raw()).isEqualTo(200);
		// a special-purpose site: no 规章, 重大建设项目 or 公共资源配置 (a government portal's parts)
		assertThat(first.body().get("parts").valueStream().map(p -> p.get("label").asString()).toList()).containsExactly(
				"政府信息公开", "信息公开指南", "信息公开制度", "法定主动公开内容", "机构职能", "规范性文件", "规划信息", "统计信息",
				"财政预决算", "人事信息", "政策解读", "信息公开年报", "依申请公开");
		assertThat(first.body().get("parts").valueStream().allMatch(p -> p.get("created").asBoolean())).isTrue();
		assertThat(first.body().get("bodyCode").asString()).isEqualTo(siteCode);
		assertThat(first.body().get("example").asString()).matches(siteCode + "/05-\\d{4}-00001");
		var columns = api.get(admin, "/api/v1/sites/" + siteId + "/columns").body();
		var statutory = column(columns, "xxgk-fdzdgk");
		assertThat(column(columns, "xxgk-gfxwj").get("parentId").asString()).isEqualTo(statutory.get("id").asString());
		assertThat(column(columns, "xxgk").get("firstLevel").asBoolean()).isTrue();
		assertThat(column(columns, "xxgk-ysqgk").get("externalUrl").asString()).isEqualTo("/public/disclosure/" + siteCode + "/new");

		var again = api.post(admin, "/api/v1/sites/" + siteId + "/disclosure-column", Map.of("bodyCode", "11990000MB0000000X"));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body().get("parts").valueStream().noneMatch(p -> p.get("created").asBoolean())).isTrue();
		assertThat(again.body().get("parts").valueStream().map(p -> p.get("columnId").asString()).toList())
			.isEqualTo(first.body().get("parts").valueStream().map(p -> p.get("columnId").asString()).toList());
		assertThat(again.body().get("bodyCode").asString()).isEqualTo("11990000MB0000000X");
		assertThat(columnSlugs().stream().filter(slug -> slug.startsWith("xxgk"))).hasSize(13);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'DISCLOSURE_COLUMN_SET_UP' AND target_id = ?")
			.param(siteId).query(Long.class).single()).isEqualTo(2);

		var college = api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(s -> s.get("type").asString().equals("NON_GOVERNMENT")).findFirst().orElseThrow().get("id").asString();
		var nonGovernment = api.post(admin, "/api/v1/sites/" + college + "/disclosure-column", Map.of());
		assertThat(nonGovernment.status()).isEqualTo(422);
		assertThat(nonGovernment.detail()).endsWith("是非政府网站，不设政府信息公开专栏");

		// the console door: the same structure, and the same refusal for a code that is not one
		var console = new Console(port);
		console.signIn("admin", "GovSite@2026");
		var page = console.get("/disclosure/columns?site=" + siteId);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("信息公开指南", "xxgk-gfxwj", "11990000MB0000000X/05-");
		var wrong = console.submit("/disclosure/columns?site=" + siteId, "/disclosure/columns",
				Map.of("site", siteId, "bodyCode", "州 政府"));
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.body()).contains("机关代码只能由 2 至 40 位字母、数字或连字符组成");
	}

	@Test
	void articlesFiledInTheColumnGetIndexNumbersAndTheCatalogueListsWhatIsLive() throws Exception {
		assertThat(api.post(admin, "/api/v1/sites/" + siteId + "/disclosure-column", Map.of("bodyCode", "B" + siteCode))
			.status()).isEqualTo(200);
		var columns = api.get(admin, "/api/v1/sites/" + siteId + "/columns").body();
		var normative = column(columns, "xxgk-gfxwj").get("id").asString();
		var statistics = column(columns, "xxgk-tjxx").get("id").asString();
		var news = api.post(admin, "/api/v1/columns", new HashMap<String, Object>(Map.of("siteId", siteId, "name", "工作动态",
				"slug", "gzdt", "kind", "LIST", "updateClass", "DYNAMIC", "firstLevel", true, "onHome", true, "sortOrder", 1)));
		assertThat(news.status()).as(news.raw()).isEqualTo(201);
		var writer = person("EDITOR");
		var first = person("FIRST_REVIEWER");
		var second = person("SECOND_REVIEWER");
		var prefix = "B" + siteCode + "/";

		var notice = write(writer, policy(normative, "关于印发《专项资金管理办法》的通知", "示专发〔2026〕3号", "财政", "2026-03-02"));
		assertThat(notice.at("/revision/indexNo").asString()).isEqualTo(prefix + "05-2026-00001");
		var taken = api.post(writer, "/api/v1/articles", policy(statistics, "2026年一季度统计数据", null, "统计", "2026-04-10",
				prefix + "05-2026-00001"));
		assertThat(taken.status()).isEqualTo(422);
		assertThat(taken.detail()).isEqualTo("索引号「" + prefix + "05-2026-00001」已用于信息「关于印发《专项资金管理办法》的通知」，索引号不能重复");
		var typed = write(writer, policy(statistics, "2026年二季度统计数据", null, "统计", "2026-07-10", prefix + "07-2026-00003"));
		assertThat(typed.at("/revision/indexNo").asString()).isEqualTo(prefix + "07-2026-00003");
		// a policy document carries its 文号 to be submitted (issue 14)
		var figures = write(writer, policy(statistics, "2026年一季度统计数据（修订）", "示统字〔2026〕4号", "统计", "2026-04-10", null));
		assertThat(figures.at("/revision/indexNo").asString()).as("the sequence goes on past the number typed in")
			.isEqualTo(prefix + "07-2026-00002");
		var later = write(writer, policy(statistics, "2026年三季度统计数据", null, "统计", "2026-10-10", null));
		assertThat(later.at("/revision/indexNo").asString()).isEqualTo(prefix + "07-2026-00004");
		var plain = write(writer, Map.of("columnId", news.body().get("id").asString(), "title", "召开专项工作会议",
				"body", "<p>会议部署工作。</p>"));
		assertThat(plain.at("/revision/indexNo").isNull() || plain.at("/revision/indexNo").isMissingNode()).as("outside the disclosure column, no number").isTrue();

		// an edit that leaves the field empty keeps the article's number
		var id = notice.get("id").asString();
		var edit = policy(normative, "关于印发《专项资金管理办法》的通知", "示专发〔2026〕3号", "财政", "2026-03-02", null);
		var edited = api.put(writer, "/api/v1/articles/" + id, edit);
		assertThat(edited.status()).as(edited.raw()).isEqualTo(200);
		assertThat(api.get(writer, "/api/v1/articles/" + id).body().at("/revision/indexNo").asString()).isEqualTo(prefix + "05-2026-00001");

		// published through 初审 and 复审 (ordinary items), then listed; drafts are not
		for (var article : List.of(id, figures.get("id").asString())) {
			act(writer, article, "SUBMIT");
			act(first, article, "APPROVE");
			act(second, article, "APPROVE");
		}
		var all = catalogue("site=" + siteCode);
		assertThat(all.get("total").asLong()).isEqualTo(2);
		assertThat(all.get("siteName").asString()).startsWith("示例自治州专项工作网站");
		assertThat(titles(all)).containsExactly("2026年一季度统计数据（修订）", "关于印发《专项资金管理办法》的通知");
		var line = all.get("items").get(1);
		assertThat(line.get("indexNo").asString()).isEqualTo(prefix + "05-2026-00001");
		assertThat(line.get("genre").asString()).isEqualTo("通知");
		assertThat(line.get("documentNo").asString()).isEqualTo("示专发〔2026〕3号");
		assertThat(line.get("validity").asString()).isEqualTo("有效");
		assertThat(titles(catalogue("site=" + siteCode + "&genre=NOTICE"))).containsExactly("关于印发《专项资金管理办法》的通知");
		assertThat(titles(catalogue("site=" + siteCode + "&genre=OTHER"))).containsExactly("2026年一季度统计数据（修订）");
		assertThat(titles(catalogue("site=" + siteCode + "&subject=" + enc("统计")))).containsExactly("2026年一季度统计数据（修订）");
		assertThat(titles(catalogue("site=" + siteCode + "&q=" + enc("示专发〔2026〕3号")))).containsExactly("关于印发《专项资金管理办法》的通知");
		assertThat(titles(catalogue("site=" + siteCode + "&year=2025"))).isEmpty();
		assertThat(titles(catalogue("site=" + siteCode + "&year=2026&validity=VALID"))).hasSize(2);
		assertThat(catalogue("site=" + siteCode).get("subjects").toString()).contains("统计", "财政");
		assertThat(titles(catalogue("q=" + enc(prefix + "05-2026-00001")))).as("across the platform").containsExactly("关于印发《专项资金管理办法》的通知");

		var unknownGenre = api.get(null, "/api/v1/public/disclosure-catalogue?genre=POEM&page=0");
		assertThat(unknownGenre.status()).isEqualTo(422);
		assertThat(unknownGenre.contentType()).contains("application/problem+json");
		assertThat(unknownGenre.body().get("reasons").toString()).contains("文种「POEM」不在可选范围内", "页码应在 1 至 10000 之间");
		assertThat(api.get(null, "/api/v1/public/disclosure-catalogue?site=1234567890").status()).isEqualTo(404);

		// repealed: shown with its day, in the catalogue as on the page
		var repeal = policy(normative, "关于印发《专项资金管理办法》的通知", "示专发〔2026〕3号", "财政", "2026-03-02", null);
		repeal.put("validity", "REPEALED");
		repeal.put("validityChangedOn", "2026-09-01");
		assertThat(api.put(writer, "/api/v1/articles/" + id, repeal).status()).isEqualTo(200);
		act(writer, id, "SUBMIT");
		act(first, id, "APPROVE");
		act(second, id, "APPROVE");
		var repealed = catalogue("site=" + siteCode + "&validity=REPEALED");
		assertThat(titles(repealed)).containsExactly("关于印发《专项资金管理办法》的通知");
		assertThat(repealed.get("items").get(0).get("validityChangedOn").asString()).isEqualTo("2026-09-01");

		// the public page and the download, for a visitor without a session
		await().atMost(Duration.ofSeconds(60)).until(() -> !catalogue("site=" + siteCode).get("items").get(0).path("url").isNull());
		var http = HttpClient.newHttpClient();
		var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/public/disclosure/catalogue?site=" + siteCode + "&validity=REPEALED")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("政府信息公开目录", "关于印发《专项资金管理办法》的通知", prefix + "05-2026-00001",
				"废止（2026-09-01 起）", "共 <span>1</span> 条");
		var badYear = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/public/disclosure/catalogue?year=abc")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(badYear.statusCode()).isEqualTo(422);
		assertThat(badYear.body()).contains("年份「abc」应为四位数字");
		var csv = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/public/disclosure/catalogue.csv?site=" + siteCode)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		var lines = csv.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFF索引号,标题,文号,发文机关,主题分类,文种,成文日期,发布日期,有效性,网址");
		assertThat(lines).hasSize(3);
		assertThat(lines.get(2)).startsWith("\"" + prefix + "05-2026-00001\",\"关于印发《专项资金管理办法》的通知\",\"示专发〔2026〕3号\"")
			.contains("\"废止\"");
	}

	// ------------------------------------------------------------------ helpers

	private JsonNode catalogue(String query) {
		var response = api.get(null, "/api/v1/public/disclosure-catalogue?" + query);
		assertThat(response.status()).as(response.raw()).isEqualTo(200);
		return response.body();
	}

	private static List<String> titles(JsonNode page) {
		return page.get("items").valueStream().map(i -> i.get("title").asString()).toList();
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private List<String> columnSlugs() {
		return api.get(admin, "/api/v1/sites/" + siteId + "/columns").body().valueStream().map(c -> c.get("slug").asString())
			.toList();
	}

	private static JsonNode column(JsonNode columns, String slug) {
		return columns.valueStream().filter(c -> c.get("slug").asString().equals(slug)).findFirst().orElseThrow();
	}

	/** A new account of the office with one role on the test's site; its token. */
	private String person(String role) {
		var office = api.get(admin, "/api/v1/units").body().valueStream()
			.filter(u -> u.get("name").asString().equals("示例自治州人民政府办公室")).findFirst().orElseThrow().get("id").asString();
		var username = role.toLowerCase().substring(0, 5) + siteCode.substring(5) + ThreadLocalRandom.current().nextInt(100, 999);
		var created = api.post(admin, "/api/v1/users", Map.of("username", username, "displayName", "专项网站" + role,
				"unitId", office, "password", PASSWORD, "roles", List.of(Map.of("role", role, "siteId", siteId))));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		jdbc.sql("UPDATE app_user SET must_change_password = FALSE WHERE username = ?").param(username).update();
		return api.token(username, PASSWORD);
	}

	private static Map<String, Object> policy(String column, String title, String documentNo, String subject,
			String writtenOn) {
		return policy(column, title, documentNo, subject, writtenOn, null);
	}

	private static HashMap<String, Object> policy(String column, String title, String documentNo, String subject,
			String writtenOn, String indexNo) {
		var form = new HashMap<String, Object>();
		form.put("columnId", column);
		form.put("kind", "POLICY");
		form.put("title", title);
		form.put("body", "<p>" + title + "正文。</p>");
		form.put("documentNo", documentNo);
		form.put("issuingAuthority", "示例自治州人民政府办公室");
		form.put("subjectCategory", subject);
		form.put("writtenOn", writtenOn);
		form.put("validity", "VALID");
		form.put("indexNo", indexNo);
		return form;
	}

	private JsonNode write(String token, Map<String, Object> form) {
		var response = api.post(token, "/api/v1/articles", form);
		assertThat(response.status()).as(response.raw()).isEqualTo(201);
		return response.body();
	}

	private void act(String token, String id, String action) {
		var body = new HashMap<String, Object>();
		body.put("action", action);
		var response = api.post(token, "/api/v1/articles/" + id + "/transitions", body);
		assertThat(response.status()).as(response.raw()).isEqualTo(200);
	}
}
