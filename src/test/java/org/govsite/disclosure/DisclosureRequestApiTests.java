package org.govsite.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;

import java.util.Map;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.govsite.audit.AuditTrail;
import org.govsite.support.Api;
import org.govsite.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request from the public API to the decision letter, on the real calendar, with the clock moved day by day:
 * received online on Wednesday 1 Apr 2026 (deadline 30 Apr), a third party consulted 10–17 Apr (deadline 11 May),
 * extended once by 20 working days (8 Jun), a second extension refused, answered 部分公开 with its ground; the
 * applicant follows it by tracking code and downloads the letter. A posted request left unanswered is escalated.
 */
@DisclosureContext
class DisclosureRequestApiTests {

	static final String DIGITS = "零一二三四五六七八九十";
	static final String PORTAL = "9901000001";

	@LocalServerPort int port;
	@Autowired MutableClock clock;
	@Autowired DisclosureWatch watch;
	@Autowired AuditTrail audit;

	static int solve(String question) {
		char op = question.contains("加") ? '加' : '减';
		var parts = question.substring(0, question.indexOf("等于")).split(String.valueOf(op));
		int a = DIGITS.indexOf(parts[0]);
		int b = DIGITS.indexOf(parts[1]);
		return op == '加' ? a + b : a - b;
	}

	static Map<String, Object> publicRequest(Api api, String mobile, boolean rightAnswer) {
		var captcha = api.get(null, "/api/v1/public/captcha").body();
		var body = new HashMap<String, Object>();
		body.put("siteCode", PORTAL);
		body.put("applicantKind", "PERSON");
		body.put("applicantName", "张三");
		body.put("idNumber", "110101199003071234");
		body.put("mobile", mobile);
		body.put("email", "zhangsan@example.cn");
		body.put("description", "2025年度城关镇老旧小区改造项目的招标文件及中标结果");
		body.put("preferredForm", "ELECTRONIC");
		body.put("delivery", "EMAIL");
		body.put("clientToken", UUID.randomUUID().toString());
		body.put("captchaToken", org.govsite.interaction.CaptchaWork.solve(captcha.get("token").asString(),
				captcha.get("workBits").asInt()));
		int answer = solve(captcha.get("question").asString());
		body.put("captchaAnswer", Integer.toString(rightAnswer ? answer : answer + 1));
		return body;
	}

	void moveTo(String beijingNine) {
		var target = java.time.LocalDate.parse(beijingNine).atTime(9, 0).atZone(org.govsite.shared.BeijingTime.ZONE)
			.toInstant();
		clock.advance(Duration.between(clock.instant(), target));
	}

	@Test
	void aRequestRunsFromThePublicFormToTheDecisionLetterOnTheStatutoryClock() throws Exception {
		var api = new Api(port);
		moveTo("2026-04-01");
		var wrong = api.post(null, "/api/v1/public/disclosure-requests", publicRequest(api, "13900001111", false));
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.body().path("fields").get(0).path("field").asString()).isEqualTo("captchaAnswer");

		var form = publicRequest(api, "13900001111", true);
		var created = api.post(null, "/api/v1/public/disclosure-requests", form);
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		assertThat(created.body().get("receivedOn").asString()).isEqualTo("2026-04-01");
		assertThat(created.body().get("deadline").asString()).isEqualTo("2026-04-30");
		var code = created.body().get("trackingCode").asString();
		var id = created.body().get("id").asString();
		var retry = api.post(null, "/api/v1/public/disclosure-requests", form);
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.body().get("trackingCode").asString()).isEqualTo(code);

		var officer = api.token("disclosure", "GovSite@2026");
		var editor = api.token("editor", "GovSite@2026");
		assertThat(api.get(editor, "/api/v1/disclosure-requests/" + id).status()).isEqualTo(403);
		var read = api.get(officer, "/api/v1/disclosure-requests/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().get("channel").asString()).isEqualTo("ONLINE");
		var deadline = api.get(officer, "/api/v1/disclosure-requests/" + id + "/deadline").body();
		assertThat(deadline.get("deadline").asString()).isEqualTo("2026-04-30");
		assertThat(deadline.get("paused").asBoolean()).isFalse();
		assertThat(deadline.get("extended").asBoolean()).isFalse();

		moveTo("2026-04-10");
		officer = api.token("disclosure", "GovSite@2026"); // a new day, a new sign-in (tokens live 8 hours)
		var consult = api.post(officer, "/api/v1/disclosure-requests/" + id + "/transitions",
				Map.of("action", "CONSULT", "thirdParty", "某建设工程有限公司"));
		assertThat(consult.status()).as(consult.raw()).isEqualTo(200);
		deadline = api.get(officer, "/api/v1/disclosure-requests/" + id + "/deadline").body();
		assertThat(deadline.get("paused").asBoolean()).isTrue();
		assertThat(deadline.get("consultationDue").asString()).isEqualTo("2026-05-06");

		moveTo("2026-04-17");
		officer = api.token("disclosure", "GovSite@2026"); // a new day, a new sign-in (tokens live 8 hours)
		api.post(officer, "/api/v1/disclosure-requests/" + id + "/transitions", Map.of("action", "RESUME"));
		deadline = api.get(officer, "/api/v1/disclosure-requests/" + id + "/deadline").body();
		assertThat(deadline.get("deadline").asString()).isEqualTo("2026-05-11");
		assertThat(deadline.get("paused").asBoolean()).isFalse();

		var extend = Map.<String, Object>of("action", "EXTEND", "days", 20, "approvedBy", "信息公开办 李主任", "note",
				"涉及第三方权益，需进一步核实");
		assertThat(api.post(officer, "/api/v1/disclosure-requests/" + id + "/transitions", extend).status())
			.isEqualTo(200);
		deadline = api.get(officer, "/api/v1/disclosure-requests/" + id + "/deadline").body();
		assertThat(deadline.get("deadline").asString()).isEqualTo("2026-06-08");
		assertThat(deadline.get("extended").asBoolean()).isTrue();
		var again = api.post(officer, "/api/v1/disclosure-requests/" + id + "/transitions", extend);
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.detail()).isEqualTo("答复期限只能延长一次，本申请已延期 20 个工作日，不能再次延期");

		moveTo("2026-05-20");
		officer = api.token("disclosure", "GovSite@2026"); // a new day, a new sign-in (tokens live 8 hours)
		var noGround = api.post(officer, "/api/v1/disclosure-requests/" + id + "/transitions",
				Map.of("action", "ANSWER", "outcome", "PARTLY_DISCLOSED", "reply", "现将招标文件提供给您。"));
		assertThat(noGround.status()).isEqualTo(422);
		assertThat(noGround.detail()).isEqualTo("「部分公开」须写明理由和法律依据");
		var answered = api.post(officer, "/api/v1/disclosure-requests/" + id + "/transitions",
				Map.of("action", "ANSWER", "outcome", "PARTLY_DISCLOSED", "ground",
						"投标人的商业秘密依据《中华人民共和国政府信息公开条例》第十五条不予公开", "reply", "现将招标文件及中标结果提供给您。"));
		assertThat(answered.status()).as(answered.raw()).isEqualTo(200);
		assertThat(answered.body().get("status").asString()).isEqualTo("ANSWERED");
		assertThat(answered.body().get("clock").get("late").asBoolean()).isFalse();
		assertThat(api.post(officer, "/api/v1/disclosure-requests/" + id + "/transitions", extend).detail())
			.isEqualTo("申请当前状态为「已答复」，不能执行「延期答复」操作");

		var letter = download("/api/v1/disclosure-requests/" + id + "/letter", officer, null);
		assertThat(letter.statusCode()).isEqualTo(200);
		var text = textOf(letter.body());
		assertThat(text).contains("政府信息公开申请答复告知书", code, "张三", "部分公开", "第十五条", "答复期限延长 20 个工作日",
				"2026年4月1日");

		var status = api.post(null, "/api/v1/public/disclosure-requests/status",
				Map.of("trackingCode", code.toLowerCase(), "mobile", "13900001111"));
		assertThat(status.status()).isEqualTo(200);
		assertThat(status.body().get("statusLabel").asString()).isEqualTo("已答复");
		assertThat(status.body().get("outcomeLabel").asString()).isEqualTo("部分公开");
		assertThat(status.body().get("letterReady").asBoolean()).isTrue();
		assertThat(status.raw()).doesNotContain("110101199003071234");
		assertThat(api.post(null, "/api/v1/public/disclosure-requests/status",
				Map.of("trackingCode", code, "mobile", "13900002222")).status()).isEqualTo(404);
		var publicLetter = download("/api/v1/public/disclosure-requests/letter", null,
				"{\"trackingCode\":\"" + code + "\",\"mobile\":\"13900001111\"}");
		assertThat(publicLetter.body()).isEqualTo(letter.body());

		assertThat(audit.find(null, "DISCLOSURE_LETTER_GENERATED", 0, 50))
			.anySatisfy(e -> assertThat(e.targetId()).isEqualTo(id));
		var history = api.get(officer, "/api/v1/disclosure-requests/" + id).body().get("history");
		var steps = new java.util.ArrayList<String>();
		history.forEach(step -> {
			if (!step.get("actor").asString().equals("system")) {
				steps.add(step.get("action").asString());
			}
		});
		assertThat(steps).containsExactly("登记", "征求第三方意见", "收到第三方意见", "延期答复", "答复");
	}

	@Test
	void aPostedRequestCountsFromTheDaySignedForAndIsEscalatedWhenOverdue() {
		var api = new Api(port);
		var officer = api.token("disclosure", "GovSite@2026");
		var form = new HashMap<String, Object>();
		form.put("siteCode", PORTAL);
		form.put("applicantKind", "ORGANISATION");
		form.put("applicantName", "示例律师事务所");
		form.put("idNumber", "91990100MA0000000X");
		form.put("mobile", "13900003333");
		form.put("address", "示例自治州城关镇人民路 1 号");
		form.put("description", "2025年度行政处罚决定书目录");
		form.put("preferredForm", "PAPER");
		form.put("delivery", "POST");
		form.put("channel", "POST");
		form.put("receivedOn", "2026-03-07");
		var registered = api.post(officer, "/api/v1/disclosure-requests", form);
		assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
		assertThat(registered.body().get("deadline").asString()).isEqualTo("2026-04-03");
		var id = registered.body().get("id").asString();

		form.put("receivedOn", "2099-01-01");
		var future = api.post(officer, "/api/v1/disclosure-requests", form);
		assertThat(future.status()).isEqualTo(422);
		assertThat(future.detail()).isEqualTo("收到申请之日 2099-01-01 不能晚于今天");
		var editor = api.token("editor", "GovSite@2026");
		form.put("receivedOn", "2026-03-07");
		assertThat(api.post(editor, "/api/v1/disclosure-requests", form).status()).isEqualTo(403);

		if (clock.instant().isBefore(java.time.Instant.parse("2026-04-07T01:00:00Z"))) {
			moveTo("2026-04-07");
		}
		officer = api.token("disclosure", "GovSite@2026");
		watch.run();
		var after = api.get(officer, "/api/v1/disclosure-requests/" + id).body();
		assertThat(after.get("escalated").asBoolean()).isTrue();
		assertThat(after.get("clock").get("late").asBoolean()).isTrue();
		assertThat(watch.run().escalated()).as("raised once").isZero();
	}

	java.net.http.HttpResponse<byte[]> download(String path, String token, String jsonBody) throws Exception {
		var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		if (jsonBody != null) {
			builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(jsonBody));
		}
		return HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	static String textOf(byte[] docx) throws Exception {
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
				var extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

}
