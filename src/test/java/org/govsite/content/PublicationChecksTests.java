package org.govsite.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.govsite.support.Api;
import org.govsite.support.Console;
import org.govsite.support.GovSiteTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The checks that used to fire only at the last approval (issue 14, defect 6): findings shown on save to the editor
 * and to every reviewer, 误报 marks, and 提交审核 refused for what publication would refuse.
 */
@GovSiteTest
class PublicationChecksTests {

	static final String PASSWORD = "GovSite@2026";

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;

	Api api;
	String editor, reviewer1, admin;

	@BeforeEach
	void tokens() {
		api = new Api(port);
		editor = api.token("editor", PASSWORD);
		reviewer1 = api.token("reviewer1", PASSWORD);
		admin = api.token("admin", PASSWORD);
	}

	@Test
	void aSeriousFindingIsShownOnSaveRefusesSubmissionAndStopsBlockingOnceMarkedFalsePositive() {
		// saved in the console: the message after saving and the article page show the finding
		var console = new Console(port);
		assertThat(console.signIn("editor", PASSWORD)).doesNotContain("error");
		var form = new HashMap<String, String>();
		form.put("columnId", columnId("yaowen"));
		form.put("kind", "ARTICLE");
		form.put("title", "攻府网站年度工作总结");
		form.put("body", "<p>本文引用了中华人民共合国成立初期的文件原文。</p>");
		var saved = console.submit("/content/articles/new?column=" + columnId("yaowen"), "/content/articles", form);
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		var id = saved.location().substring(saved.location().lastIndexOf('/') + 1);
		var page = Jsoup.parse(console.get("/content/articles/" + id).body());
		assertThat(page.select(".flash").text()).contains("内容检查发现 2 处，其中 1 处将阻止发布");
		var card = page.selectFirst("#checks");
		assertThat(card).isNotNull();
		var serious = card.select(".check-item").stream().filter(item -> item.text().contains("中华人民共合国")).findFirst().orElseThrow();
		assertThat(serious.select(".badge").text()).contains("将阻止发布", "严重");
		assertThat(serious.select(".check-context").text()).contains("引用了中华人民共合国成立初期");
		assertThat(serious.text()).contains("位置：正文第 6 字", "建议：中华人民共和国");
		var warning = card.select(".check-item").stream().filter(item -> item.text().contains("攻府")).findFirst().orElseThrow();
		assertThat(warning.select(".badge").text()).contains("提醒").doesNotContain("将阻止发布");
		assertThat(warning.text()).contains("位置：标题第 1 字");
		assertThat(card.select(".alert").text()).contains("现在「提交审核」将被拒绝", "内容检查发现 1 处严重问题");

		// the API lists the same findings
		var checks = api.get(editor, "/api/v1/articles/" + id + "/checks").body();
		assertThat(checks.get("findings")).hasSize(2);
		var finding = finding(checks, "中华人民共合国");
		assertThat(finding.get("severity").asString()).isEqualTo("SERIOUS");
		assertThat(finding.get("blocking").asBoolean()).isTrue();
		assertThat(finding.get("effect").asString()).isEqualTo("将阻止发布");
		assertThat(finding.get("place").asString()).isEqualTo("正文");
		assertThat(finding.get("offset").asInt()).isEqualTo(6);
		assertThat(finding.get("suggestion").asString()).isEqualTo("中华人民共和国");
		assertThat(finding(checks, "攻府").get("effect").asString()).isEqualTo("提醒");
		assertThat(checks.get("refusalsAt").asString()).isEqualTo("提交审核");

		// 提交审核 is refused with the sentence the last approval would give
		var refused = act(editor, id, "SUBMIT");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.detail()).startsWith("内容检查发现 1 处严重问题（「中华人民共合国」疑似错别字")
			.endsWith("确属误报的，请在「内容检查」中标记误报并写明理由，或由终审人员填写放行理由");

		// 误报 needs a reason; marked in the console, it is audited and no longer blocks
		var category = finding.get("category").asString();
		var noReason = api.post(editor, "/api/v1/articles/" + id + "/checks/dismissals",
				Map.of("category", category, "matched", "中华人民共合国", "reason", " "));
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.detail()).isEqualTo("标记误报须填写理由");
		var marked = console.submit("/content/articles/" + id, "/content/articles/" + id + "/checks/dismiss",
				Map.of("category", category, "matched", "中华人民共合国", "reason", "引用历史文献原文，按原样保留"));
		assertThat(marked.status()).isEqualTo(302);
		var dismissed = finding(api.get(editor, "/api/v1/articles/" + id + "/checks").body(), "中华人民共合国");
		assertThat(dismissed.get("blocking").asBoolean()).isFalse();
		assertThat(dismissed.get("effect").asString()).isEqualTo("已标记误报");
		assertThat(dismissed.at("/dismissal/reason").asString()).isEqualTo("引用历史文献原文，按原样保留");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'CONTENT_CHECK_DISMISSED' AND target_id = ?")
			.param(id).query(Long.class).single()).isEqualTo(1);

		var submitted = act(editor, id, "SUBMIT");
		assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
		assertThat(submitted.body().at("/article/state").asString()).isEqualTo("FIRST_REVIEW");
		assertThat(submitted.body().get("warnings").toString()).contains("「攻府」疑似错别字");

		// the reviewer sees the findings and the editor's mark before approving
		var reviewers = new Console(port);
		assertThat(reviewers.signIn("reviewer1", PASSWORD)).doesNotContain("error");
		var reviewed = Jsoup.parse(reviewers.get("/content/articles/" + id).body()).selectFirst("#checks");
		assertThat(reviewed).isNotNull();
		assertThat(reviewed.text()).contains("中华人民共合国", "编辑标记为误报：引用历史文献原文，按原样保留", "攻府", "提醒");
		assertThat(reviewed.select("details")).as("only editors mark 误报").isEmpty();
		assertThat(finding(api.get(reviewer1, "/api/v1/articles/" + id + "/checks").body(), "中华人民共合国")
			.at("/dismissal/byName").asString()).isEqualTo("门户网站编辑");
	}

	@Test
	void aPolicyWithoutItsDocumentNumberIsRefusedAtSubmissionAtTheField() {
		var form = policy("示例自治州古树名木保护办法");
		form.remove("documentNo");
		var id = write(form);
		var refused = act(editor, id, "SUBMIT");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.detail()).isEqualTo("政策文件须填写文号");
		assertThat(refused.body().at("/fields/0/field").asString()).isEqualTo("documentNo");
		assertThat(refused.body().at("/fields/0/reason").asString()).isEqualTo("政策文件须填写文号");
		assertThat(api.get(editor, "/api/v1/articles/" + id + "/checks").body().get("refusals").toString())
			.contains("政策文件须填写文号");

		// in the console, the refused 提交审核 opens the form with the reason beside 文号
		var console = new Console(port);
		assertThat(console.signIn("editor", PASSWORD)).doesNotContain("error");
		var submit = console.submit("/content/articles/" + id, "/content/articles/" + id + "/actions", Map.of("action", "SUBMIT"));
		assertThat(submit.location()).endsWith("/content/articles/" + id + "/edit");
		var edit = Jsoup.parse(console.get("/content/articles/" + id + "/edit").body());
		assertThat(edit.select("#documentNo-error").text()).isEqualTo("政策文件须填写文号");
		assertThat(edit.select("#documentNo").attr("aria-invalid")).isEqualTo("true");
		assertThat(edit.select(".alert-error").text()).contains("未能提交审核", "政策文件须填写文号");

		var complete = policy("示例自治州古树名木保护办法");
		assertThat(api.put(editor, "/api/v1/articles/" + id, complete).status()).isEqualTo(200);
		assertThat(act(editor, id, "SUBMIT").status()).isEqualTo(200);
	}

	@Test
	void aPolicyMissingEveryFieldHearsEachOne() {
		var form = policy("示例自治州河道管理办法");
		form.remove("indexNo");
		form.remove("issuingAuthority");
		form.remove("documentNo");
		form.remove("writtenOn");
		var refused = act(editor, write(form), "SUBMIT");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().get("reasons").valueStream().map(JsonNode::asString).toList())
			.containsExactly("政策文件须填写索引号", "政策文件须填写发文机关", "政策文件须填写文号", "政策文件须填写成文日期");
	}

	@Test
	void anOrdinaryArticleSubmitsAndHasNothingToShow() {
		var form = new HashMap<String, Object>();
		form.put("columnId", columnId("yaowen"));
		form.put("title", "全州开展植树节义务植树活动");
		form.put("body", "<p>各单位干部职工参加义务植树。</p>");
		var id = write(form);
		var checks = api.get(editor, "/api/v1/articles/" + id + "/checks").body();
		assertThat(checks.get("findings")).isEmpty();
		assertThat(checks.get("refusals")).isEmpty();
		var submitted = act(editor, id, "SUBMIT");
		assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
		assertThat(submitted.body().at("/article/state").asString()).isEqualTo("FIRST_REVIEW");
	}

	private static JsonNode finding(JsonNode checks, String matched) {
		return checks.get("findings").valueStream().filter(f -> f.get("matched").asString().equals(matched)).findFirst()
			.orElseThrow(() -> new AssertionError("no finding of " + matched + " in " + checks));
	}

	private HashMap<String, Object> policy(String title) {
		var form = new HashMap<String, Object>();
		form.put("columnId", columnId("zcwj"));
		form.put("kind", "POLICY");
		form.put("title", title);
		form.put("body", "<p>第一条 为加强管理，制定本办法。</p>");
		form.put("indexNo", "99010000/2026-" + Math.abs(title.hashCode() % 100000));
		form.put("issuingAuthority", "示例自治州人民政府");
		form.put("documentNo", "示政发〔2026〕" + Math.abs(title.hashCode() % 1000) + "号");
		form.put("writtenOn", "2026-03-01");
		return form;
	}

	private String write(Map<String, Object> form) {
		var response = api.post(editor, "/api/v1/articles", form);
		assertThat(response.status()).as(response.raw()).isEqualTo(201);
		return response.body().get("id").asString();
	}

	private Api.Response act(String token, String id, String action) {
		var body = new HashMap<String, Object>();
		body.put("action", action);
		return api.post(token, "/api/v1/articles/" + id + "/transitions", body);
	}

	private String columnId(String slug) {
		var portal = api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> "9901000001".equals(site.path("siteCode").asString())).findFirst().orElseThrow().get("id").asString();
		return api.get(admin, "/api/v1/sites/" + portal + "/columns").body().valueStream()
			.filter(column -> column.get("slug").asString().equals(slug)).findFirst().orElseThrow().get("id").asString();
	}
}
