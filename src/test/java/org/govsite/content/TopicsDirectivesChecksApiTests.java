package org.govsite.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
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

/** Content checks in 三审, special topics and headline directives, through the API. */
@GovSiteTest
class TopicsDirectivesChecksApiTests {

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;

	Api api;
	String editor, reviewer1, reviewer2, chief, admin, siteadmin;
	String portal;

	@BeforeEach
	void tokens() {
		api = new Api(port);
		editor = api.token("editor", "GovSite@2026");
		reviewer1 = api.token("reviewer1", "GovSite@2026");
		reviewer2 = api.token("reviewer2", "GovSite@2026");
		chief = api.token("chief", "GovSite@2026");
		admin = api.token("admin", "GovSite@2026");
		siteadmin = api.token("siteadmin", "GovSite@2026");
		portal = api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> "9901000001".equals(site.path("siteCode").asString())).findFirst().orElseThrow().get("id").asString();
	}

	@Test
	void seriousFindingsBlockSubmissionAndPublicationUntilMarkedOrLetThroughByAFinalReviewer() {
		var id = write("攻府工作报告", "<p>中华人民共合国政府网站。</p>", true);
		var refused = act(editor, id, "SUBMIT", null, null);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.detail()).startsWith("内容检查发现 1 处严重问题（「中华人民共合国」疑似错别字");

		// the editor marks it 误报 and submits; the findings come with the outcome
		var mark = Map.of("category", "TYPO", "matched", "中华人民共合国", "reason", "引用历史文献原文");
		assertThat(api.post(editor, "/api/v1/articles/" + id + "/checks/dismissals", mark).status()).isEqualTo(200);
		var submitted = act(editor, id, "SUBMIT", null, null);
		assertThat(submitted.status()).isEqualTo(200);
		assertThat(submitted.body().get("findings").valueStream().map(f -> f.get("matched").asString()).toList())
			.contains("攻府", "中华人民共合国");
		assertThat(submitted.body().at("/findings/0/start").asInt()).isZero();
		act(reviewer1, id, "APPROVE", null, null);
		act(reviewer2, id, "APPROVE", null, null);

		// a reviewer takes the mark back: the last approval refuses again (the gate is kept at publication)
		var revoked = api.delete(reviewer2, "/api/v1/articles/" + id + "/checks/dismissals?category=TYPO&matched="
				+ java.net.URLEncoder.encode("中华人民共合国", java.nio.charset.StandardCharsets.UTF_8));
		assertThat(revoked.status()).as(revoked.raw()).isEqualTo(200);
		var blocked = act(chief, id, "APPROVE", null, null);
		assertThat(blocked.status()).isEqualTo(409);
		assertThat(blocked.detail()).startsWith("内容检查发现 1 处严重问题（「中华人民共合国」疑似错别字").endsWith("或由终审人员填写放行理由");

		var overridden = act(chief, id, "APPROVE", null, "原文引用历史文献，按原样发布");
		assertThat(overridden.body().at("/article/state").asString()).isEqualTo("PUBLISHED");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'CONTENT_CHECK_OVERRIDDEN' AND actor = 'chief'")
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'CONTENT_CHECK_DISMISSAL_REVOKED' AND actor = 'reviewer2'")
			.query(Long.class).single()).isEqualTo(1);
		var stored = jdbc.sql("SELECT title FROM article_revision WHERE article = CAST(? AS UUID)").param(id).query(String.class).single();
		assertThat(stored).isEqualTo("攻府工作报告");
	}

	@Test
	void anArchivedTopicKeepsItsColumnsButLeavesTheDeadlines() {
		var topic = api.post(siteadmin, "/api/v1/topics", Map.of("siteId", portal, "name", "学习贯彻专题", "slug", "xxgc",
				"startsOn", LocalDate.now().toString()));
		assertThat(topic.status()).as(topic.raw()).isEqualTo(201);
		var topicId = topic.body().get("id").asString();
		var column = new HashMap<String, Object>(Map.of("siteId", portal, "topicId", topicId, "name", "专题动态", "slug", "ztdt",
				"kind", "LIST", "updateClass", "DYNAMIC", "firstLevel", true, "onHome", false, "sortOrder", 1));
		var created = api.post(siteadmin, "/api/v1/columns", column);
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		assertThat(created.body().at("/standing/status").asString()).isEqualTo("EMPTY");

		assertThat(api.post(siteadmin, "/api/v1/topics/" + topicId + "/archive", Map.of("reason", "活动结束")).detail())
			.isEqualTo("专题当前状态为「筹备」，不能归档专题");
		api.post(siteadmin, "/api/v1/topics/" + topicId + "/start", Map.of());
		assertThat(api.post(siteadmin, "/api/v1/topics/" + topicId + "/archive", Map.of("reason", "活动结束")).body()
			.get("status").asString()).isEqualTo("ARCHIVED");
		var after = api.get(siteadmin, "/api/v1/columns/" + created.body().get("id").asString()).body();
		assertThat(after.at("/standing/status").asString()).isEqualTo("EXEMPT");
	}

	/** Issue 14, defect 8: the 一级栏目 box may not contradict the 上级栏目 choice. */
	@Test
	void aSubColumnCannotAlsoBeAFirstLevelColumn() {
		var parent = api.post(siteadmin, "/api/v1/columns", new HashMap<String, Object>(Map.of("siteId", portal, "name", "上级栏目甲",
				"slug", "sjlm-" + System.nanoTime() % 100000, "kind", "LIST", "updateClass", "DYNAMIC", "firstLevel", true,
				"onHome", false, "sortOrder", 1)));
		assertThat(parent.status()).as(parent.raw()).isEqualTo(201);
		var child = new HashMap<String, Object>(Map.of("siteId", portal, "parentId", parent.body().get("id").asString(),
				"name", "下级栏目乙", "slug", "xjlm-" + System.nanoTime() % 100000, "kind", "LIST", "updateClass", "DYNAMIC",
				"firstLevel", true, "onHome", false, "sortOrder", 1));
		var refused = api.post(siteadmin, "/api/v1/columns", child);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.detail()).isEqualTo("一级栏目不能有上级栏目：请取消勾选「一级栏目」，或把上级栏目选为「无」");
		child.put("firstLevel", false);
		assertThat(api.post(siteadmin, "/api/v1/columns", child).status()).isEqualTo(201);
	}

	@Test
	void onlySiteAdministratorsShapeColumns() {
		var column = new HashMap<String, Object>(Map.of("siteId", portal, "name", "编辑想加的栏目", "slug", "bianji",
				"kind", "LIST", "updateClass", "DYNAMIC", "firstLevel", true, "onHome", false, "sortOrder", 1));
		var refused = api.post(editor, "/api/v1/columns", column);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.detail()).isEqualTo("只有本网站的站点管理员或系统管理员才能调整栏目");
	}

	@Test
	void aColumnHoldingContentIsNeverDeletedBeforeItsContentMoves() {
		var column = new HashMap<String, Object>(Map.of("siteId", portal, "name", "临时栏目", "slug", "linshi",
				"kind", "LIST", "updateClass", "DYNAMIC", "firstLevel", true, "onHome", false, "sortOrder", 99));
		var columnId = api.post(siteadmin, "/api/v1/columns", column).body().get("id").asString();
		var form = new HashMap<String, Object>(Map.of("columnId", columnId, "title", "临时栏目里的信息", "body", "<p>正文</p>"));
		var written = api.post(editor, "/api/v1/articles", form);
		assertThat(written.status()).as(written.raw()).isEqualTo(201);
		var refused = api.delete(siteadmin, "/api/v1/columns/" + columnId + "?reason=%E6%95%B4%E5%90%88");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.detail()).startsWith("栏目「临时栏目」中还有信息，请先把内容移到其他栏目再删除");
		var moved = api.post(siteadmin, "/api/v1/columns/" + columnId + "/move-content", Map.of("targetColumnId", columnId("yaowen")));
		assertThat(moved.raw()).isEqualTo("1");
		assertThat(api.delete(siteadmin, "/api/v1/columns/" + columnId + "?reason=%E6%95%B4%E5%90%88").status()).isEqualTo(204);
	}

	@Test
	void aDirectiveIsAdoptedByOneSiteAndDeclinedByAnother() {
		var cyberspace = api.token("cyberspace", "GovSite@2026");
		var county = api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> "9901210001".equals(site.path("siteCode").asString())).findFirst().orElseThrow().get("id").asString();
		var directive = Map.of("title", "关于转载重要新闻稿的通知", "body", "<p>请在网站头条位置转载。</p>",
				"deadline", LocalDateTime.now().plusDays(1).withNano(0).toString(), "targetSiteIds", List.of(portal, county));

		assertThat(api.post(editor, "/api/v1/directives", directive).detail()).isEqualTo("只有网信办的账号才能下发网站头条信息发布指令");
		var issued = api.post(cyberspace, "/api/v1/directives", directive);
		assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
		var id = issued.body().get("id").asString();

		var adopted = api.post(editor, "/api/v1/directives/" + id + "/sites/" + portal + "/adopt", Map.of("columnId", columnId("toutiao")));
		assertThat(adopted.status()).as(adopted.raw()).isEqualTo(200);
		assertThat(adopted.body().get("state").asString()).isEqualTo("DRAFT");
		assertThat(api.post(editor, "/api/v1/directives/" + id + "/sites/" + portal + "/adopt", Map.of("columnId", columnId("toutiao")))
			.detail()).isEqualTo("该网站已处理过此指令");
		var articleId = adopted.body().get("id").asString();
		act(editor, articleId, "SUBMIT", null, null);
		act(reviewer1, articleId, "APPROVE", null, null);
		act(reviewer2, articleId, "APPROVE", null, null);

		var board = api.get(cyberspace, "/api/v1/directives/board").body().valueStream()
			.filter(row -> row.get("directiveId").asString().equals(id)).toList();
		assertThat(board).hasSize(2);
		assertThat(board.stream().filter(row -> row.get("siteId").asString().equals(portal)).findFirst().orElseThrow()
			.get("published").asBoolean()).isTrue();
		assertThat(board.stream().filter(row -> row.get("siteId").asString().equals(county)).findFirst().orElseThrow()
			.get("status").asString()).isEqualTo("PENDING");
	}

	private String write(String title, String body, boolean important) {
		var form = new HashMap<String, Object>(Map.of("columnId", columnId("yaowen"), "title", title, "body", body, "important", important));
		var response = api.post(editor, "/api/v1/articles", form);
		assertThat(response.status()).as(response.raw()).isEqualTo(201);
		return response.body().get("id").asString();
	}

	private String columnId(String slug) {
		return api.get(admin, "/api/v1/sites/" + portal + "/columns").body().valueStream()
			.filter(column -> column.get("slug").asString().equals(slug)).findFirst().orElseThrow().get("id").asString();
	}

	private Api.Response act(String token, String id, String action, String comment, String overrideReason) {
		var body = new HashMap<String, Object>();
		body.put("action", action);
		body.put("comment", comment);
		body.put("overrideReason", overrideReason);
		return api.post(token, "/api/v1/articles/" + id + "/transitions", body);
	}
}
