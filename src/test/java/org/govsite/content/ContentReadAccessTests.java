package org.govsite.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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

/**
 * Content that is not live (drafts, revisions, diffs, attachments of drafts) is read only by the site's editors and
 * reviewers and by the supervisor and auditor; every other account reads only what is live. One policy
 * ({@link ContentReaders}), checked on every read path: API and console.
 */
@GovSiteTest
class ContentReadAccessTests {

	static final String UNPUBLISHED = "只有本网站的编辑、审核人员和主管单位监管员、审计管理员才能查看未发布的信息";

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;

	Api api;
	String admin, editor, reviewer1, reviewer2, vendor, supervisor, auditor, cyberspace, otherEditor;
	String column, draft, attachment;

	@BeforeEach
	void draftWithAnAttachment() throws Exception {
		api = new Api(port);
		admin = api.token("admin", "GovSite@2026");
		editor = api.token("editor", "GovSite@2026");
		reviewer1 = api.token("reviewer1", "GovSite@2026");
		reviewer2 = api.token("reviewer2", "GovSite@2026");
		vendor = api.token("vendor", "GovSite@2026");
		supervisor = api.token("supervisor", "GovSite@2026");
		auditor = api.token("auditor", "GovSite@2026");
		cyberspace = api.token("cyberspace", "GovSite@2026");
		otherEditor = otherSitesEditor();
		column = columnId("9901000001", "tzgg");
		draft = write(editor, column, "尚未发布的人事任免草稿");
		attachment = upload(draft);
	}

	@Test
	void aDraftIsReadByTheSitesPeopleTheSupervisorAndTheAuditorOnly() {
		for (var reader : List.of(editor, reviewer1, supervisor, auditor)) {
			assertThat(api.get(reader, "/api/v1/articles/" + draft).status()).isEqualTo(200);
			assertThat(api.get(reader, "/api/v1/articles/" + draft + "/revisions").status()).isEqualTo(200);
			assertThat(api.get(reader, "/api/v1/articles/" + draft + "/diff?from=1&to=1").status()).isEqualTo(200);
			assertThat(api.get(reader, "/api/v1/articles/" + draft + "/attachments").status()).isEqualTo(200);
			assertThat(download(reader, attachment)).isEqualTo(200);
		}
		for (var outsider : List.of(vendor, otherEditor, admin, cyberspace)) {
			for (var path : List.of("", "/revisions", "/diff?from=1&to=1", "/attachments")) {
				var refused = api.get(outsider, "/api/v1/articles/" + draft + path);
				assertThat(refused.status()).as(path).isEqualTo(403);
				assertThat(refused.detail()).isEqualTo(UNPUBLISHED);
			}
			assertThat(download(outsider, attachment)).isEqualTo(403);
			assertThat(titles(outsider, column)).doesNotContain("尚未发布的人事任免草稿");
		}
		assertThat(titles(editor, column)).contains("尚未发布的人事任免草稿");
	}

	@Test
	void aLiveArticleShowsOutsidersItsLiveRevisionNeverTheEditInProgress() throws Exception {
		act(editor, draft, "SUBMIT");
		act(reviewer1, draft, "APPROVE");
		assertThat(act(reviewer2, draft, "APPROVE").body().at("/article/state").asString()).isEqualTo("PUBLISHED");
		var form = form(column, "已发布后正在修改的标题");
		assertThat(api.put(editor, "/api/v1/articles/" + draft, form).status()).isEqualTo(200);

		var outside = api.get(vendor, "/api/v1/articles/" + draft);
		assertThat(outside.status()).isEqualTo(200);
		assertThat(outside.body().at("/revision/title").asString()).isEqualTo("尚未发布的人事任免草稿");
		assertThat(outside.body().get("currentRevision").asInt()).isEqualTo(1);
		assertThat(titles(vendor, column)).contains("尚未发布的人事任免草稿").doesNotContain("已发布后正在修改的标题");
		assertThat(api.get(vendor, "/api/v1/articles/" + draft + "/revisions").status()).isEqualTo(403);
		assertThat(download(vendor, attachment)).isEqualTo(200);

		var inside = api.get(editor, "/api/v1/articles/" + draft);
		assertThat(inside.body().at("/revision/title").asString()).isEqualTo("已发布后正在修改的标题");
	}

	@Test
	void anotherSitesDraftCannotBeReferencedIntoOnesOwnColumn() {
		var own = columnId("9901210001", null);
		var refused = api.post(otherEditor, "/api/v1/articles/" + draft + "/references", Map.of("columnId", own));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().get("reasons").valueStream().map(r -> r.asString()).toList())
			.contains("只能引用其他网站已发布的信息：该信息尚未发布，须由其所在网站的人员引用");
		assertThat(jdbc.sql("SELECT count(*) FROM article_placement WHERE article_id = CAST(? AS UUID)").param(draft)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theConsoleFollowsTheSameRule() {
		var admins = new Console(port);
		assertThat(admins.signIn("admin", "GovSite@2026")).endsWith("/");
		assertThat(admins.get("/content/articles/" + draft).status()).isEqualTo(403);
		assertThat(admins.get("/content/columns/" + column).body()).doesNotContain("尚未发布的人事任免草稿");

		var editors = new Console(port);
		editors.signIn("editor", "GovSite@2026");
		assertThat(editors.get("/content/articles/" + draft).body()).contains("尚未发布的人事任免草稿");
		assertThat(editors.get("/content/columns/" + column).body()).contains("尚未发布的人事任免草稿");

		var supervisors = new Console(port);
		supervisors.signIn("supervisor", "GovSite@2026");
		assertThat(supervisors.get("/preview/articles/" + draft).status()).isEqualTo(200);
		assertThat(admins.get("/preview/articles/" + draft).status()).isIn(403, 404);
	}

	// ---------------------------------------------------------------- helpers

	private String otherSitesEditor() {
		var unit = api.get(admin, "/api/v1/units").body().valueStream()
			.filter(u -> u.get("name").asString().equals("甲县人民政府")).findFirst().orElseThrow().get("id").asString();
		var site = siteId("9901210001");
		var created = api.post(admin, "/api/v1/users", Map.of("username", "jiaeditor" + System.nanoTime() % 100000,
				"displayName", "甲县编辑", "unitId", unit, "password", "Jia-Editor-2026!",
				"roles", List.of(Map.of("role", "EDITOR", "siteId", site))));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var username = created.body().get("username").asString();
		jdbc.sql("UPDATE app_user SET must_change_password = FALSE WHERE username = ?").param(username).update();
		return api.token(username, "Jia-Editor-2026!");
	}

	private String siteId(String code) {
		return api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> code.equals(site.path("siteCode").asString())).findFirst().orElseThrow().get("id").asString();
	}

	/** The column with this slug, or (slug null) any list column of the site, made by the administrator if none. */
	private String columnId(String siteCode, String slug) {
		var found = api.get(admin, "/api/v1/sites/" + siteId(siteCode) + "/columns").body().valueStream()
			.filter(c -> slug == null ? c.get("kind").asString().equals("LIST") : c.get("slug").asString().equals(slug))
			.findFirst();
		if (found.isPresent() || slug != null) {
			return found.orElseThrow().get("id").asString();
		}
		var created = api.post(admin, "/api/v1/columns", new HashMap<String, Object>(Map.of("siteId", siteId(siteCode),
				"name", "工作动态", "slug", "gzdt", "kind", "LIST", "updateClass", "DYNAMIC", "firstLevel", true,
				"onHome", false, "sortOrder", 1)));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return created.body().get("id").asString();
	}

	private Map<String, Object> form(String column, String title) {
		return new HashMap<>(Map.of("columnId", column, "title", title, "body", "<p>正文。</p>"));
	}

	private String write(String token, String column, String title) {
		var response = api.post(token, "/api/v1/articles", form(column, title));
		assertThat(response.status()).as(response.raw()).isEqualTo(201);
		return response.body().get("id").asString();
	}

	private Api.Response act(String token, String id, String action) {
		var body = new HashMap<String, Object>();
		body.put("action", action);
		return api.post(token, "/api/v1/articles/" + id + "/transitions", body);
	}

	private List<String> titles(String token, String column) {
		var response = api.get(token, "/api/v1/columns/" + column + "/articles");
		assertThat(response.status()).isEqualTo(200);
		return response.body().valueStream().map(a -> a.at("/revision/title").asString()).toList();
	}

	private String upload(String article) throws Exception {
		var pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		var boundary = "----govsite" + System.nanoTime();
		var body = new java.io.ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"任免名单.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(pdf);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/articles/" + article + "/attachments"))
			.header("Authorization", "Bearer " + editor)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body()).get("id").asString();
	}

	private int download(String token, String id) {
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
					+ "/api/v1/attachments/" + id)).header("Authorization", "Bearer " + token).build(),
					HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
