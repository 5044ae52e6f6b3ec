package org.govsite.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.govsite.support.GovSiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The static publisher end to end: 三审 through the API, pages on disk and served, incremental and full builds. */
@GovSiteTest
class PublishingSiteTests {

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	@Autowired PublishStore store;
	@Autowired PublishQueue queue;

	PublishingSupport support;

	@BeforeEach
	void setUp() {
		support = new PublishingSupport(port);
		// the demo articles' events build the portal on start-up
		await().atMost(Duration.ofSeconds(60)).until(() -> support.get("/sites/9901000001/index.html").statusCode() == 200 && queue.idle());
	}

	/** Injected into {@link FullRebuild} as a {@link RebuildObserver}: throws at the page a test chooses. */
	@TestConfiguration
	static class Faults {

		static final class CrashAt implements RebuildObserver {

			volatile int page = -1;

			@Override
			public void pageStaged(int pagesSoFar) {
				if (pagesSoFar == page) {
					throw new IllegalStateException("simulated crash of the publisher");
				}
			}
		}

		@Bean
		CrashAt crashAt() {
			return new CrashAt();
		}
	}

	@Autowired Faults.CrashAt crashAt;

	@AfterEach
	void noFault() {
		crashAt.page = -1;
	}

	@Test
	void aPublishedArticleHasItsPageWithTheFooterElementsAndMetaTags() {
		var extra = new HashMap<String, Object>();
		extra.put("source", "州政府办公室");
		extra.put("author", "李明");
		extra.put("keywords", "网站建设,推进会");
		extra.put("summary", "全州政府网站建设推进会召开");
		var id = support.publish("yaowen", "全州政府网站工作推进会召开", extra);
		var url = support.awaitUrl(id);
		assertThat(url).matches("/sites/9901000001/yaowen/\\d{6}/" + id + "\\.html");

		var response = support.get(url);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		var page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(page.selectFirst("h1").text()).isEqualTo("全州政府网站工作推进会召开");
		assertThat(meta(page, "SiteName")).isEqualTo("示例自治州人民政府门户网站");
		assertThat(meta(page, "SiteDomain")).isEqualTo("www.shilizhou.gov.cn");
		assertThat(meta(page, "SiteIDCode")).isEqualTo("9901000001");
		assertThat(meta(page, "ColumnName")).isEqualTo("要闻动态");
		assertThat(meta(page, "ColumnType")).isEqualTo("信息列表");
		assertThat(meta(page, "ArticleTitle")).isEqualTo("全州政府网站工作推进会召开");
		assertThat(meta(page, "PubDate")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
		assertThat(meta(page, "ContentSource")).isEqualTo("州政府办公室");
		assertThat(meta(page, "Keywords")).isEqualTo("网站建设,推进会");
		assertThat(meta(page, "Author")).isEqualTo("李明");
		assertThat(meta(page, "Description")).isEqualTo("全州政府网站建设推进会召开");
		assertThat(page.select("meta[name=Image]")).hasSize(1);
		assertThat(meta(page, "Url")).isEqualTo("https://www.shilizhou.gov.cn/" + url.substring("/sites/9901000001/".length()));
		assertFooter(page);

		// linked from its column's first list page and from the home page; listed in the sitemap and the feed
		var relative = url.substring("/sites/9901000001/".length());
		assertThat(Jsoup.parse(support.get("/sites/9901000001/yaowen/index.html").body()).select("a[href=../" + relative + "]")).hasSize(1);
		assertThat(Jsoup.parse(support.get("/sites/9901000001/index.html").body()).select("a[href=" + relative + "]")).isNotEmpty();
		assertThat(support.get("/sites/9901000001/sitemap.xml").body()).contains(relative);
		assertThat(support.get("/sites/9901000001/yaowen/feed.xml").body()).contains(id);
		var column = Jsoup.parse(support.get("/sites/9901000001/yaowen/").body());
		assertThat(meta(column, "ColumnName")).isEqualTo("要闻动态");
		assertThat(column.select("meta[name=ColumnDescription], meta[name=ColumnKeywords], meta[name=ColumnType]")).hasSize(3);
		assertFooter(column);
		assertThat(support.get("/sites/9901000001/robots.txt").body()).contains("Sitemap: https://www.shilizhou.gov.cn/sitemap.xml");
	}

	@Test
	void referencingALiveArticleIntoAnotherColumnListsItThere() {
		var id = support.publish("yaowen", "引用到通知公告的要闻", Map.of());
		var relative = support.awaitUrl(id).substring("/sites/9901000001/".length());
		var referenced = support.api.post(support.editor, "/api/v1/articles/" + id + "/references",
				Map.of("columnId", support.columnId("tzgg")));
		assertThat(referenced.status()).as(referenced.raw()).isEqualTo(200);
		// the other column's list page links to the article (where it lives: its home column's directory)
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
				assertThat(Jsoup.parse(support.get("/sites/9901000001/tzgg/index.html").body()).select("a[href=../" + relative + "]"))
					.hasSize(1));
	}

	@Test
	void insertingIntoTheMiddleOfAFivePageColumnRerendersOnlyTheShiftedPages() {
		var portal = UUID.fromString(support.portalId());
		var columnForm = new HashMap<String, Object>();
		columnForm.put("siteId", portal.toString());
		columnForm.put("name", "工作动态");
		columnForm.put("slug", "gzdt");
		columnForm.put("kind", "LIST");
		columnForm.put("updateClass", "DYNAMIC");
		columnForm.put("firstLevel", true);
		columnForm.put("onHome", false);
		columnForm.put("sortOrder", 80);
		var created = support.api.post(support.admin, "/api/v1/columns", columnForm);
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var column = UUID.fromString(created.body().get("id").asString());
		// 90 live articles: 50 dated in the coming days (they stay ahead), 40 in the past days
		jdbc.sql("""
				INSERT INTO article (id, version, site_id, home_column_id, kind, important, state, current_revision,
				                     live_revision, published_at, created_by, created_at)
				SELECT gen_random_uuid(), 1, ?, ?, 'ARTICLE', false, 'PUBLISHED', 1, 1,
				       date_trunc('minute', now()) + (CASE WHEN n <= 50 THEN n ELSE 50 - n END) * interval '1 day', 'editor', now()
				FROM generate_series(1, 90) n
				""").params(portal, column).update();
		jdbc.sql("""
				INSERT INTO article_revision (article, number, title, body, created_by, created_at)
				SELECT id, 1, '工作动态第' || to_char(published_at AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '期', '<p>工作动态。</p>', 'editor', now()
				FROM article WHERE home_column_id = ?
				""").param(column).update();
		jdbc.sql("INSERT INTO article_placement (article_id, column_id, home) SELECT id, home_column_id, true FROM article WHERE home_column_id = ?")
			.param(column).update();
		rebuildAndWait();
		var before = manifest("gzdt/");
		assertThat(before.keySet()).contains("gzdt/index.html", "gzdt/index_1.html", "gzdt/index_2.html", "gzdt/index_3.html", "gzdt/index_4.html")
			.doesNotContain("gzdt/index_5.html");
		var lastOnPage2 = lastTitle("gzdt/index_2.html");

		var id = support.publish("gzdt", "插入中间的工作动态", Map.of());
		var url = support.awaitUrl(id);
		await().atMost(Duration.ofSeconds(30)).until(queue::idle);
		var after = manifest("gzdt/");

		assertThat(after.get("gzdt/index.html")).isEqualTo(before.get("gzdt/index.html"));
		assertThat(after.get("gzdt/index_1.html")).isEqualTo(before.get("gzdt/index_1.html"));
		for (var shifted : List.of("gzdt/index_2.html", "gzdt/index_3.html", "gzdt/index_4.html")) {
			assertThat(after.get(shifted)).as(shifted).isNotEqualTo(before.get(shifted));
		}
		assertThat(after).doesNotContainKey("gzdt/index_5.html");
		var page2 = Jsoup.parse(support.get("/sites/9901000001/gzdt/index_2.html").body());
		// 50 articles dated in the coming days stay ahead of it: it is the 51st, the 11th of the third page
		assertThat(page2.select(".news-list a").eachText()).hasSize(20).element(10).isEqualTo("插入中间的工作动态");
		assertThat(page2.select(".news-list a").get(10).attr("href")).isEqualTo("../" + url.substring("/sites/9901000001/".length()));
		assertThat(firstTitle("gzdt/index_3.html")).isEqualTo(lastOnPage2);
		assertThat(Jsoup.parse(support.get("/sites/9901000001/gzdt/index_4.html").body()).select(".news-list a")).hasSize(11);
		assertConsistentWithManifest();
	}

	@Test
	void withdrawingRemovesThePageAndEveryLinkToIt() throws IOException {
		var id = support.publish("tzgg", "即将撤回的通知", Map.of());
		var url = support.awaitUrl(id);
		assertThat(support.get(url).statusCode()).isEqualTo(200);

		var withdrawn = support.act(support.reviewer2, id, "WITHDRAW", "信息已过时");
		assertThat(withdrawn.body().at("/article/state").asString()).isEqualTo("WITHDRAWN");
		await().atMost(Duration.ofSeconds(30)).until(() -> support.get(url).statusCode() == 404);
		await().atMost(Duration.ofSeconds(30)).until(queue::idle);
		assertThat(support.api.get(support.admin, "/api/v1/articles/" + id + "/public-url").status()).isEqualTo(404);
		var notFound = support.get(url);
		assertThat(Jsoup.parse(notFound.body()).selectFirst("h1").text()).isEqualTo("您访问的页面不存在");
		assertThat(notFound.body()).contains("<base href=\"/sites/9901000001/\">");

		var live = store.live("9901000001");
		try (var files = Files.walk(live)) {
			var linking = files.filter(Files::isRegularFile).filter(file -> {
				try {
					return Files.readString(file).contains(id);
				}
				catch (IOException e) {
					return false;
				}
			}).toList();
			assertThat(linking).isEmpty();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM publish_manifest WHERE path LIKE ?").param("%" + id + "%").query(Long.class).single()).isZero();
		assertConsistentWithManifest();
	}

	@Test
	void aFullRebuildSwitchesTheSiteAtomically() throws IOException {
		var link = store.live("9901000001");
		var before = Files.readSymbolicLink(link).toString();
		var run = rebuildAndWait();
		var after = Files.readSymbolicLink(link).toString();
		assertThat(after).isEqualTo("9901000001." + run).isNotEqualTo(before);
		assertThat(store.root().resolve(before)).doesNotExist();
		var progress = support.api.get(support.admin, "/api/v1/sites/" + support.portalId() + "/rebuild").body();
		assertThat(progress.get("status").asString()).isEqualTo("DONE");
		assertThat(progress.get("percent").asInt()).isEqualTo(100);
		assertThat(progress.get("done").asInt()).isEqualTo(progress.get("total").asInt()).isPositive();
		// the web server (nginx as another user) must be able to read what was published
		assertThat(Files.getPosixFilePermissions(link.resolve("index.html")))
			.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
		assertConsistentWithManifest();
	}

	@Test
	void aCrashDuringAFullRebuildLeavesThePreviousSiteIntact() throws IOException {
		var link = store.live("9901000001");
		var before = Files.readSymbolicLink(link).toString();
		var manifestBefore = manifest("");
		crashAt.page = 12;
		var started = support.api.post(support.admin, "/api/v1/sites/" + support.portalId() + "/rebuild", Map.of());
		assertThat(started.status()).as(started.raw()).isEqualTo(202);
		var run = started.body().get("id").asString();
		await().atMost(Duration.ofSeconds(60)).until(() -> "FAILED".equals(runStatus(run)));
		crashAt.page = -1;

		assertThat(Files.readSymbolicLink(link).toString()).isEqualTo(before);
		assertThat(store.root().resolve("9901000001." + run)).doesNotExist();
		assertThat(manifest("")).isEqualTo(manifestBefore);
		assertThat(jdbc.sql("SELECT count(*) FROM publish_manifest_staging").query(Long.class).single()).isZero();
		assertThat(support.get("/sites/9901000001/index.html").statusCode()).isEqualTo(200);
		assertConsistentWithManifest();
	}

	@Test
	void servingAnswersConditionalRequestsCompressesAndRefusesTraversal() {
		var first = support.get("/sites/9901000001/index.html");
		assertThat(first.statusCode()).isEqualTo(200);
		var etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Last-Modified")).isPresent();
		assertThat(first.headers().firstValue("Cache-Control").orElse("")).contains("no-cache");
		assertThat(first.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
		assertThat(support.get("/sites/9901000001/index.html", "If-None-Match", etag).statusCode()).isEqualTo(304);
		assertThat(support.get("/sites/9901000001/", "If-None-Match", etag).statusCode()).isEqualTo(304);
		var css = support.get("/sites/9901000001/assets/site.css", "Accept-Encoding", "gzip");
		assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
		assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(support.get("/sites/9901000001/assets/emblem.svg").headers().firstValue("Content-Type")).hasValue("image/svg+xml");

		// issue 15: the pre-compressed sibling, its own strong validator, the same security headers as every page
		var plain = support.get("/sites/9901000001/index.html");
		var compressed = support.bytes("/sites/9901000001/index.html", "Accept-Encoding", "gzip, deflate, br");
		assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(compressed.headers().firstValue("Vary")).hasValue("Accept-Encoding");
		assertThat(new String(Precompressed.gunzip(compressed.body()), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain.body());
		var gzipTag = compressed.headers().firstValue("ETag").orElseThrow();
		assertThat(gzipTag).doesNotStartWith("W/").isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow());
		assertThat(compressed.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(compressed.headers().firstValue("Content-Language")).hasValue("zh-CN");
		assertThat(compressed.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(support.get("/sites/9901000001/index.html", "Accept-Encoding", "gzip", "If-None-Match", gzipTag).statusCode())
			.isEqualTo(304);
		assertThat(support.get("/sites/9901000001").statusCode()).isEqualTo(301);
		assertThat(support.get("/sites/9901000001/yaowen").headers().firstValue("Location")).hasValue("/sites/9901000001/yaowen/");

		for (var attack : List.of("/sites/9901000001/../../../../etc/passwd", "/sites/9901000001/%2e%2e/%2e%2e/etc/passwd",
				"/sites/9901000001/..%2f..%2f..%2fetc%2fpasswd", "/sites/9901000001/assets/..%5c..%5cgovsite.lock",
				"/sites/9901000001/%2e%2e%2f9901000001.lock", "/sites/9901000001/.%2e/.%2e/postgres/PG_VERSION")) {
			var response = support.get(attack);
			assertThat(response.statusCode()).as(attack).isIn(400, 404);
			assertThat(response.body()).as(attack).doesNotContain("root:");
		}
		assertThat(ServedSites.isSafe("yaowen/index.html")).isTrue();
		assertThat(ServedSites.isSafe("../x")).isFalse();
		assertThat(ServedSites.isSafe("a/../../x")).isFalse();
		assertThat(ServedSites.isSafe("a\\..\\x")).isFalse();
		assertThat(ServedSites.isSafe(".hidden")).isFalse();

		// the console's own /sites pages still need a sign-in; site keys never match a console path
		assertThat(support.get("/sites/" + support.portalId()).statusCode()).isEqualTo(302);
		assertThat(support.get("/sites/new").statusCode()).isEqualTo(302);
		assertThat(support.get("/sites/9999999999/index.html").statusCode()).isEqualTo(404);
	}

	@Test
	void aThemeColourMustCarryWhiteTextAndAChangeRebuildsTheSite() {
		var portal = support.portalId();
		var refused = support.api.put(support.admin, "/api/v1/sites/" + portal + "/theme", Map.of("mainColor", "#ffd700"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.detail()).contains("对比度", "4.5:1");
		var external = support.api.put(support.admin, "/api/v1/sites/" + portal + "/theme",
				Map.of("mainColor", "#0b5394", "logoPath", "https://cdn.example.com/logo.png"));
		assertThat(external.status()).isEqualTo(422);
		assertThat(support.api.put(support.editor, "/api/v1/sites/" + portal + "/theme", Map.of("mainColor", "#0b5394")).status())
			.isEqualTo(403);
		var changed = support.api.put(support.admin, "/api/v1/sites/" + portal + "/theme", Map.of("mainColor", "#0B5394"));
		assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
		assertThat(changed.body().get("mainColor").asString()).isEqualTo("#0b5394");
		await().atMost(Duration.ofSeconds(60)).until(() -> support.get("/sites/9901000001/assets/theme.css").body().contains("#0b5394"));
		support.api.put(support.admin, "/api/v1/sites/" + portal + "/theme", Map.of("mainColor", SiteThemes.DEFAULT_COLOR));
		await().atMost(Duration.ofSeconds(60)).until(queue::idle);
	}

	@Test
	void theBeaconCountsViewsAndVisitorsUnlessTrackingIsRefused() {
		var portal = support.portalId();
		var today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		var query = "/api/v1/sites/" + portal + "/visits?from=" + today + "&to=" + today;
		// other tests in the same context may have visited pages already: count the difference
		var before = support.api.get(support.admin, query).body();
		long views = before.path("pageViews").asLong(0);
		long visitors = before.at("/days/0/uniqueVisitors").asLong(0);
		var agent = "PublishingTest/" + UUID.randomUUID();
		assertThat(support.get("/public/beacon?site=9901000001&path=/sites/9901000001/index.html", "User-Agent", agent).statusCode()).isEqualTo(204);
		assertThat(support.get("/public/beacon?site=9901000001&path=/sites/9901000001/yaowen/", "User-Agent", agent).statusCode()).isEqualTo(204);
		assertThat(support.get("/public/beacon?site=9901000001&path=/", "DNT", "1", "User-Agent", "PublishingTest/dnt").statusCode()).isEqualTo(204);
		var visits = support.api.get(support.admin, query).body();
		assertThat(visits.get("pageViews").asLong()).isEqualTo(views + 2);
		assertThat(visits.at("/days/0/uniqueVisitors").asLong()).isEqualTo(visitors + 1);
		assertThat(support.api.get(support.editor, query).status()).isEqualTo(403);
		assertThat(jdbc.sql("SELECT count(*) FROM visit_salt").query(Long.class).single()).isEqualTo(1);
	}

	// ------------------------------------------------------------------------------------------------ helpers

	private String rebuildAndWait() {
		var started = support.api.post(support.admin, "/api/v1/sites/" + support.portalId() + "/rebuild", Map.of());
		assertThat(started.status()).as(started.raw()).isEqualTo(202);
		var run = started.body().get("id").asString();
		await().atMost(Duration.ofSeconds(120)).until(() -> "DONE".equals(runStatus(run)));
		await().atMost(Duration.ofSeconds(30)).until(queue::idle);
		return run;
	}

	private String runStatus(String run) {
		return jdbc.sql("SELECT status FROM publish_run WHERE id = ?").param(UUID.fromString(run)).query(String.class).single();
	}

	private Map<String, String> manifest(String prefix) {
		return jdbc.sql("""
				SELECT m.path, m.sha256 || '@' || m.published_at FROM publish_manifest m JOIN site s ON s.id = m.site_id
				WHERE s.site_code = '9901000001' AND starts_with(m.path, ?)
				""").param(prefix).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Every file of the live site is in the manifest with its hash and size, and every manifest row is on disk. */
	private void assertConsistentWithManifest() {
		var rows = jdbc.sql("""
				SELECT m.path, m.sha256, m.size_bytes FROM publish_manifest m JOIN site s ON s.id = m.site_id
				WHERE s.site_code = '9901000001'
				""").query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getLong(3) }).list();
		var live = store.live("9901000001");
		for (var row : rows) {
			var file = live.resolve((String) row[0]);
			assertThat(file).as((String) row[0]).exists();
			try {
				var bytes = Files.readAllBytes(file);
				assertThat(PublishStore.sha256(bytes)).as((String) row[0]).isEqualTo(row[1]);
				assertThat((long) bytes.length).isEqualTo(row[2]);
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}
		try (var files = Files.walk(live.toRealPath())) {
			var real = live.toRealPath();
			var onDisk = files.filter(Files::isRegularFile).map(p -> real.relativize(p).toString()).collect(Collectors.toSet());
			// the pre-compressed siblings (issue 15) are derived: each belongs to a page and decompresses to its bytes
			var hashes = rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
			var siblings = onDisk.stream().filter(Precompressed::isSibling).toList();
			for (var sibling : siblings) {
				var page = Precompressed.pageOf(sibling);
				assertThat(hashes).as(sibling).containsKey(page);
				assertThat(PublishStore.sha256(Precompressed.gunzip(Files.readAllBytes(real.resolve(sibling))))).as(sibling)
					.isEqualTo(hashes.get(page));
			}
			assertThat(siblings).as("a sibling beside every large page").contains("index.html.gz");
			onDisk.removeAll(siblings);
			assertThat(onDisk).containsExactlyInAnyOrderElementsOf(rows.stream().map(r -> (String) r[0]).toList());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private String lastTitle(String path) {
		var links = Jsoup.parse(support.get("/sites/9901000001/" + path).body()).select(".news-list a");
		return links.last().text();
	}

	private String firstTitle(String path) {
		return Jsoup.parse(support.get("/sites/9901000001/" + path).body()).select(".news-list a").first().text();
	}

	static String meta(Document page, String name) {
		var element = page.selectFirst("meta[name=" + name + "]");
		assertThat(element).as("meta " + name).isNotNull();
		return element.attr("content");
	}

	static void assertFooter(Document page) {
		var footer = page.selectFirst("footer");
		assertThat(footer).isNotNull();
		assertThat(footer.select("img[alt~=党政机关网站标识]")).hasSize(1);
		assertThat(footer.text()).contains("网站标识码：9901000001", "主办单位：示例自治州人民政府办公室");
		assertThat(footer.select("a[href=https://beian.miit.gov.cn/]")).hasSize(1);
		assertThat(footer.select(".psb a").text()).isNotBlank();
		assertThat(footer.select("a[href=/public/messages/9901000001/new]").text()).isEqualTo("我为政府网站找错");
		assertThat(page.select("form[action=/public/search] input[name=site]").attr("value")).isEqualTo("9901000001");
		assertThat(page.select("a.skip-link[href=#main]")).hasSize(1);
		assertThat(page.select("#elder-toggle[aria-pressed]")).hasSize(1);
		// nothing is loaded from another host
		for (var element : page.select("script[src], link[href], img[src]")) {
			var url = element.hasAttr("src") ? element.attr("src") : element.attr("href");
			assertThat(url).as(element.outerHtml()).doesNotStartWith("http").doesNotStartWith("//");
		}
	}
}
