package org.govsite.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.govsite.support.GovSiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public site follows the structure and the life of its site: column, topic and site-name changes republish the
 * pages that show them (sub-columns on their parent's page and in the navigation), interaction columns lead to the
 * interaction pages, and closure (Art. 6) shows a notice, then takes the site down behind permanent redirects.
 */
@GovSiteTest
class PublicSiteTests {

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	@Autowired PublishQueue queue;
	@Autowired PublishStore store;

	PublishingSupport support;

	@BeforeEach
	void setUp() {
		support = new PublishingSupport(port);
		await().atMost(Duration.ofSeconds(60)).until(() -> support.get("/sites/9901000001/index.html").statusCode() == 200 && queue.idle());
	}

	@Test
	void theFirstLevelCheckboxCannotContradictTheParentChoice() {
		var orphan = columnForm(support.portalId(), "无处链接", "wcljie", false, null);
		var refused = support.api.post(support.admin, "/api/v1/columns", orphan);
		assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
		assertThat(refused.raw()).contains("没有上级栏目的栏目就是一级栏目：请勾选「一级栏目」，或选择上级栏目");

		var both = columnForm(support.portalId(), "自相矛盾", "zxmd", true, support.columnId("yaowen"));
		var refusedToo = support.api.post(support.admin, "/api/v1/columns", both);
		assertThat(refusedToo.status()).as(refusedToo.raw()).isEqualTo(422);
		assertThat(refusedToo.raw()).contains("一级栏目不能有上级栏目：请取消勾选「一级栏目」，或把上级栏目选为「无」");
	}

	@Test
	void newColumnsAndSubColumnsReachTheNavigationAndTheirParentWithoutARebuild() {
		var portal = support.portalId();
		var parent = support.api.post(support.admin, "/api/v1/columns", columnForm(portal, "机构信息", "jgxx", true, null));
		assertThat(parent.status()).as(parent.raw()).isEqualTo(201);
		var parentId = parent.body().get("id").asString();
		var child = support.api.post(support.admin, "/api/v1/columns", columnForm(portal, "领导信息", "ldxx", false, parentId));
		assertThat(child.status()).as(child.raw()).isEqualTo(201);

		await().atMost(Duration.ofSeconds(60)).until(() -> support.get("/sites/9901000001/ldxx/index.html").statusCode() == 200
				&& support.get("/sites/9901000001/index.html").body().contains("ldxx/index.html"));
		var home = page("/sites/9901000001/index.html");
		assertThat(home.select("nav.mainnav > ul > li > a[href=jgxx/index.html]").text()).isEqualTo("机构信息");
		assertThat(home.select("nav.mainnav li.has-sub ul.subnav a[href=ldxx/index.html]").text()).isEqualTo("领导信息");
		var parentPage = page("/sites/9901000001/jgxx/index.html");
		assertThat(parentPage.select(".subcolumns a[href=../ldxx/index.html]").text()).isEqualTo("领导信息");
		assertThat(parentPage.text()).doesNotContain("本栏目暂无信息");
		var childPage = page("/sites/9901000001/ldxx/index.html");
		assertThat(childPage.select("nav.crumbs a[href=../jgxx/index.html]").text()).isEqualTo("机构信息");

		// a renamed column is renamed on every page that shows it
		var renamed = columnForm(portal, "机构概况", "jgxx", true, null);
		assertThat(support.api.put(support.admin, "/api/v1/columns/" + parentId, renamed).status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(60)).until(() -> support.get("/sites/9901000001/yaowen/index.html").body().contains("机构概况"));
		assertThat(page("/sites/9901000001/ldxx/index.html").select("nav.crumbs").text()).contains("机构概况").doesNotContain("机构信息");
	}

	@Test
	void aTopicThatStartsAndASiteThatIsRenamedArePublishedEverywhere() {
		var portal = support.portalId();
		var slug = "yshj" + System.nanoTime() % 10000; // other tests of the shared context make topics too
		var topic = support.api.post(support.admin, "/api/v1/topics", Map.of("siteId", portal, "name", "优化营商环境",
				"slug", slug, "startsOn", "2026-01-01"));
		assertThat(topic.status()).as(topic.raw()).isEqualTo(201);
		var topicId = topic.body().get("id").asString();
		var started = support.api.post(support.admin, "/api/v1/topics/" + topicId + "/start", Map.of());
		assertThat(started.status()).as(started.raw()).isIn(200, 204);
		await().atMost(Duration.ofSeconds(60)).until(() -> support.get("/sites/9901000001/index.html").body().contains("zt/" + slug + "/index.html"));
		assertThat(support.get("/sites/9901000001/zt/" + slug + "/index.html").statusCode()).isEqualTo(200);

		var site = support.api.get(support.admin, "/api/v1/sites/" + portal).body();
		var form = new HashMap<String, Object>();
		form.put("name", "示例自治州人民政府网");
		form.put("type", site.get("type").asString());
		form.put("siteCode", site.get("siteCode").asString());
		form.put("domain", site.get("mainDomain").asString());
		form.put("sponsorUnitId", site.get("sponsorUnitId").asString());
		form.put("operatorUnitId", site.get("operatorUnitId").asString());
		form.put("icpFiling", site.get("icpFiling").asString());
		form.put("publicSecurityFiling", site.get("publicSecurityFiling").asString());
		form.put("protectionLevel", site.get("protectionLevel").asInt());
		var changed = support.api.put(support.admin, "/api/v1/sites/" + portal, form);
		assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
		try {
			await().atMost(Duration.ofSeconds(60)).until(() -> page("/sites/9901000001/tzgg/index.html").select(".site-name").text()
				.equals("示例自治州人民政府网"));
			assertThat(page("/sites/9901000001/index.html").title()).isEqualTo("示例自治州人民政府网");
		}
		finally {
			form.put("name", "示例自治州人民政府门户网站");
			assertThat(support.api.put(support.admin, "/api/v1/sites/" + portal, form).status()).isEqualTo(200);
			await().atMost(Duration.ofSeconds(60)).until(() -> page("/sites/9901000001/index.html").title().equals("示例自治州人民政府门户网站"));
		}
	}

	@Test
	void interactionColumnsLeadToTheSitesInteractionPages() {
		var column = page("/sites/9901000001/hdjl/index.html");
		assertThat(column.text()).doesNotContain("本栏目暂无信息");
		var links = column.select(".interaction-links a");
		assertThat(links.eachAttr("href")).containsExactly("/public/messages/9901000001/new", "/public/messages/9901000001",
				"/public/messages/status?site=9901000001", "/public/solicitations/9901000001", "/public/interviews/9901000001");
		assertThat(links.eachText()).containsExactly("我要留言", "留言公开", "留言查询", "征集调查", "在线访谈");
	}

	@Test
	void serviceColumnsLeadToTheSitesServiceEntranceInTheSitesClothes() {
		var column = page("/sites/9901000001/bsfw/index.html");
		assertThat(column.text()).doesNotContain("本栏目暂无信息");
		assertThat(column.select("main a.entrance[href=/public/services?site=9901000001]").text()).isEqualTo("进入办事服务");
		var entrance = page("/public/services?site=9901000001");
		assertThat(entrance.select("header.identity a.site-id[href=/sites/9901000001/index.html] .site-name").text())
			.isEqualTo("示例自治州人民政府门户网站");
		assertThat(entrance.select("nav.mainnav a[href=/sites/9901000001/hdjl/index.html]").text()).isEqualTo("互动交流");
		assertThat(entrance.select("#elder-toggle")).hasSize(1);
	}

	@Test
	void thePublicInteractionAndSearchPagesWearTheSitesHeaderNavigationAndFooter() {
		for (var path : new String[] { "/public/messages/9901000001/new", "/public/messages/9901000001",
				"/public/messages/status?site=9901000001", "/public/solicitations/9901000001", "/public/interviews/9901000001",
				"/public/search?q=%E7%BD%91%E7%AB%99&site=9901000001" }) {
			var page = page(path);
			assertThat(page.select("header.identity a.site-id[href=/sites/9901000001/index.html] .site-name").text()).as(path)
				.isEqualTo("示例自治州人民政府门户网站");
			assertThat(page.select("nav.mainnav a[href=/sites/9901000001/yaowen/index.html]").text()).as(path).isEqualTo("要闻动态");
			assertThat(page.select("footer.site-footer a[href=/sites/9901000001/sitemap.html]")).as(path).hasSize(1);
			assertThat(page.select("script[src=/sites/9901000001/assets/site.js]")).as(path).hasSize(1);
			assertThat(page.select("#elder-toggle")).as(path).hasSize(1);
			assertThat(page.select("header.masthead .site-name")).as(path).isEmpty();
		}
		// the form itself is unchanged
		assertThat(page("/public/messages/9901000001/new").select("main form[method=post] input[name=clientToken]")).hasSize(1);
		// a platform-wide page keeps the platform header
		assertThat(page("/public/messages/new").select("header.identity")).isEmpty();
	}

	@Test
	void theSiteMapPageTheGovernmentMarkThePolicyDateAndChineseLabels() {
		var map = page("/sites/9901000001/sitemap.html");
		assertThat(map.select("h1").text()).isEqualTo("网站地图");
		assertThat(map.select(".sitemap-tree a[href=yaowen/index.html]").text()).isEqualTo("要闻动态");
		assertThat(map.select(".sitemap-tree a[href=/public/messages/9901000001/new]")).hasSize(1);
		assertThat(support.get("/sites/9901000001/sitemap.xml").body()).startsWith("<?xml");
		var home = page("/sites/9901000001/index.html");
		assertThat(home.select("footer a[href=sitemap.html]").text()).isEqualTo("网站地图");
		assertThat(home.select(".footer-mark a[href=https://bszs.conac.cn/] img[alt~=党政机关网站标识]")).hasSize(1);
		assertThat(home.select("#menu-toggle[aria-controls=site-menu][aria-expanded=false]").text()).isEqualTo("菜单");

		var list = page("/sites/9901000001/zcwj/index.html");
		assertThat(list.select(".feed-link").text()).doesNotContain("Atom").doesNotContain("RSS").contains("订阅");
		// resolved as the browser does (the list links are relative, e.g. ../zcwj/202611/….html)
		var policy = page(java.net.URI.create("/sites/9901000001/zcwj/index.html")
			.resolve(list.select(".news-list a:containsOwn(示例自治州政府网站管理办法)").first().attr("href")).getPath());
		var dates = policy.select(".article-meta time").text();
		var row = policy.select(".policy-meta tr:has(th:containsOwn(发布日期)) td").text();
		assertThat(dates).isEqualTo("2026-02-24");
		assertThat(row).isEqualTo(dates);

		assertThat(support.get("/sites/9901000001/index.html", "Accept-Language", "en-US").headers().firstValue("Content-Language"))
			.hasValue("zh-CN");
		assertThat(support.get("/public/messages/9901000001/new", "Accept-Language", "en-US").headers().firstValue("Content-Language"))
			.hasValue("zh-CN");
		assertThat(support.get("/login", "Accept-Language", "en-US").headers().firstValue("Content-Language")).hasValue("zh-CN");
	}

	@Test
	void aClosingSiteCarriesTheNoticeThenAMergedSiteRedirectsEveryOldAddress() {
		var market = siteId("9901000005");
		var portal = support.portalId();
		var yaowen = createColumn(market, "工作动态", "yaowen");
		var regulations = createColumn(market, "监管法规", "jgfg");
		var news = insertLiveArticle(market, yaowen, "市场监管工作动态");
		var rule = insertLiveArticle(market, regulations, "市场监管法规汇编");
		rebuild(market);
		var newsPath = jdbc.sql("SELECT path FROM publish_article WHERE article_id = ?").param(news).query(String.class).single();
		var rulePath = jdbc.sql("SELECT path FROM publish_article WHERE article_id = ?").param(rule).query(String.class).single();
		assertThat(support.get("/sites/9901000005/" + newsPath).statusCode()).isEqualTo(200);

		// 关停公示中: every page carries the notice naming the successor; the home page shows it in full
		var announced = support.api.post(support.admin, "/api/v1/sites/" + market + "/transitions", Map.of(
				"action", "ANNOUNCE_CLOSURE", "reason", "整合到州政府门户网站", "successorSiteId", portal));
		assertThat(announced.status()).as(announced.raw()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(60)).until(() -> support.get("/sites/9901000005/" + newsPath).body().contains("closure-banner"));
		var article = page("/sites/9901000005/" + newsPath);
		assertThat(article.select(".closure-banner").text()).contains("本网站正在关停公示", "示例自治州人民政府门户网站", "查看公示全文");
		assertThat(article.select(".closure-banner a[href=/sites/9901000001/]").text()).isEqualTo("前往承接网站「示例自治州人民政府门户网站」");
		assertThat(page("/sites/9901000005/jgfg/index.html").select(".closure-banner")).hasSize(1);
		var home = page("/sites/9901000005/index.html");
		assertThat(home.select(".closure-banner")).isEmpty();
		assertThat(home.select("#closure").text()).contains("本网站正在关停公示：公示期自", "最早于", "关停后，本网站的信息和服务由「示例自治州人民政府门户网站」承接");

		// merged: taken down; old addresses answer 301 to the successor's column of the same path, else its home page
		var merged = support.api.post(support.admin, "/api/v1/sites/" + market + "/transitions", Map.of(
				"action", "MERGE", "reason", "整合到州政府门户网站", "mergeIntoId", portal));
		assertThat(merged.status()).as(merged.raw()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(60)).until(() -> support.get("/sites/9901000005/" + newsPath).statusCode() == 301);
		assertThat(support.get("/sites/9901000005/" + newsPath).headers().firstValue("Location")).hasValue("/sites/9901000001/yaowen/");
		assertThat(support.get("/sites/9901000005/yaowen/index_1.html").headers().firstValue("Location")).hasValue("/sites/9901000001/yaowen/");
		assertThat(support.get("/sites/9901000005/" + rulePath).headers().firstValue("Location")).hasValue("/sites/9901000001/");
		var root = support.get("/sites/9901000005/index.html");
		assertThat(root.statusCode()).isEqualTo(301);
		assertThat(root.headers().firstValue("Location")).hasValue("/sites/9901000001/");
		assertThat(jdbc.sql("SELECT count(*) FROM publish_article WHERE site_id = ?").param(UUID.fromString(market)).query(Long.class).single())
			.isZero();
		assertThat(Files.exists(store.live("9901000005").resolve(newsPath))).isFalse();
		var notice = page("/sites/9901000005/archived.html");
		assertThat(notice.select("#closure").text()).contains("「示例自治州市场监督管理局网站」已整合到「示例自治州人民政府门户网站」");

		// the nginx configuration carries the same redirects
		var nginx = support.api.get(support.admin, "/api/v1/publishing/nginx-redirects").raw();
		assertThat(nginx).contains("map $govsite_site_key$uri $govsite_redirect {")
			.contains("\"9901000005/" + newsPath + "\" \"https://www.shilizhou.gov.cn/yaowen/\";")
			.contains("\"~^9901000005/yaowen/\" \"https://www.shilizhou.gov.cn/yaowen/\";")
			.contains("\"~^9901000005/\" \"https://www.shilizhou.gov.cn/\";");
		assertThat(store.root().resolve(SiteClosures.NGINX_FILE)).content().contains("\"~^9901000005/\" \"https://www.shilizhou.gov.cn/\";");
		assertThat(support.api.get(support.editor, "/api/v1/publishing/nginx-redirects").status()).isEqualTo(403);
	}

	@Test
	void aClosedSiteWithoutSuccessorLeadsToItsArchiveNotice() {
		var ecology = siteId("9901000004");
		var column = createColumn(ecology, "环境动态", "hjdt");
		var id = insertLiveArticle(ecology, column, "生态环境动态");
		rebuild(ecology);
		var path = jdbc.sql("SELECT path FROM publish_article WHERE article_id = ?").param(id).query(String.class).single();
		var announced = support.api.post(support.admin, "/api/v1/sites/" + ecology + "/transitions", Map.of(
				"action", "ANNOUNCE_CLOSURE", "reason", "职能调整", "archiveDecision", "网站内容移交州档案馆存档"));
		assertThat(announced.status()).as(announced.raw()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(60)).until(() -> support.get("/sites/9901000004/" + path).body().contains("closure-banner"));
		assertThat(page("/sites/9901000004/index.html").select("#closure").text()).contains("存档决定：网站内容移交州档案馆存档");

		jdbc.sql("UPDATE site SET closure_notice_from = closure_notice_from - 30, version = version + 1 WHERE id = ?").param(UUID.fromString(ecology)).update();
		var closed = support.api.post(support.admin, "/api/v1/sites/" + ecology + "/transitions", Map.of("action", "CLOSE", "reason", "公示期满"));
		assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(60)).until(() -> support.get("/sites/9901000004/" + path).statusCode() == 301);
		assertThat(support.get("/sites/9901000004/" + path).headers().firstValue("Location")).hasValue("/sites/9901000004/archived.html");
		assertThat(support.get("/sites/9901000004/").headers().firstValue("Location")).hasValue("/sites/9901000004/archived.html");
		var notice = page("/sites/9901000004/archived.html");
		assertThat(notice.select("#closure").text()).contains("已于", "关停", "存档决定：网站内容移交州档案馆存档");
		assertThat(support.get("/sites/9901000004/assets/site.css").statusCode()).isEqualTo(200);
		assertThat(support.api.get(support.admin, "/api/v1/publishing/nginx-redirects").raw())
			.contains("\"~^9901000004/\" \"/archived.html\";");
		// a rebuild asked for later does not bring the site back
		var rebuild = support.api.post(support.admin, "/api/v1/sites/" + ecology + "/rebuild", Map.of());
		assertThat(rebuild.status()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(60)).until(queue::idle);
		assertThat(support.get("/sites/9901000004/" + path).statusCode()).isEqualTo(301);
	}

	// ------------------------------------------------------------------------------------------------ helpers

	private Map<String, Object> columnForm(String site, String name, String slug, boolean firstLevel, String parentId) {
		var form = new HashMap<String, Object>();
		form.put("siteId", site);
		form.put("name", name);
		form.put("slug", slug);
		form.put("kind", "LIST");
		form.put("updateClass", "DYNAMIC");
		form.put("firstLevel", firstLevel);
		form.put("onHome", false);
		form.put("sortOrder", 90);
		if (parentId != null) {
			form.put("parentId", parentId);
		}
		return form;
	}

	private String siteId(String code) {
		return support.api.get(support.admin, "/api/v1/sites").body().valueStream()
			.filter(site -> code.equals(site.path("siteCode").asString())).findFirst().orElseThrow().get("id").asString();
	}

	private UUID createColumn(String site, String name, String slug) {
		var created = support.api.post(support.admin, "/api/v1/columns", columnForm(site, name, slug, true, null));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return UUID.fromString(created.body().get("id").asString());
	}

	private UUID insertLiveArticle(String site, UUID column, String title) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO article (id, version, site_id, home_column_id, kind, important, state, current_revision,
				                     live_revision, published_at, created_by, created_at)
				VALUES (?, 1, ?, ?, 'ARTICLE', false, 'PUBLISHED', 1, 1, date_trunc('minute', now()), 'editor', now())
				""").params(id, UUID.fromString(site), column).update();
		jdbc.sql("INSERT INTO article_revision (article, number, title, body, created_by, created_at) VALUES (?, 1, ?, '<p>正文。</p>', 'editor', now())")
			.params(id, title).update();
		jdbc.sql("INSERT INTO article_placement (article_id, column_id, home) VALUES (?, ?, true)").params(id, column).update();
		return id;
	}

	private void rebuild(String site) {
		var started = support.api.post(support.admin, "/api/v1/sites/" + site + "/rebuild", Map.of());
		assertThat(started.status()).as(started.raw()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(60)).until(() -> queue.idle()
				&& "DONE".equals(support.api.get(support.admin, "/api/v1/sites/" + site + "/rebuild").body().get("status").asString()));
	}

	private Document page(String path) {
		var response = support.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}
}
