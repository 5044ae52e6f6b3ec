package org.govsite.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.govsite.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public side through real HTTP on real PostgreSQL: escaping, idempotency, concurrency, abuse control, status. */
@ContextWithMovableClock
class MessagePublicApiTests {

	static final String PORTAL = "9901000001";
	static final String SCRIPT = "<script>alert('x')</script>";

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	PublicClient citizen;
	Api api;

	@BeforeEach
	void setUp() {
		citizen = new PublicClient(port);
		api = citizen.api();
	}

	@Test
	void aScriptInEveryFieldIsStoredAsTypedAndPublishedEscaped() {
		var title = "标题" + SCRIPT;
		var content = "内容" + SCRIPT + "\n我的电话 13900001111";
		var name = "张" + SCRIPT;
		var message = citizen.message(PORTAL, "CONSULTATION", title, content, name, "13912345678");
		var submitted = citizen.submit(message);
		assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
		assertThat(submitted.body().get("queryCode").asString()).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}");
		var id = submitted.body().get("id").asString();

		var stored = jdbc.sql("SELECT title, content, name, mobile FROM interaction_message WHERE id = ?::uuid")
			.param(id).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).single();
		assertThat(stored).containsExactly(title, content, name, "13912345678");

		var responder = api.token("responder", "GovSite@2026");
		var reviewer = api.token("reviewer1", "GovSite@2026");
		var path = "/api/v1/messages/" + id + "/transitions";
		assertThat(api.post(responder, path, Map.of("action", "ACCEPT")).status()).isEqualTo(200);
		assertThat(api.post(responder, path, Map.of("action", "START", "comment", "开始办理")).status()).isEqualTo(200);
		assertThat(api.post(responder, path, Map.of("action", "ANSWER", "reply", "答复" + SCRIPT)).status()).isEqualTo(200);
		var early = api.post(responder, path, Map.of("action", "PUBLISH"));
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.detail()).isEqualTo("答复须经初审人员审核后才能公开");
		assertThat(api.post(responder, path, Map.of("action", "SIGN_OFF")).status()).isEqualTo(403);
		assertThat(api.post(reviewer, path, Map.of("action", "SIGN_OFF")).status()).isEqualTo(200);
		var published = api.post(responder, path, Map.of("action", "PUBLISH"));
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.body().get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(published.body().get("history")).hasSize(6);

		var page = citizen.page("/public/messages/" + PORTAL);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
		var html = page.body();
		assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
		assertThat(html).contains("张*").doesNotContain("张&lt;script").contains("139****1111").doesNotContain("13900001111");
		assertThat(html).contains("答复&lt;script&gt;");

		var json = api.get(null, "/api/v1/public/messages?siteCode=" + PORTAL);
		assertThat(json.raw()).doesNotContain("13912345678");
	}

	@Test
	void theSameClientTokenTwiceGivesOneMessage() {
		var message = citizen.message(PORTAL, "SUGGESTION", "建议增加夜间办事窗口", "建议政务大厅周四延长至晚八点", "李四", "13700000001");
		var first = citizen.submit(message);
		var second = citizen.submit(message);
		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body().get("created").asBoolean()).isFalse();
		assertThat(second.body().get("queryCode").asString()).isEqualTo(first.body().get("queryCode").asString());
		assertThat(jdbc.sql("SELECT count(*) FROM interaction_message WHERE client_token = ?")
			.param(message.get("clientToken")).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void concurrentSubmissionsAreAllCountedOnce() throws Exception {
		long before = jdbc.sql("SELECT count(*) FROM interaction_message").query(Long.class).single();
		var pool = Executors.newFixedThreadPool(8);
		var tasks = new ArrayList<Callable<Api.Response>>();
		for (int i = 0; i < 50; i++) {
			var message = citizen.message(PORTAL, "CONSULTATION", "并发留言 " + i, "并发测试内容第 " + i + " 条",
					"王五", String.format("1350000%04d", i));
			tasks.add(() -> citizen.submit(message));
			if (i % 10 == 0) {
				var retry = message; // a double click: the same token again, concurrently
				tasks.add(() -> citizen.submit(retry));
			}
		}
		long start = System.nanoTime();
		List<Future<Api.Response>> futures = pool.invokeAll(tasks);
		pool.shutdown();
		assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
		double seconds = (System.nanoTime() - start) / 1e9;
		int created = 0;
		int replayed = 0;
		for (var future : futures) {
			var response = future.get();
			if (response.status() == 201) {
				created++;
			}
			else if (response.status() == 200) {
				replayed++;
			}
		}
		long after = jdbc.sql("SELECT count(*) FROM interaction_message").query(Long.class).single();
		System.out.printf("[interaction] concurrent run: %d requests on 8 threads, %d created, %d replays, %d rows, %.2f s, %.1f req/s%n",
				tasks.size(), created, replayed, after - before, seconds, tasks.size() / seconds);
		assertThat(created).isEqualTo(50);
		assertThat(created + replayed).isEqualTo(tasks.size());
		assertThat(after - before).isEqualTo(created);
	}

	@Test
	void refusesDuplicatesWrongCaptchaAndBadFieldsWithChineseReasons() {
		var first = citizen.message(PORTAL, "COMPLAINT", "噪音扰民", "夜间施工噪音扰民，请查处", "赵六", "13600000002");
		assertThat(citizen.submit(first).status()).isEqualTo(201);
		var again = citizen.message(PORTAL, "COMPLAINT", "噪音扰民（再次）", "夜间施工噪音扰民，请查处", "赵六", "13600000002");
		var duplicate = citizen.submit(again);
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.detail()).isEqualTo("您在 10 分钟内已提交过相同内容的留言，请勿重复提交");

		var bad = citizen.message(PORTAL, "ERROR_REPORT", " ", "链接打不开", "孙七", "12345");
		bad.remove("problemType");
		bad.put("captchaAnswer", "99");
		bad.put("email", "not-an-email");
		var refused = citizen.submit(bad);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().get("reasons").toString()).contains("“我为政府网站找错”须选择问题类型", "请填写留言标题",
				"请填写正确的 11 位手机号码", "电子邮箱格式不正确", "验证问题回答错误或已过期，请重新作答");
		assertThat(refused.body().get("fields").get(0).get("field").asString()).isEqualTo("problemType");

		var used = citizen.message(PORTAL, "CONSULTATION", "问题一", "内容一", "周八", "13600000003");
		assertThat(citizen.submit(used).status()).isEqualTo(201);
		used.put("clientToken", java.util.UUID.randomUUID().toString());
		used.put("content", "内容二");
		var replay = citizen.submit(used);
		assertThat(replay.status()).isEqualTo(422);
		assertThat(replay.detail()).isEqualTo("该验证问题已使用过，请重新作答");
	}

	@Test
	void limitsSubmissionsPerMobileNumberAcrossNodesInTheDatabase() {
		for (int i = 0; i < 10; i++) {
			assertThat(citizen.submit(citizen.message(PORTAL, "CONSULTATION", "问题 " + i, "不同内容 " + i, "吴九",
					"13600000009")).status()).isEqualTo(201);
		}
		var eleventh = citizen.submit(citizen.message(PORTAL, "CONSULTATION", "问题 11", "不同内容 11", "吴九", "13600000009"));
		assertThat(eleventh.status()).isEqualTo(429);
		assertThat(eleventh.detail()).isEqualTo("该手机号码今日提交的留言已达 10 条上限，请明日再试");
		assertThat(jdbc.sql("SELECT hits FROM interaction_rate WHERE bucket = 'submit-mobile:13600000009'")
			.query(Integer.class).single()).isEqualTo(11);
	}

	@Test
	void theCitizenFollowsTheMessageWithQueryCodeAndMobile() {
		var submitted = citizen.submit(citizen.message(PORTAL, "CONSULTATION", "社保查询", "如何查询社保缴费记录", "郑十", "13600000010"));
		assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
		var code = submitted.body().get("queryCode").asString();
		var status = api.post(null, "/api/v1/public/messages/status", Map.of("queryCode", code.toLowerCase(), "mobile", "13600000010"));
		assertThat(status.status()).isEqualTo(200);
		assertThat(status.body().get("status").asString()).isEqualTo("RECEIVED");
		assertThat(status.body().get("statusLabel").asString()).isEqualTo("待受理");
		var wrong = api.post(null, "/api/v1/public/messages/status", Map.of("queryCode", code, "mobile", "13600000011"));
		assertThat(wrong.status()).isEqualTo(404);
		assertThat(wrong.detail()).isEqualTo("查询码与手机号码不匹配，未找到留言");
	}

	/** Issue 14: 留言公开 searchable by category and keyword (title or reply, as the page shows them), with 答复时间. */
	@Test
	void publishedRepliesAreFoundByCategoryAndKeywordButNeverByHiddenPersonalData() {
		var tag = "犀角" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1000, 9999);
		var phone = "1390000" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1000, 9999);
		var suggestion = publishOne("SUGGESTION", tag + "路灯维修建议 电话" + phone, "答复：" + tag + "路灯已安排检修。");
		var consultation = publishOne("CONSULTATION", tag + "办证咨询", "请到政务服务中心办理。");

		var bySuggestion = api.get(null, "/api/v1/public/messages?siteCode=" + PORTAL + "&category=SUGGESTION&q=" + enc(tag)).body();
		assertThat(bySuggestion.valueStream().map(m -> m.get("id").asString()).toList()).containsExactly(suggestion);
		var byKeyword = api.get(null, "/api/v1/public/messages?siteCode=" + PORTAL + "&q=" + enc(tag)).body();
		assertThat(byKeyword.valueStream().map(m -> m.get("id").asString()).toList()).containsExactlyInAnyOrder(suggestion, consultation);
		assertThat(byKeyword.get(0).get("answeredOn").isNull()).isFalse();
		// the phone number is masked on the page, so it finds nothing
		assertThat(api.get(null, "/api/v1/public/messages?siteCode=" + PORTAL + "&q=" + phone).body().size()).isZero();

		var page = citizen.page("/public/messages/" + PORTAL + "?category=SUGGESTION&q=" + enc(tag));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(tag + "路灯维修建议", "答复单位", "答复时间").doesNotContain(tag + "办证咨询")
			.doesNotContain(phone);
	}

	private String publishOne(String category, String title, String reply) {
		var mobile = "1360000" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1000, 9999);
		var submitted = citizen.submit(citizen.message(PORTAL, category, title, "内容：" + title, "赵某", mobile));
		assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
		var id = submitted.body().get("id").asString();
		var responder = api.token("responder", "GovSite@2026");
		var path = "/api/v1/messages/" + id + "/transitions";
		api.post(responder, path, Map.of("action", "ACCEPT"));
		api.post(responder, path, Map.of("action", "START", "comment", "开始办理"));
		api.post(responder, path, Map.of("action", "ANSWER", "reply", reply));
		api.post(api.token("reviewer1", "GovSite@2026"), path, Map.of("action", "SIGN_OFF"));
		assertThat(api.post(responder, path, Map.of("action", "PUBLISH")).status()).isEqualTo(200);
		return id;
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	/** Issue 14, responder: 受理并答复 in one step — all three moves or none. */
	@Test
	void aResponderAcceptsAndAnswersInOneStepOrNotAtAll() {
		var mobile = "1380000" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1000, 9999);
		var submitted = citizen.submit(citizen.message(PORTAL, "CONSULTATION", "图书馆开放时间", "周一是否开放？", "周某", mobile));
		var id = submitted.body().get("id").asString();
		var responder = api.token("responder", "GovSite@2026");
		var path = "/api/v1/messages/" + id + "/accept-and-answer";
		var noReply = api.post(responder, path, Map.of("comment", ""));
		assertThat(noReply.status()).isEqualTo(422);
		assertThat(noReply.detail()).isEqualTo("请填写答复内容");
		assertThat(api.get(responder, "/api/v1/messages/" + id).body().get("status").asString()).isEqualTo("RECEIVED");
		assertThat(api.post(api.token("editor", "GovSite@2026"), path, Map.of("reply", "不是我的留言")).status()).isEqualTo(403);
		assertThat(api.get(responder, "/api/v1/messages/" + id).body().get("status").asString()).isEqualTo("RECEIVED");

		var answered = api.post(responder, path, Map.of("reply", "图书馆周一闭馆，周二至周日开放。"));
		assertThat(answered.status()).as(answered.raw()).isEqualTo(200);
		assertThat(answered.body().get("status").asString()).isEqualTo("ANSWERED");
		assertThat(answered.body().get("history").valueStream().map(h -> h.get("action").asString()).toList())
			.containsSubsequence("ACCEPT", "START", "ANSWER");
		var again = api.post(responder, path, Map.of("reply", "再答一次"));
		assertThat(again.status()).isIn(409, 422);
		assertThat(again.detail()).isEqualTo("留言当前状态为「已答复」，不能执行「受理」操作");
	}

	/** Issue 14: 满意度评价 — once, after the answer, a reason when not satisfied; the statistics count it. */
	@Test
	void theCitizenRatesTheAnswerOnceAndTheStatisticsCountIt() {
		var mobile = "1370000" + (1000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(9000));
		var submitted = citizen.submit(citizen.message(PORTAL, "CONSULTATION", "公积金提取", "如何提取住房公积金", "钱十一", mobile));
		assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
		var code = submitted.body().get("queryCode").asString();
		var id = submitted.body().get("id").asString();
		var early = api.post(null, "/api/v1/public/messages/rating", Map.of("queryCode", code, "mobile", mobile, "rating", "SATISFIED"));
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.detail()).isEqualTo("留言答复后才能评价，当前状态：待受理");

		var responder = api.token("responder", "GovSite@2026");
		var supervisor = api.token("supervisor", "GovSite@2026");
		var portal = jdbc.sql("SELECT id::text FROM site WHERE site_code = ?").param(PORTAL).query(String.class).single();
		// the platform's clock may not be today's: a wide period holds the message whatever day it was received on
		var statistics = "/api/v1/messages/statistics?siteId=" + portal + "&from=2020-01-01&to=2030-12-31";
		long basicBefore = api.get(supervisor, statistics).body().get("basicallySatisfied").asLong();
		var path = "/api/v1/messages/" + id + "/transitions";
		api.post(responder, path, Map.of("action", "ACCEPT"));
		api.post(responder, path, Map.of("action", "START", "comment", "开始办理"));
		assertThat(api.post(responder, path, Map.of("action", "ANSWER", "reply", "请携带身份证到公积金中心办理。")).status()).isEqualTo(200);

		var asked = api.post(null, "/api/v1/public/messages/status", Map.of("queryCode", code, "mobile", mobile)).body();
		assertThat(asked.get("mayRate").asBoolean()).isTrue();
		var noReason = api.post(null, "/api/v1/public/messages/rating", Map.of("queryCode", code, "mobile", mobile, "rating", "UNSATISFIED"));
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.detail()).isEqualTo("选择「不满意」时请填写原因，以便改进");
		var wrongMobile = api.post(null, "/api/v1/public/messages/rating", Map.of("queryCode", code, "mobile", "13700009999", "rating", "SATISFIED"));
		assertThat(wrongMobile.status()).isEqualTo(404);

		var rated = api.post(null, "/api/v1/public/messages/rating", Map.of("queryCode", code, "mobile", mobile, "rating", "BASIC",
				"reason", "答复清楚，但办理地点可写得更具体"));
		assertThat(rated.status()).as(rated.raw()).isEqualTo(200);
		assertThat(rated.body().get("ratingLabel").asString()).isEqualTo("基本满意");
		assertThat(rated.body().get("mayRate").asBoolean()).isFalse();
		var again = api.post(null, "/api/v1/public/messages/rating", Map.of("queryCode", code, "mobile", mobile, "rating", "SATISFIED"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.detail()).isEqualTo("该留言已评价过，感谢您的反馈");

		var figures = api.get(supervisor, statistics).body();
		assertThat(figures.get("basicallySatisfied").asLong()).as(figures.toString()).isEqualTo(basicBefore + 1);
		assertThat(figures.get("satisfactionRate").asDouble()).isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'MESSAGE_RATED' AND target_id = ?").param(id)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theFormPageCarriesClientTokenAndAChineseQuestionAndNeedsNoSession() {
		var page = citizen.page("/public/messages/" + PORTAL + "/new");
		assertThat(page.statusCode()).isEqualTo(200);
		var html = page.body();
		// no session and no CSRF token: the form's signed captcha token is its nonce, so no expired session loses it
		assertThat(html).doesNotContain("name=\"_csrf\"");
		assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("GOVSITE_SESSION="));
		assertThat(html).contains("lang=\"zh-CN\"", "name=\"clientToken\"", "name=\"captchaToken\"",
				"<label for=\"mobile\">", "示例自治州人民政府门户网站").containsPattern("[一二三四五六七八九十][加减][一二三四五六七八九十]等于几？");
		// no inline style or script (the CSP forbids them); the site's own script file is loaded by src
		assertThat(html).doesNotContain("style=").doesNotContainPattern("<script(?![^>]*\\bsrc=)");
		assertThat(citizen.page("/public/messages/new").statusCode()).isEqualTo(200);
		assertThat(citizen.page("/public/messages/status").statusCode()).isEqualTo(200);
		assertThat(citizen.page("/public/messages/0000000000/new").statusCode()).isEqualTo(404);
	}
}
