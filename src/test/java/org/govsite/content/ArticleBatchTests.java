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
 * Issue 14: batch operations on an article list — move, copy (信息报送 into another site's column), withdraw, 置顶 and
 * 排在最前 — each item done or refused with its reasons, under the same rules as one at a time.
 */
@GovSiteTest
class ArticleBatchTests {

	static final String PORTAL = "9901000001";
	static final String COUNTY = "9901210001";

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	@Autowired PublicContent publicContent;

	Api api;
	String admin, editor, reviewer1, reviewer2;

	@BeforeEach
	void tokens() {
		api = new Api(port);
		admin = api.token("admin", "GovSite@2026");
		editor = api.token("editor", "GovSite@2026");
		reviewer1 = api.token("reviewer1", "GovSite@2026");
		reviewer2 = api.token("reviewer2", "GovSite@2026");
	}

	@Test
	void movingTakesWhatIsNotInReviewAndSaysWhyTheRestStays() {
		var a = write(editor, column(PORTAL, "tzgg"), "批量移动甲");
		var b = write(editor, column(PORTAL, "tzgg"), "批量移动乙");
		var inReview = write(editor, column(PORTAL, "tzgg"), "批量移动丙");
		api.post(editor, "/api/v1/articles/" + inReview + "/transitions", Map.of("action", "SUBMIT"));

		var result = batch(editor, "MOVE", List.of(a, b, inReview), column(PORTAL, "tzgg"), column(PORTAL, "yaowen"), null);
		assertThat(result.status()).as(result.raw()).isEqualTo(200);
		assertThat(result.body().get("done").valueStream().map(n -> n.asString()).toList()).containsExactly(a, b);
		assertThat(result.body().at("/refused/0/articleId").asString()).isEqualTo(inReview);
		assertThat(result.body().at("/refused/0/reasons/0").asString()).isEqualTo("信息正在审核中，审核结束后才能移动");
		assertThat(api.get(editor, "/api/v1/articles/" + a).body().get("homeColumnId").asString())
			.isEqualTo(column(PORTAL, "yaowen"));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'ARTICLE_MOVED' AND target_id = ?")
			.param(a).query(Long.class).single()).isEqualTo(1);

		var noTarget = batch(editor, "MOVE", List.of(a), column(PORTAL, "yaowen"), null, null);
		assertThat(noTarget.status()).isEqualTo(422);
		assertThat(noTarget.detail()).isEqualTo("请选择目标栏目");
		var noReason = batch(editor, "WITHDRAW", List.of(a), column(PORTAL, "yaowen"), null, " ");
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.detail()).isEqualTo("请填写撤回理由");
	}

	@Test
	void aPublishedArticleIsCopiedIntoAnotherSitesColumnAndWithdrawnInABatch() {
		var both = editorOfBothSites();
		var id = publish(write(both, column(PORTAL, "yaowen"), "全州信息报送示例"));
		var copied = batch(both, "COPY", List.of(id), column(PORTAL, "yaowen"), column(COUNTY, "xzyw"), null);
		assertThat(copied.body().get("done").size()).as(copied.raw()).isEqualTo(1);
		assertThat(publicContent.liveInColumn(new ColumnId(java.util.UUID.fromString(column(COUNTY, "xzyw"))), 0, 100)
			.stream().map(article -> article.id().value().toString()).toList()).contains(id);

		// the portal's own editor cannot copy into the county's column: refused for that item, with the reason
		var refused = batch(editor, "COPY", List.of(id), column(PORTAL, "yaowen"), column(COUNTY, "tzgg"), null);
		assertThat(refused.body().at("/refused/0/reasons/0").asString()).isEqualTo("只有目标栏目的编辑才能引用信息到该栏目");

		// withdrawing is the 复审's (as one at a time): the editor is told so, the reviewer does it
		var byEditor = batch(both, "WITHDRAW", List.of(id), column(PORTAL, "yaowen"), null, "信息有误，撤回更正");
		assertThat(byEditor.body().at("/refused/0/reasons/0").asString()).isEqualTo("只有本网站的复审、终审人员或站点管理员才能撤回信息");
		var withdrawn = batch(reviewer2, "WITHDRAW", List.of(id), column(PORTAL, "yaowen"), null, "信息有误，撤回更正");
		assertThat(withdrawn.body().get("done").size()).as(withdrawn.raw()).isEqualTo(1);
		assertThat(api.get(both, "/api/v1/articles/" + id).body().get("state").asString()).isEqualTo("WITHDRAWN");
	}

	@Test
	void pinnedAndFirstPutArticlesAtTheTopOfTheColumnsPublicList() {
		var list = column(PORTAL, "tzgg");
		var older = publish(write(editor, list, "置顶测试：较早的通知"));
		var middle = publish(write(editor, list, "置顶测试：中间的通知"));
		var newer = publish(write(editor, list, "置顶测试：最新的通知"));
		var columnId = new ColumnId(java.util.UUID.fromString(list));
		assertThat(order(columnId, older, middle, newer)).containsExactly(newer, middle, older);

		assertThat(batch(editor, "PIN", List.of(older), list, null, null).body().get("done").size()).isEqualTo(1);
		assertThat(order(columnId, older, middle, newer)).containsExactly(older, newer, middle);
		assertThat(publicContent.positionInColumn(new ArticleId(java.util.UUID.fromString(older)), columnId)).contains(0L);

		assertThat(batch(editor, "FIRST", List.of(middle), list, null, null).body().get("done").size()).isEqualTo(1);
		assertThat(order(columnId, older, middle, newer)).containsExactly(older, middle, newer);

		batch(editor, "UNPIN", List.of(older), list, null, null);
		assertThat(order(columnId, older, middle, newer)).containsExactly(middle, newer, older);

		var notThere = batch(editor, "PIN", List.of(older), column(PORTAL, "yaowen"), null, null);
		assertThat(notThere.body().at("/refused/0/reasons/0").asString()).isEqualTo("信息不在栏目「要闻动态」中");
		var reviewerPins = batch(reviewer1, "PIN", List.of(older), list, null, null);
		assertThat(reviewerPins.body().at("/refused/0/reasons/0").asString())
			.isEqualTo("只有本栏目的编辑或网站管理员才能调整栏目「通知公告」的信息顺序");
	}

	// ---------------------------------------------------------------- helpers

	/** The order in which the given articles stand in the column's public list. */
	private List<String> order(ColumnId column, String... ids) {
		var wanted = List.of(ids);
		return publicContent.liveInColumn(column, 0, 1000).stream().map(a -> a.id().value().toString())
			.filter(wanted::contains).toList();
	}

	private Api.Response batch(String token, String operation, List<String> ids, String columnId, String targetId,
			String reason) {
		var body = new HashMap<String, Object>();
		body.put("operation", operation);
		body.put("articleIds", ids);
		body.put("columnId", columnId);
		body.put("targetColumnId", targetId);
		body.put("reason", reason);
		return api.post(token, "/api/v1/articles/batch", body);
	}

	private String write(String token, String columnId, String title) {
		var response = api.post(token, "/api/v1/articles", Map.of("columnId", columnId, "title", title,
				"body", "<p>" + title + "。</p>"));
		assertThat(response.status()).as(response.raw()).isEqualTo(201);
		return response.body().get("id").asString();
	}

	/** Takes a draft through 三审 (ordinary: 初审, 复审) and returns its id. */
	private String publish(String id) {
		var author = jdbc.sql("SELECT created_by FROM article WHERE id = ?::uuid").param(id).query(String.class).single();
		var token = author.equals("editor") ? editor : api.token(author, "Both-Sites-2026!");
		assertThat(api.post(token, "/api/v1/articles/" + id + "/transitions", Map.of("action", "SUBMIT")).status()).isEqualTo(200);
		assertThat(api.post(reviewer1, "/api/v1/articles/" + id + "/transitions", Map.of("action", "APPROVE")).status()).isEqualTo(200);
		var last = api.post(reviewer2, "/api/v1/articles/" + id + "/transitions", Map.of("action", "APPROVE"));
		assertThat(last.body().at("/article/state").asString()).as(last.raw()).isEqualTo("PUBLISHED");
		return id;
	}

	/** An editor of the portal and of the county portal (信息报送 between them). */
	private String editorOfBothSites() {
		var unit = api.get(admin, "/api/v1/units").body().valueStream()
			.filter(u -> u.get("name").asString().equals("示例自治州人民政府办公室")).findFirst().orElseThrow().get("id").asString();
		var created = api.post(admin, "/api/v1/users", Map.of("username", "both" + System.nanoTime() % 1000000,
				"displayName", "两站编辑", "unitId", unit, "password", "Both-Sites-2026!",
				"roles", List.of(Map.of("role", "EDITOR", "siteId", siteId(PORTAL)), Map.of("role", "EDITOR", "siteId", siteId(COUNTY)))));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var username = created.body().get("username").asString();
		jdbc.sql("UPDATE app_user SET must_change_password = FALSE WHERE username = ?").param(username).update();
		return api.token(username, "Both-Sites-2026!");
	}

	private String siteId(String code) {
		return api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> code.equals(site.path("siteCode").asString())).findFirst().orElseThrow().get("id").asString();
	}

	private String column(String siteCode, String slug) {
		return api.get(admin, "/api/v1/sites/" + siteId(siteCode) + "/columns").body().valueStream()
			.filter(c -> c.get("slug").asString().equals(slug)).findFirst().orElseThrow().get("id").asString();
	}
}
