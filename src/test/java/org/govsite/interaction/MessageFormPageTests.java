package org.govsite.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The HTML form as a browser uses it: hidden client token, Chinese question with its signed token (no session, no CSRF
 * token: a form outlives any session), redirect to the receipt.
 */
@ContextWithMovableClock
class MessageFormPageTests {

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	@Autowired org.govsite.support.MutableClock clock;

	final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void submitsTheFormOnceEvenWhenSentTwiceAndShowsTheQueryCode() throws Exception {
		var form = get("/public/messages/9901000001/new").body();
		var fields = new LinkedHashMap<String, String>();
		fields.put("clientToken", hidden(form, "clientToken"));
		fields.put("captchaToken", worked(form)); // what the page's script does
		var question = find(form, "([一二三四五六七八九十][加减][一二三四五六七八九十]等于几？)");
		fields.put("captchaAnswer", Integer.toString(PublicClient.solve(question)));
		fields.put("category", "CONSULTATION");
		fields.put("title", "办理居住证需要哪些材料");
		fields.put("content", "请问外地户籍人员办理居住证需要哪些材料？");
		fields.put("name", "陈晨");
		fields.put("mobile", "13800000201");
		fields.put("publishConsent", "true");

		var first = post("/public/messages/9901000001/new", fields);
		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(first.headers().firstValue("Location").orElse("")).endsWith("/public/messages/receipt?site=9901000001");
		var receipt = get("/public/messages/receipt?site=9901000001");
		assertThat(receipt.body()).contains("留言已提交").containsPattern("class=\"code\" id=\"query-code\">[23456789A-HJKMNP-Z]{12}<");

		var again = post("/public/messages/9901000001/new", fields);
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("SELECT count(*) FROM interaction_message WHERE client_token = ?")
			.param(fields.get("clientToken")).query(Long.class).single()).isEqualTo(1);

	}

	@Test
	void aMessageTypedBeforeTheSessionExpiredIsAcceptedWithoutIt() throws Exception {
		// the citizen opened the form, typed for a while; meanwhile the session (and its cookie) went away
		var form = get("/public/messages/9901000001/new").body();
		var fields = answered(form);
		fields.put("category", "SUGGESTION");
		fields.put("title", "建议增设公交站台遮阳棚");
		fields.put("content", "城关镇人民路公交站台夏季日晒严重，建议增设遮阳棚。");
		fields.put("name", "周敏");
		fields.put("mobile", "13800000202");

		var cookieless = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		var sent = send(cookieless, post("/public/messages/9901000001/new", fields, "_csrf=stale-token-of-a-lost-session"));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElse("")).contains("/public/messages/receipt");
		var receipt = URI.create("http://localhost:" + port).resolve(sent.headers().firstValue("Location").orElseThrow());
		assertThat(send(cookieless, HttpRequest.newBuilder(receipt).GET().build()).body()).contains("留言已提交");
		assertThat(jdbc.sql("SELECT title FROM interaction_message WHERE client_token = ?")
			.param(fields.get("clientToken")).query(String.class).single()).isEqualTo("建议增设公交站台遮阳棚");
	}

	@Test
	void anOpinionTypedBeforeTheSessionExpiredIsAcceptedWithoutIt() throws Exception {
		var api = new org.govsite.support.Api(port);
		var responder = api.token("responder", "GovSite@2026");
		var solicitation = new LinkedHashMap<String, Object>();
		solicitation.put("siteId", jdbc.sql("SELECT id::text FROM site WHERE site_code = '9901000001'").query(String.class).single());
		solicitation.put("title", "关于老旧小区加装电梯的意见征集");
		solicitation.put("description", "请提出意见。");
		solicitation.put("startsAt", clock.instant().minus(Duration.ofMinutes(5)).atOffset(java.time.ZoneOffset.ofHours(8)).toString());
		solicitation.put("endsAt", clock.instant().plus(Duration.ofDays(10)).atOffset(java.time.ZoneOffset.ofHours(8)).toString());
		var created = api.post(responder, "/api/v1/solicitations", solicitation);
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var id = created.body().get("id").asString();
		assertThat(api.post(responder, "/api/v1/solicitations/" + id + "/transitions", Map.of("action", "OPEN")).status()).isEqualTo(200);

		var path = "/public/solicitations/9901000001/" + id;
		var page = get(path).body();
		var fields = answered(page);
		fields.put("name", "孙丽");
		fields.put("mobile", "13800000203");
		fields.put("content", "建议财政补贴一半费用。");
		var sent = send(HttpClient.newHttpClient(), post(path, fields, null));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
		assertThat(jdbc.sql("SELECT content FROM interaction_opinion WHERE client_token = ?")
			.param(fields.get("clientToken")).query(String.class).single()).isEqualTo("建议财政补贴一半费用。");
	}

	@Test
	void theReceiptAndTheStatusLookUpOfASiteWearTheSitesClothesAndLeadBackToIt() throws Exception {
		var form = get("/public/messages/9901000001/new").body();
		var fields = answered(form);
		fields.put("category", "CONSULTATION");
		fields.put("title", "社区食堂开放时间");
		fields.put("content", "请问城关镇社区食堂周末是否开放？");
		fields.put("name", "钱进");
		fields.put("mobile", "13800000204");
		var sent = post("/public/messages/9901000001/new", fields);
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElse("")).endsWith("/public/messages/receipt?site=9901000001");

		var receipt = org.jsoup.Jsoup.parse(get("/public/messages/receipt?site=9901000001").body());
		assertThat(receipt.select("h1").text()).isEqualTo("留言已提交");
		assertPortalClothes(receipt);
		assertThat(receipt.select("main a[href=/public/messages/status?site=9901000001]").text()).isEqualTo("查询留言办理情况");
		var code = receipt.select(".code").text();

		var status = org.jsoup.Jsoup.parse(get("/public/messages/status?site=9901000001").body());
		assertPortalClothes(status);
		assertThat(status.select("main form[method=post]").attr("action")).isEqualTo("/public/messages/status?site=9901000001");
		var result = org.jsoup.Jsoup.parse(post("/public/messages/status?site=9901000001",
				Map.of("queryCode", code, "mobile", "13800000204")).body());
		assertThat(result.select(".result").text()).contains("社区食堂开放时间");
		assertPortalClothes(result);
	}

	/** The portal's own header (its name leading to its home page), navigation, footer and 长者模式. */
	static void assertPortalClothes(org.jsoup.nodes.Document page) {
		assertThat(page.select("header.identity a.site-id[href=/sites/9901000001/index.html] .site-name").text())
			.isEqualTo("示例自治州人民政府门户网站");
		assertThat(page.select("nav.mainnav a[href=/sites/9901000001/hdjl/index.html]").text()).isEqualTo("互动交流");
		assertThat(page.select("footer.site-footer")).hasSize(1);
		assertThat(page.select("#elder-toggle")).hasSize(1);
		assertThat(page.select("header.masthead")).isEmpty();
	}

	@Test
	void anUnknownPublicAddressAnswersAPublicPageNotTheConsoles() throws Exception {
		var missing = get("/public/messages/9901000001/new/nothing-here");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("页面不存在").doesNotContain("返回概览").doesNotContain("class=\"topbar\"")
			.doesNotContain("系统管理员");
	}

	@Test
	void showsErrorsLinkedToTheirFields() throws Exception {
		var form = get("/public/messages/new").body();
		var fields = Map.of("clientToken", hidden(form, "clientToken"),
				"captchaToken", worked(form), "captchaAnswer", "99", "mobile", "123");
		var refused = post("/public/messages/new", fields);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("href=\"#mobile\"", "id=\"mobile-error\"", "aria-describedby=\"mobile-error mobile-hint\"",
				"请填写正确的 11 位手机号码", "请选择留言类别", "验证问题回答错误或已过期，请重新作答", "aria-invalid=\"true\"");
	}

	@Autowired com.github.kagkarlsson.scheduler.Scheduler scheduler;

	@Test
	void theDeadlineWatchIsScheduledInTheDatabase() {
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
				"SELECT count(*) FROM scheduled_tasks WHERE task_name IN ('interaction-deadline-watch', 'interaction-webhook-outbox')")
			.query(Long.class).single() == 2);
	}

	HttpResponse<String> get(String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
		return send(browser, post(path, fields, null));
	}

	HttpRequest post(String path, Map<String, String> fields, @org.jspecify.annotations.Nullable String extra) {
		var body = fields.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&")) + (extra == null ? "" : "&" + extra);
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build();
	}

	static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** The page's captcha token with the proof of work its script would add. */
	static String worked(String html) {
		return CaptchaWork.solve(hidden(html, "captchaToken"), Integer.parseInt(find(html, "data-work-bits=\"(\\d+)\"")));
	}

	/** A public form's hidden client token and its question answered as the page's script and a citizen would. */
	private LinkedHashMap<String, String> answered(String page) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("clientToken", hidden(page, "clientToken"));
		fields.put("captchaToken", worked(page));
		fields.put("captchaAnswer", Integer.toString(PublicClient.solve(find(page, "([一二三四五六七八九十][加减][一二三四五六七八九十]等于几？)"))));
		return fields;
	}

	static String hidden(String html, String name) {
		return find(html, "name=\"" + Pattern.quote(name) + "\"\\s+value=\"([^\"]*)\"");
	}

	static String find(String html, String regex) {
		var matcher = Pattern.compile(regex).matcher(html);
		assertThat(matcher.find()).as("%s in page", regex).isTrue();
		return matcher.group(1);
	}
}
