package org.govsite.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Art. 6, issue 14: an editor's or reviewer's grant limited to a column subtree of a site — the township that publishes
 * through its channel (城关镇) on the county portal — holds in the service for every read and write, in lists and
 * inboxes, through the API as through the console.
 */
@GovSiteTest
class ColumnScopedGrantTests {

	static final String COUNTY = "9901210001";
	static final String PASSWORD = "Township-2026!";

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;

	Api api;
	String admin, township;

	@BeforeEach
	void tokens() {
		api = new Api(port);
		admin = api.token("admin", "GovSite@2026");
		township = api.token("township", "GovSite@2026");
	}

	@Test
	void theDemoTownshipEditorSeesAndWritesOnlyTheChannelsColumns() {
		var columns = api.get(township, "/api/v1/sites/" + siteId(COUNTY) + "/columns").body().valueStream()
			.map(column -> column.get("name").asString()).toList();
		assertThat(columns).containsExactlyInAnyOrder("城关镇", "镇务动态", "镇务公开");

		var written = write(township, column("zwdt"), "城关镇召开安全生产工作会议");
		assertThat(written.status()).as(written.raw()).isEqualTo(201);

		var outside = write(township, column("xzyw"), "县政要闻里的一条");
		assertThat(outside.status()).isEqualTo(403);
		assertThat(outside.detail()).isEqualTo("您的编辑权限限于本网站的部分栏目，不能在栏目「县政要闻」中撰写信息");

		// 信息检索 lists only the channel's articles; a county editor's draft is not the township's to read
		var countyEditor = countyUser("EDITOR", null);
		var countyDraft = write(countyEditor, column("xzyw"), "甲县召开县政府常务会议").body().get("id").asString();
		var listed = api.get(township, "/api/v1/articles?siteId=" + siteId(COUNTY)).body().get("rows").valueStream()
			.map(row -> row.get("title").asString()).toList();
		assertThat(listed).contains("城关镇召开安全生产工作会议", "城关镇开展冬季防火安全宣传")
			.doesNotContain("甲县召开县政府常务会议");
		assertThat(api.get(township, "/api/v1/articles/" + countyDraft).status()).isEqualTo(403);
		assertThat(api.get(township, "/api/v1/articles/" + countyDraft + "/revisions").status()).isEqualTo(403);
		// the county editor, on the whole site, reads the township's drafts too
		var townshipDraft = written.body().get("id").asString();
		assertThat(api.get(countyEditor, "/api/v1/articles/" + townshipDraft).status()).isEqualTo(200);
	}

	@Test
	void aScopedEditorCannotMoveAnArticleOutOfItsChannel() {
		var id = write(township, column("zwgk"), "城关镇2026年度财政预算公开").body().get("id").asString();
		var form = form(column("tzgg"), "城关镇2026年度财政预算公开");
		var moved = api.put(township, "/api/v1/articles/" + id, form);
		assertThat(moved.status()).isEqualTo(422);
		assertThat(moved.detail()).contains("您的编辑权限限于本网站的部分栏目，不能把信息移到栏目「通知公告」");
		assertThat(api.put(township, "/api/v1/articles/" + id, form(column("zwdt"), "城关镇2026年度财政预算公开")).status())
			.isEqualTo(200);
	}

	@Test
	void aScopedReviewerReviewsOnlyTheChannelAndItsInboxSaysSo() {
		var countyEditor = countyUser("EDITOR", null);
		var reviewer = countyUser("FIRST_REVIEWER", column("chengguan"));
		var inChannel = write(township, column("zwdt"), "城关镇开展文明创建活动").body().get("id").asString();
		var outside = write(countyEditor, column("tzgg"), "甲县关于做好元旦春节期间值班工作的通知").body().get("id").asString();
		assertThat(act(township, inChannel, "SUBMIT").status()).isEqualTo(200);
		assertThat(act(countyEditor, outside, "SUBMIT").status()).isEqualTo(200);

		var inbox = api.get(reviewer, "/api/v1/review/inbox").body().valueStream()
			.map(item -> item.get("title").asString()).toList();
		assertThat(inbox).contains("城关镇开展文明创建活动").doesNotContain("甲县关于做好元旦春节期间值班工作的通知");

		var refused = act(reviewer, outside, "APPROVE");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.detail()).isEqualTo(Reviews.NO_BUSINESS);
		assertThat(act(reviewer, inChannel, "APPROVE").body().at("/article/state").asString()).isEqualTo("SECOND_REVIEW");
	}

	@Test
	void onlyEditorsAndReviewersAreScopedAndOnlyToTheirSitesColumns() {
		var user = newUser(List.of());
		var wrongRole = api.post(admin, "/api/v1/users/" + user + "/roles",
				Map.of("role", "SITE_ADMIN", "siteId", siteId(COUNTY), "columnId", column("chengguan")));
		assertThat(wrongRole.status()).isEqualTo(422);
		assertThat(wrongRole.detail()).isEqualTo("只有编辑和审核角色可以限定到栏目，「站点管理员」不能限定到栏目");

		var portalColumn = api.get(admin, "/api/v1/sites/" + siteId("9901000001") + "/columns").body().valueStream()
			.filter(c -> c.get("slug").asString().equals("yaowen")).findFirst().orElseThrow().get("id").asString();
		var otherSite = api.post(admin, "/api/v1/users/" + user + "/roles",
				Map.of("role", "EDITOR", "siteId", siteId(COUNTY), "columnId", portalColumn));
		assertThat(otherSite.status()).isEqualTo(422);
		assertThat(otherSite.detail()).isEqualTo("所选栏目不属于该网站");

		var granted = api.post(admin, "/api/v1/users/" + user + "/roles",
				Map.of("role", "EDITOR", "siteId", siteId(COUNTY), "columnId", column("chengguan")));
		assertThat(granted.status()).as(granted.raw()).isEqualTo(200);
		assertThat(granted.body().get("grants").get(0).get("columnName").asString()).isEqualTo("城关镇");
		var audited = jdbc.sql("SELECT summary FROM audit_entry WHERE action = 'ROLE_GRANTED' ORDER BY seq DESC LIMIT 1")
			.query(String.class).single();
		assertThat(audited).contains("甲县人民政府门户网站 › 城关镇及其下级栏目");

		var revoked = api.delete(admin, "/api/v1/users/" + user + "/roles/EDITOR?siteId=" + siteId(COUNTY) + "&columnId="
				+ column("chengguan"));
		assertThat(revoked.status()).as(revoked.raw()).isEqualTo(200);
		assertThat(revoked.body().get("grants").size()).isZero();
	}

	// ---------------------------------------------------------------- helpers

	private Api.Response write(String token, String columnId, String title) {
		return api.post(token, "/api/v1/articles", form(columnId, title));
	}

	private Map<String, Object> form(String columnId, String title) {
		var form = new HashMap<String, Object>();
		form.put("columnId", columnId);
		form.put("title", title);
		form.put("body", "<p>" + title + "。</p>");
		form.put("important", false);
		return form;
	}

	private Api.Response act(String token, String id, String action) {
		return api.post(token, "/api/v1/articles/" + id + "/transitions", Map.of("action", action));
	}

	/** A new account of the county with one role on the county portal (limited to a column when given). */
	private String countyUser(String role, String columnId) {
		var grant = new HashMap<String, Object>();
		grant.put("role", role);
		grant.put("siteId", siteId(COUNTY));
		if (columnId != null) {
			grant.put("columnId", columnId);
		}
		var id = newUser(List.of(grant));
		var username = api.get(admin, "/api/v1/users/" + id).body().get("username").asString();
		return api.token(username, PASSWORD);
	}

	private String newUser(List<Map<String, Object>> roles) {
		var unit = api.get(admin, "/api/v1/units").body().valueStream()
			.filter(u -> u.get("name").asString().equals("甲县人民政府")).findFirst().orElseThrow().get("id").asString();
		var created = api.post(admin, "/api/v1/users", Map.of("username", "county" + System.nanoTime() % 1000000,
				"displayName", "甲县人员", "unitId", unit, "password", PASSWORD, "roles", roles));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var username = created.body().get("username").asString();
		jdbc.sql("UPDATE app_user SET must_change_password = FALSE WHERE username = ?").param(username).update();
		return created.body().get("id").asString();
	}

	private String siteId(String code) {
		return api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> code.equals(site.path("siteCode").asString())).findFirst().orElseThrow().get("id").asString();
	}

	private String column(String slug) {
		return api.get(admin, "/api/v1/sites/" + siteId(COUNTY) + "/columns").body().valueStream()
			.filter(c -> c.get("slug").asString().equals(slug)).findFirst().orElseThrow().get("id").asString();
	}
}
