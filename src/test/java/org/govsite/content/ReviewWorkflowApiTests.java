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

/** 三审 driven through the API with tokens of different users, as a script would (Art. 10, 11, 14). */
@GovSiteTest
class ReviewWorkflowApiTests {

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;

	Api api;
	String editor, reviewer1, reviewer2, chief, duty, admin;

	@BeforeEach
	void tokens() {
		api = new Api(port);
		editor = api.token("editor", "GovSite@2026");
		reviewer1 = api.token("reviewer1", "GovSite@2026");
		reviewer2 = api.token("reviewer2", "GovSite@2026");
		chief = api.token("chief", "GovSite@2026");
		duty = api.token("duty", "GovSite@2026");
		admin = api.token("admin", "GovSite@2026");
	}

	@Test
	void anImportantArticlePassesThreeReviewsAndIsPublished() {
		var id = write("州政府召开第十次常务会议", true);
		assertThat(act(editor, id, "SUBMIT", null).body().at("/article/state").asString()).isEqualTo("FIRST_REVIEW");
		assertThat(act(reviewer1, id, "APPROVE", "同意").body().at("/article/state").asString()).isEqualTo("SECOND_REVIEW");
		assertThat(act(reviewer2, id, "APPROVE", "同意").body().at("/article/state").asString()).isEqualTo("FINAL_REVIEW");

		var early = act(reviewer2, id, "PUBLISH", null);
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.detail()).isEqualTo("信息当前状态为「待终审」，不能执行「立即发布」");

		var published = act(chief, id, "APPROVE", "同意发布");
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.body().at("/article/state").asString()).isEqualTo("PUBLISHED");
		assertThat(published.body().at("/article/liveRevision").asInt()).isEqualTo(1);

		var history = api.get(editor, "/api/v1/articles/" + id + "/transitions").body();
		assertThat(history.valueStream().map(step -> step.get("actor").asString() + ":" + step.get("action").asString()).toList())
			.containsExactly("editor:SUBMIT", "reviewer1:APPROVE", "reviewer2:APPROVE", "chief:APPROVE");
	}

	@Test
	void anOrdinaryArticleSkipsFinalReviewButAnImportantOneNeverDoes() {
		var ordinary = write("全州开展网站安全检查", false);
		act(editor, ordinary, "SUBMIT", null);
		act(reviewer1, ordinary, "APPROVE", null);
		assertThat(act(reviewer2, ordinary, "APPROVE", null).body().at("/article/state").asString()).isEqualTo("PUBLISHED");

		var important = write("重要人事任免信息", true);
		act(editor, important, "SUBMIT", null);
		act(reviewer1, important, "APPROVE", null);
		assertThat(act(reviewer2, important, "APPROVE", null).body().at("/article/state").asString()).isEqualTo("FINAL_REVIEW");
		assertThat(api.get(editor, "/api/v1/articles/" + important).body().get("liveRevision").isNull()).isTrue();
	}

	@Test
	void onePersonPassesAtMostOneStepOfARevision() {
		reviewer1 = grant("reviewer1", "SECOND_REVIEWER");
		var id = write("关于调整办事大厅工作时间的通知", false);
		act(editor, id, "SUBMIT", null);
		act(reviewer1, id, "APPROVE", "初审同意");
		var second = act(reviewer1, id, "APPROVE", "复审同意");
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.detail()).isEqualTo("同一人对同一版本只能通过一个审核步骤，您已通过「初审」");
	}

	@Test
	void aReviewerWithoutTheStepRoleIsRefusedWithAReason() {
		var id = write("第二季度政务公开工作情况", false);
		act(editor, id, "SUBMIT", null);
		var wrongRole = act(reviewer2, id, "APPROVE", null);
		assertThat(wrongRole.status()).isEqualTo(409);
		assertThat(wrongRole.detail()).isEqualTo("只有本网站的「初审」人员才能执行初审");
	}

	@Test
	void someoneWithoutARoleOnTheSiteIsForbiddenBeforeTheRequestIsLookedAt() {
		var id = write("无关人员不得审核的稿件", false);
		act(editor, id, "SUBMIT", null);
		var outsiders = java.util.List.of(api.token("responder", "GovSite@2026"), api.token("supervisor", "GovSite@2026"),
				api.token("vendor", "GovSite@2026"));
		for (var outsider : outsiders) {
			for (var action : java.util.Arrays.asList("APPROVE", "RETURN", "WITHDRAW", null)) {
				var body = new HashMap<String, Object>();
				body.put("action", action);
				var refused = api.post(outsider, "/api/v1/articles/" + id + "/transitions", body);
				assertThat(refused.status()).as(action + " " + refused.raw()).isEqualTo(403);
				assertThat(refused.detail()).isEqualTo("您在该网站（或该栏目）没有编辑、审核、值班或站点管理角色，不能办理其信息的审核");
			}
		}
		// the site's own people still get the workflow's reasons: a conflict, and a missing action is invalid
		assertThat(act(reviewer2, id, "APPROVE", null).status()).isEqualTo(409);
		var noAction = api.post(reviewer1, "/api/v1/articles/" + id + "/transitions", new HashMap<String, Object>());
		assertThat(noAction.status()).isEqualTo(422);
		assertThat(noAction.detail()).isEqualTo("请选择审核操作");
		assertThat(api.get(editor, "/api/v1/articles/" + id).body().get("state").asString()).isEqualTo("FIRST_REVIEW");
	}

	@Test
	void nobodyReviewsTheirOwnDraft() {
		editor = grant("editor", "FIRST_REVIEWER");
		var id = write("编辑自己写的稿件", false);
		act(editor, id, "SUBMIT", null);
		var own = act(editor, id, "APPROVE", null);
		assertThat(own.detail()).isEqualTo("不能审核自己撰写的信息");
	}

	@Test
	void returningNeedsACommentAndEditingAPublishedArticleKeepsItLive() {
		var id = write("乡村振兴工作简报", false);
		act(editor, id, "SUBMIT", null);
		assertThat(act(reviewer1, id, "RETURN", " ").detail()).isEqualTo("退回修改须填写意见");
		assertThat(act(reviewer1, id, "RETURN", "标题不够准确").body().at("/article/state").asString()).isEqualTo("DRAFT");
		act(editor, id, "SUBMIT", null);
		act(reviewer1, id, "APPROVE", null);
		act(reviewer2, id, "APPROVE", null);

		var edited = api.put(editor, "/api/v1/articles/" + id, form("乡村振兴工作简报（第二期）", false, "<p>更新后的正文</p>"));
		assertThat(edited.body().get("state").asString()).isEqualTo("DRAFT");
		assertThat(edited.body().get("currentRevision").asInt()).isEqualTo(2);
		assertThat(edited.body().get("liveRevision").asInt()).isEqualTo(1);

		var diff = api.get(editor, "/api/v1/articles/" + id + "/diff?from=1&to=2").body();
		assertThat(diff.valueStream().map(line -> line.get("kind").asString() + " " + line.get("text").asString()).toList())
			.contains("REMOVED 乡村振兴工作简报", "ADDED 乡村振兴工作简报（第二期）", "ADDED 更新后的正文");
	}

	@Test
	void withdrawingNeedsAReason() {
		var id = write("待撤回的信息", false);
		act(editor, id, "SUBMIT", null);
		act(reviewer1, id, "APPROVE", null);
		act(reviewer2, id, "APPROVE", null);
		assertThat(act(reviewer2, id, "WITHDRAW", null).detail()).isEqualTo("撤回信息须填写理由");
		var withdrawn = act(reviewer2, id, "WITHDRAW", "信息已过时");
		assertThat(withdrawn.body().at("/article/state").asString()).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.body().at("/article/live").asBoolean()).isFalse();
	}

	@Test
	void urgentPublishingStaysFlaggedUntilOtherReviewersCatchUp() {
		var id = write("突发天气预警信息", false, duty);
		assertThat(act(duty, id, "URGENT_PUBLISH", "").detail()).isEqualTo("紧急发布须写明理由");
		var urgent = act(duty, id, "URGENT_PUBLISH", "暴雨红色预警，夜间值班紧急发布");
		assertThat(urgent.body().at("/article/state").asString()).isEqualTo("PUBLISHED");
		assertThat(urgent.body().at("/article/urgent").asBoolean()).isTrue();
		assertThat(urgent.body().at("/article/urgentReviewState").asString()).isEqualTo("FIRST_REVIEW");

		var inbox = api.get(reviewer1, "/api/v1/review/inbox").body();
		assertThat(inbox.valueStream().filter(item -> item.get("articleId").asString().equals(id))
			.map(item -> item.get("urgentPostReview").asBoolean()).toList()).containsExactly(true);
		act(reviewer1, id, "APPROVE", "补审同意");
		var done = act(reviewer2, id, "APPROVE", "补审同意");
		assertThat(done.body().at("/article/urgent").asBoolean()).isFalse();
		assertThat(done.body().at("/article/urgentReviewState").isNull()).isTrue();
	}

	@Test
	void bodiesAreSanitizedOnSaveAndTheRawInputIsNeverStored() {
		var body = "<p>正文<script>alert('x')</script></p><img src=\"/a.png\" onerror=\"alert(1)\">"
				+ "<a href=\"javascript:alert(2)\">点我</a><a href=\"https://casino.example\" style=\"display:none\">隐藏链接</a>";
		var id = api.post(editor, "/api/v1/articles", form("净化测试", false, body)).body().get("id").asString();
		var stored = jdbc.sql("SELECT body FROM article_revision WHERE article = CAST(? AS UUID)").param(id).query(String.class).single();
		assertThat(stored).doesNotContain("<script", "alert('x')", "onerror", "javascript:", "display:none", "style=");
		assertThat(stored).contains("正文", "<img src=\"/a.png\"");
	}

	@Test
	void aPublishTimeBeforeCreationNeedsAReasonAndAFinalReviewer() {
		var body = form("历史信息补录", false, "<p>2019年的工作总结</p>");
		body.put("publishTime", "2019-12-31T09:00:00");
		var refused = api.post(editor, "/api/v1/articles", body);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().get("reasons").valueStream().map(node -> node.asString()).toList()).containsExactly(
				"发布时间不能早于信息创建时间；补录历史信息须填写补录理由", "发布时间早于创建时间的补录须由本网站的终审人员操作");

		chief = grant("chief", "EDITOR");
		body.put("backdateReason", "网站迁移，补录2019年历史信息");
		var accepted = api.post(chief, "/api/v1/articles", body);
		assertThat(accepted.status()).as(accepted.raw()).isEqualTo(201);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'ARTICLE_BACKDATED' AND actor = 'chief'")
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anImportantPolicyWaitsForItsInterpretation() {
		var policyForm = form("示例自治州数据资源管理暂行办法", true, "<p>第一条</p>");
		policyForm.put("kind", "POLICY");
		policyForm.put("columnId", columnId("zcwj"));
		policyForm.put("indexNo", "99010000/2026-00909");
		policyForm.put("issuingAuthority", "示例自治州人民政府");
		policyForm.put("documentNo", "示政发〔2026〕9号");
		policyForm.put("writtenOn", "2026-03-01");
		var policy = api.post(editor, "/api/v1/articles", policyForm).body().get("id").asString();
		// refused on submission already: no interpretation is linked
		var unlinked = act(editor, policy, "SUBMIT", null);
		assertThat(unlinked.status()).isEqualTo(409);
		assertThat(unlinked.detail()).isEqualTo("重要政策文件须与解读材料同步发布：请先关联已发布或已提交审核的政策解读（办法第十一条）");

		var interpretationForm = form("《数据资源管理暂行办法》解读", false, "<p>解读正文</p>");
		interpretationForm.put("kind", "INTERPRETATION");
		interpretationForm.put("interpretationType", "TEXT");
		interpretationForm.put("columnId", columnId("zcjd"));
		var interpretation = api.post(editor, "/api/v1/articles", interpretationForm).body().get("id").asString();
		api.post(editor, "/api/v1/articles/" + interpretation + "/policies", Map.of("policyId", policy));

		// linked but still a draft: submitted with a warning, refused at the last approval
		var submitted = act(editor, policy, "SUBMIT", null);
		assertThat(submitted.status()).isEqualTo(200);
		assertThat(submitted.body().get("warnings").toString()).contains("关联的政策解读尚未提交审核");
		act(reviewer1, policy, "APPROVE", null);
		act(reviewer2, policy, "APPROVE", null);
		var blocked = act(chief, policy, "APPROVE", null);
		assertThat(blocked.status()).isEqualTo(409);
		assertThat(blocked.detail()).isEqualTo("重要政策文件须与解读材料同步发布：请先关联已发布或已提交审核的政策解读（办法第十一条）");

		act(editor, interpretation, "SUBMIT", null);
		assertThat(act(chief, policy, "APPROVE", null).body().at("/article/state").asString()).isEqualTo("PUBLISHED");
		var policyView = api.get(editor, "/api/v1/articles/" + policy).body();
		assertThat(policyView.get("linkedInterpretations").valueStream().map(node -> node.asString()).toList()).containsExactly(interpretation);
		var interpretationView = api.get(editor, "/api/v1/articles/" + interpretation).body();
		assertThat(interpretationView.get("linkedPolicies").valueStream().map(node -> node.asString()).toList()).containsExactly(policy);
	}

	@Test
	void batchApprovalTakesOrdinaryItemsOnly() {
		var a = write("批量一", false);
		var b = write("批量二", false);
		var c = write("批量三（重要）", true);
		for (var id : List.of(a, b, c)) {
			act(editor, id, "SUBMIT", null);
		}
		var result = api.post(reviewer1, "/api/v1/review/inbox/approve", Map.of("articleIds", List.of(a, b, c))).body();
		assertThat(result.get("done").valueStream().map(node -> node.asString()).toList()).containsExactly(a, b);
		assertThat(result.at("/refused/0/reasons/0").asString()).isEqualTo("重要信息不能批量审核，请逐条审核");
	}

	private String write(String title, boolean important) {
		return write(title, important, editor);
	}

	private String write(String title, boolean important, String token) {
		var response = api.post(token, "/api/v1/articles", form(title, important, "<p>" + title + "的正文。</p>"));
		assertThat(response.status()).as(response.raw()).isEqualTo(201);
		return response.body().get("id").asString();
	}

	private Map<String, Object> form(String title, boolean important, String body) {
		var form = new HashMap<String, Object>();
		form.put("columnId", columnId("yaowen"));
		form.put("title", title);
		form.put("body", body);
		form.put("important", important);
		return form;
	}

	private String columnId(String slug) {
		var portal = api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> "9901000001".equals(site.path("siteCode").asString())).findFirst().orElseThrow().get("id").asString();
		return api.get(admin, "/api/v1/sites/" + portal + "/columns").body().valueStream()
			.filter(column -> column.get("slug").asString().equals(slug)).findFirst().orElseThrow().get("id").asString();
	}

	private Api.Response act(String token, String id, String action, String comment) {
		var body = new HashMap<String, Object>();
		body.put("action", action);
		body.put("comment", comment);
		return api.post(token, "/api/v1/articles/" + id + "/transitions", body);
	}

	/** Grants a role; a grant ends the account's tokens (revocation), so this returns a fresh one. */
	private String grant(String username, String role) {
		var user = api.get(admin, "/api/v1/users").body().valueStream()
			.filter(u -> u.get("username").asString().equals(username)).findFirst().orElseThrow().get("id").asString();
		var portal = api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> "9901000001".equals(site.path("siteCode").asString())).findFirst().orElseThrow().get("id").asString();
		var response = api.post(admin, "/api/v1/users/" + user + "/roles", Map.of("role", role, "siteId", portal));
		assertThat(response.status()).as(response.raw()).isIn(200, 422);
		return api.token(username, "GovSite@2026");
	}
}
