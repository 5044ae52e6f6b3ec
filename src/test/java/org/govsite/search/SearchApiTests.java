package org.govsite.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import java.nio.file.Path;

import org.govsite.content.PublicContent;
import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * Search through the public API after publishing through 三审 with tokens: title words, 文号, pinyin, attachments,
 * withdrawal, filters, sort, escaping, suggestions, refusals, and the rebuild command.
 */
@GovSiteTest
@Tag("slow")
class SearchApiTests {

	static final Duration SOON = Duration.ofSeconds(5);

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	@Autowired PublicContent content;
	@Autowired SearchDocuments documents;
	@Autowired PlatformTransactionManager transactions;

	Api api;
	String editor, reviewer1, reviewer2, chief, admin;

	@BeforeEach
	void tokens() {
		api = new Api(port);
		editor = api.token("editor", "GovSite@2026");
		reviewer1 = api.token("reviewer1", "GovSite@2026");
		reviewer2 = api.token("reviewer2", "GovSite@2026");
		chief = api.token("chief", "GovSite@2026");
		admin = api.token("admin", "GovSite@2026");
	}

	@Test
	void aPublishedPolicyIsFoundByTitleWordDocumentNumberAndPinyinWithinSeconds() {
		var form = form("zcwj", "关于推进政府网站集约化建设的实施意见", "<p>各县市人民政府：现就推进集约化建设提出如下意见。</p>");
		form.put("kind", "POLICY");
		form.put("documentNo", "示政发〔2026〕9号");
		form.put("indexNo", "99010000/2026-10009");
		form.put("issuingAuthority", "示例自治州人民政府");
		form.put("writtenOn", "2026-03-01");
		form.put("validity", "VALID");
		form.put("important", false);
		var id = publish(form);

		for (var q : List.of("集约化", "示政发〔2026〕9号", "示政发[2026]9号", "zhengfuwangzhan", "zfwz", "jiyuehua")) {
			await().atMost(SOON).untilAsserted(() -> assertThat(ids(search("q=" + enc(q)))).as(q).contains(id));
		}
		var byNumber = search("q=" + enc("示政发〔2026〕9号"));
		assertThat(byNumber.at("/hits/0/id").asString()).isEqualTo(id);
		assertThat(byNumber.at("/hits/0/documentNo").asString()).isEqualTo("示政发〔2026〕9号");
		assertThat(byNumber.at("/hits/0/siteName").asString()).isEqualTo("示例自治州人民政府门户网站");

		var pinyin = search("q=zfwz&site=9901000001");
		var hit = hit(pinyin, id);
		assertThat(hit.get("titleHtml").asString()).contains("<em>政府网站</em>");
		assertThat(pinyin.get("suggestion").asString()).isEqualTo("政府网站");

		var titleWord = hit(search("q=" + enc("集约化")), id);
		assertThat(titleWord.get("titleHtml").asString()).contains("<em>集约化</em>");
		assertThat(titleWord.get("snippetHtml").asString()).contains("<em>集约化</em>");
	}

	@Test
	void aWithdrawnArticleDisappears() {
		var id = publish(form("yaowen", "全州开展犀鸟栖息地巡查", "<p>巡查工作有序开展。</p>"));
		await().atMost(SOON).untilAsserted(() -> assertThat(ids(search("q=" + enc("犀鸟")))).contains(id));
		// once the publisher has written its page, the hit links to it
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(search("q=" + enc("犀鸟")).at("/hits/0/url").asString())
			.startsWith("/sites/9901000001/yaowen/").endsWith(id + ".html"));
		var withdrawn = act(reviewer2, id, "WITHDRAW", "信息有误");
		assertThat(withdrawn.status()).as(withdrawn.raw()).isEqualTo(200);
		await().atMost(SOON).untilAsserted(() -> assertThat(ids(search("q=" + enc("犀鸟")))).doesNotContain(id));
	}

	@Test
	void filtersAndSortNarrowAndOrderResults() {
		var policy = form("zcwj", "示例自治州银杏古树保护办法", "<p>银杏古树是重要的自然遗产。</p>");
		policy.put("kind", "POLICY");
		policy.put("documentNo", "示政办发〔2026〕31号");
		policy.put("indexNo", "99010000/2026-10031");
		policy.put("issuingAuthority", "示例自治州人民政府");
		policy.put("writtenOn", "2026-03-01");
		policy.put("validity", "REPEALED");
		policy.put("validityChangedOn", "2026-01-01");
		var older = publish(policy);
		var newer = publish(form("yaowen", "银杏古树普查工作启动", "<p>普查银杏古树。</p>"));
		await().atMost(SOON).untilAsserted(() -> assertThat(ids(search("q=" + enc("银杏古树")))).contains(older, newer));

		assertThat(ids(search("q=" + enc("银杏古树") + "&kind=POLICY"))).contains(older).doesNotContain(newer);
		assertThat(ids(search("q=" + enc("银杏古树") + "&validity=REPEALED"))).containsExactly(older);
		assertThat(ids(search("q=" + enc("银杏古树") + "&column=" + columnId("yaowen")))).contains(newer).doesNotContain(older);
		assertThat(ids(search("q=" + enc("银杏古树") + "&site=9901000001"))).contains(older, newer);
		var tomorrow = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1);
		assertThat(ids(search("q=" + enc("银杏古树") + "&from=" + tomorrow))).isEmpty();
		assertThat(ids(search("q=" + enc("银杏古树") + "&to=" + tomorrow))).contains(older, newer);

		var byDate = ids(search("q=" + enc("银杏古树") + "&sort=date"));
		assertThat(byDate.indexOf(newer)).isLessThan(byDate.indexOf(older));
		var paged = search("q=" + enc("银杏古树") + "&sort=date&size=1&page=2");
		assertThat(paged.get("total").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(paged.get("page").asInt()).isEqualTo(1);
		assertThat(ids(paged)).hasSize(1).containsExactly(byDate.get(1));
	}

	@Test
	void titlesAndSnippetsComeBackEscapedWithOnlyEmMarks() {
		var id = publish(form("yaowen", "<script>alert(1)</script>鹈鹕保护通报", "<p>鹈鹕 &lt;b&gt;数量&lt;/b&gt; 增加。</p>"));
		await().atMost(SOON).untilAsserted(() -> assertThat(ids(search("q=" + enc("鹈鹕")))).contains(id));
		var hit = hit(search("q=" + enc("鹈鹕")), id);
		assertThat(hit.get("title").asString()).isEqualTo("<script>alert(1)</script>鹈鹕保护通报");
		assertThat(hit.get("titleHtml").asString()).startsWith("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;").contains("<em>鹈鹕</em>")
			.doesNotContain("<script");
		assertThat(hit.get("snippetHtml").asString()).contains("<em>鹈鹕</em>", "&lt;b&gt;").doesNotContain("<b>");
	}

	@Test
	void attachmentTextIsFound() throws Exception {
		var article = draft(form("tzgg", "关于报送季度材料的通知", "<p>详见附件。</p>"));
		assertThat(upload(article, "report.pdf", pdf("Quarterly platypus inventory report")).statusCode()).isEqualTo(201);
		assertThat(upload(article, "名单.docx", docx("附件正文：穿山甲救护站名单")).statusCode()).isEqualTo(201);
		review(article);

		// the first PDF and Word files a JVM reads load PDFBox, POI and their fonts: allow for that on a busy machine
		var firstParse = java.time.Duration.ofSeconds(45);
		await().atMost(firstParse).untilAsserted(() -> assertThat(ids(search("q=platypus"))).contains(article));
		await().atMost(firstParse).untilAsserted(() -> assertThat(ids(search("q=" + enc("穿山甲")))).contains(article));
		assertThat(hit(search("q=platypus"), article).get("snippetHtml").asString()).containsIgnoringCase("<em>platypus</em>");
	}

	@Test
	void aHomophoneTypoFindsTheTitleThatSoundsTheSameAndSuggestsItsWords() {
		var id = publish(form("yaowen", "全州萤火虫保护宣传周启动", "<p>宣传周活动丰富。</p>"));
		await().atMost(SOON).untilAsserted(() -> assertThat(ids(search("q=" + enc("萤火虫")))).contains(id));
		var typo = search("q=" + enc("萤火冲"));
		assertThat(ids(typo)).contains(id);
		assertThat(typo.get("suggestion").asString()).isEqualTo("萤火虫");
		var nothing = search("q=" + enc("量子引力波"));
		assertThat(nothing.get("total").asLong()).isZero();
		assertThat(nothing.get("suggestion").isNull()).isTrue();
	}

	@Test
	void badParametersAreRefusedInChinese() {
		var tooMany = api.get(null, "/api/v1/search?q=a&size=101");
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.detail()).isEqualTo("每页条数须在 1 到 100 之间");
		var badDate = api.get(null, "/api/v1/search?q=a&from=2026-13-01");
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.contentType()).startsWith("application/problem+json");
		assertThat(badDate.detail()).isEqualTo("起始日期「2026-13-01」无效，请按 yyyy-MM-dd 填写，例如 2026-03-01");
		assertThat(api.get(null, "/api/v1/search?q=a&from=2026-03-02&to=2026-03-01").detail()).isEqualTo("起始日期不能晚于截止日期");
		assertThat(api.get(null, "/api/v1/search?q=a&kind=NEWS").status()).isEqualTo(400);
		assertThat(api.get(null, "/api/v1/search?q=a&site=9999999999").detail()).startsWith("找不到网站「9999999999」");
	}

	@Test
	void onlyTheSystemAdministratorRebuildsAndTheIndexComesBackWhole() {
		var id = publish(form("yaowen", "全州穿山甲保护联席会议召开", "<p>会议研究保护工作。</p>"));
		await().atMost(SOON).untilAsserted(() -> assertThat(ids(search("q=" + enc("联席会议")))).contains(id));
		assertThat(api.post(editor, "/api/v1/search/rebuild", Map.of()).status()).isEqualTo(403);
		assertThat(api.post(null, "/api/v1/search/rebuild", Map.of()).status()).isEqualTo(401);
		var rebuild = api.post(admin, "/api/v1/search/rebuild", Map.of());
		assertThat(rebuild.status()).as(rebuild.raw()).isEqualTo(202);
		long change = rebuild.body().get("change").asLong();
		await().atMost(SOON).untilAsserted(() -> assertThat(api.get(admin, "/api/v1/search/status").body()
			.get("appliedChange").asLong()).isGreaterThanOrEqualTo(change));
		assertThat(ids(search("q=" + enc("联席会议")))).contains(id);
	}

	@Test
	void aSecondNodeFollowingTheSameFeedConverges(@TempDir Path directory) throws Exception {
		var before = publish(form("yaowen", "全州大鲵放流活动举行", "<p>放流大鲵。</p>"));
		var otherIndex = otherNodeIndex(directory);
		try {
			var otherNode = new SearchFeed(jdbc, otherIndex, content, documents, transactions, false);
			try {
				otherNode.poll();
				assertThat(ids(otherIndex.search(SearchQuery.of("大鲵")))).contains(before);
				var after = publish(form("yaowen", "大鲵保护区巡护通报", "<p>巡护大鲵。</p>"));
				act(reviewer2, before, "WITHDRAW", "重复发布");
				await().atMost(SOON).untilAsserted(() -> {
					otherNode.poll();
					assertThat(ids(otherIndex.search(SearchQuery.of("大鲵")))).contains(after).doesNotContain(before);
				});
			}
			finally {
				otherNode.shutdown();
			}
			// a restart with --govsite.search.rebuild-on-start=true rebuilds from the database and ends level with the feed
			otherIndex.remove(new org.govsite.content.ArticleId(java.util.UUID.fromString(ids(otherIndex.search(SearchQuery.of("大鲵"))).get(0))));
			otherIndex.commit(otherIndex.appliedChange());
			assertThat(ids(otherIndex.search(SearchQuery.of("大鲵")))).isEmpty();
			var restarted = new SearchFeed(jdbc, otherIndex, content, documents, transactions, true);
			try {
				restarted.poll();
				assertThat(ids(otherIndex.search(SearchQuery.of("大鲵")))).hasSize(1);
				assertThat(otherIndex.appliedChange()).isEqualTo(
						jdbc.sql("SELECT max(seq) FROM search_change").query(Long.class).single());
			}
			finally {
				restarted.shutdown();
			}
		}
		finally {
			((AutoCloseable) otherIndex).close();
		}
	}

	/** The index of another node following the same feed (its own Lucene index in a directory of its own). */
	SearchIndex otherNodeIndex(Path directory) {
		return new LuceneSearchIndex(directory);
	}

	static List<String> ids(SearchResults results) {
		return results.hits().stream().map(hit -> hit.id().value().toString()).toList();
	}

	// --- helpers

	JsonNode search(String query) {
		var response = api.get(null, "/api/v1/search?" + query);
		assertThat(response.status()).as(response.raw()).isEqualTo(200);
		return response.body();
	}

	static List<String> ids(JsonNode results) {
		return results.get("hits").valueStream().map(hit -> hit.get("id").asString()).toList();
	}

	static JsonNode hit(JsonNode results, String id) {
		return results.get("hits").valueStream().filter(hit -> hit.get("id").asString().equals(id)).findFirst().orElseThrow();
	}

	static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	Map<String, Object> form(String column, String title, String body) {
		var form = new HashMap<String, Object>();
		form.put("columnId", columnId(column));
		form.put("title", title);
		form.put("body", body);
		form.put("important", false);
		return form;
	}

	String draft(Map<String, Object> form) {
		var response = api.post(editor, "/api/v1/articles", form);
		assertThat(response.status()).as(response.raw()).isEqualTo(201);
		return response.body().get("id").asString();
	}

	/** Writes and publishes through 三审: editor submits, 初审 and 复审 approve (ordinary articles skip 终审). */
	String publish(Map<String, Object> form) {
		var id = draft(form);
		review(id);
		return id;
	}

	void review(String id) {
		assertThat(act(editor, id, "SUBMIT", null).status()).isEqualTo(200);
		assertThat(act(reviewer1, id, "APPROVE", "同意").status()).isEqualTo(200);
		var published = act(reviewer2, id, "APPROVE", "同意发布");
		assertThat(published.body().at("/article/state").asString()).as(published.raw()).isEqualTo("PUBLISHED");
	}

	Api.Response act(String token, String id, String action, String comment) {
		var body = new HashMap<String, Object>();
		body.put("action", action);
		body.put("comment", comment);
		return api.post(token, "/api/v1/articles/" + id + "/transitions", body);
	}

	String columnId(String slug) {
		var portal = api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> "9901000001".equals(site.path("siteCode").asString())).findFirst().orElseThrow().get("id").asString();
		return api.get(admin, "/api/v1/sites/" + portal + "/columns").body().valueStream()
			.filter(column -> column.get("slug").asString().equals(slug)).findFirst().orElseThrow().get("id").asString();
	}

	static byte[] pdf(String text) throws Exception {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			var page = new PDPage();
			document.addPage(page);
			try (var content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] docx(String text) throws Exception {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
	}

	HttpResponse<String> upload(String article, String name, byte[] bytes) throws Exception {
		var boundary = "govsite" + System.nanoTime();
		var body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(bytes);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/articles/" + article + "/attachments"))
			.header("Authorization", "Bearer " + editor)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
	}
}
