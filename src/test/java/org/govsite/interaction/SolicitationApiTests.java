package org.govsite.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.govsite.support.Api;
import org.govsite.support.Console;
import org.govsite.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Solicitations through real HTTP on real PostgreSQL: lifecycle, the period, escaping, idempotency, publication. */
@ContextWithMovableClock
class SolicitationApiTests {

	static final String PORTAL = "9901000001";
	static final String SCRIPT = "<script>alert('x')</script>";

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	@Autowired MutableClock clock;
	PublicClient citizen;
	Api api;
	String responder;

	@BeforeEach
	void setUp() {
		citizen = new PublicClient(port);
		api = citizen.api();
		responder = api.token("responder", "GovSite@2026");
	}

	String portalId() {
		return jdbc.sql("SELECT id::text FROM site WHERE site_code = ?").param(PORTAL).query(String.class).single();
	}

	String at(Duration fromNow) {
		return clock.instant().plus(fromNow).atOffset(ZoneOffset.ofHours(8)).toString();
	}

	static String mobile() {
		return "158" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
	}

	Api.Response create(String title, Duration start, Duration end) {
		var form = new LinkedHashMap<String, Object>();
		form.put("siteId", portalId());
		form.put("title", title);
		form.put("description", "征集说明" + SCRIPT);
		form.put("startsAt", at(start));
		form.put("endsAt", at(end));
		return api.post(responder, "/api/v1/solicitations", form);
	}

	Api.Response move(String id, String action, String result) {
		var body = new LinkedHashMap<String, Object>();
		body.put("action", action);
		body.put("result", result);
		return api.post(responder, "/api/v1/solicitations/" + id + "/transitions", body);
	}

	@Test
	void aSolicitationFromDraftToPublishedResultWithEscapedOpinionsAndResult() {
		var created = create("关于城市公园开放时间的意见征集" + SCRIPT, Duration.ofMinutes(-5), Duration.ofDays(10));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		assertThat(created.body().get("statusLabel").asString()).isEqualTo("筹备");
		var id = created.body().get("id").asString();
		var opinionPath = "/api/v1/public/solicitations/" + PORTAL + "/" + id + "/opinions";

		// 筹备: not public at all.
		assertThat(citizen.submit(opinionPath, citizen.input("张三", mobile(), "意见")).status()).isEqualTo(404);
		assertThat(citizen.page("/public/solicitations/" + PORTAL + "/" + id).statusCode()).isEqualTo(404);

		assertThat(move(id, "OPEN", null).body().get("statusLabel").asString()).isEqualTo("征集中");
		var content = "建议延长开放至晚十点" + SCRIPT + "\n联系电话 13900001111";
		var opinion = citizen.input("李" + SCRIPT, mobile(), content);
		var first = citizen.submit(opinionPath, opinion);
		assertThat(first.status()).as(first.raw()).isEqualTo(201);
		var second = citizen.submit(opinionPath, opinion);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body().get("created").asBoolean()).isFalse();
		assertThat(second.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
		assertThat(jdbc.sql("SELECT count(*) FROM interaction_opinion WHERE client_token = ?")
			.param(opinion.get("clientToken")).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT content FROM interaction_opinion WHERE id = ?::uuid")
			.param(first.body().get("id").asString()).query(String.class).single()).isEqualTo(content);

		// Not shown publicly until a responder marks it.
		var page = citizen.page("/public/solicitations/" + PORTAL + "/" + id);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("建议延长开放至晚十点").doesNotContain("<script>")
			.contains("征集说明&lt;script&gt;").contains("name=\"captchaToken\"");
		var opinions = api.get(responder, "/api/v1/solicitations/" + id + "/opinions");
		assertThat(opinions.status()).isEqualTo(200);
		assertThat(opinions.body().get(0).get("content").asString()).isEqualTo(content);
		var opinionId = opinions.body().get(0).get("id").asString();
		assertThat(api.post(responder, "/api/v1/solicitations/" + id + "/opinions/" + opinionId + "/publication",
				Map.of("published", true)).status()).isEqualTo(200);

		page = citizen.page("/public/solicitations/" + PORTAL + "/" + id);
		assertThat(page.body()).contains("建议延长开放至晚十点&lt;script&gt;").doesNotContain("<script>")
			.contains("139****1111").doesNotContain("13900001111").contains("李*");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");

		// Result: only after closing, and required.
		var early = move(id, "PUBLISH_RESULT", "结果");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.detail()).isEqualTo("征集调查当前状态为「征集中」，不能执行「公布结果」操作");
		assertThat(move(id, "CLOSE", null).body().get("statusLabel").asString()).isEqualTo("已结束");
		var late = citizen.submit(opinionPath, citizen.input("王五", mobile(), "迟到的意见"));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.detail()).isEqualTo("该征集当前状态为「已结束」，不接受意见");
		var empty = move(id, "PUBLISH_RESULT", " ");
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.detail()).isEqualTo("公布结果须填写征集结果");
		var published = move(id, "PUBLISH_RESULT", "共收到意见 1 条，采纳延长开放时间的建议。" + SCRIPT);
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.body().get("statusLabel").asString()).isEqualTo("已公布结果");

		page = citizen.page("/public/solicitations/" + PORTAL + "/" + id);
		assertThat(page.body()).contains("征集结果").contains("采纳延长开放时间的建议。&lt;script&gt;").doesNotContain("<script>");
		var list = citizen.page("/public/solicitations/" + PORTAL);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("关于城市公园开放时间的意见征集&lt;script&gt;").doesNotContain("<script>");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_id = ? AND action LIKE 'SOLICITATION_%'")
			.param(id).query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void anOpinionOutsideThePeriodIsRefusedWithTheReason() {
		var created = create("下月开始的征集", Duration.ofDays(1), Duration.ofDays(5));
		var id = created.body().get("id").asString();
		assertThat(move(id, "OPEN", null).status()).isEqualTo(200);
		var refused = citizen.submit("/api/v1/public/solicitations/" + PORTAL + "/" + id + "/opinions",
				citizen.input("赵六", mobile(), "提前提交的意见"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.detail()).startsWith("征集时间为 ").endsWith("，当前不在征集期内");
		assertThat(refused.body().get("fields").get(0).get("field").asString()).isEqualTo("form");
		assertThat(jdbc.sql("SELECT count(*) FROM interaction_opinion WHERE solicitation_id = ?::uuid").param(id)
			.query(Long.class).single()).isZero();
		var page = citizen.page("/public/solicitations/" + PORTAL + "/" + id);
		assertThat(page.body()).contains("当前不在征集期内，暂不接受意见。").doesNotContain("name=\"captchaAnswer\"");
	}

	@Test
	void opinionsHaveTheirOwnPerMobileLimitAndDuplicateCheck() {
		var id = create("限流检查", Duration.ofMinutes(-1), Duration.ofDays(1)).body().get("id").asString();
		assertThat(move(id, "OPEN", null).status()).isEqualTo(200);
		var path = "/api/v1/public/solicitations/" + PORTAL + "/" + id + "/opinions";
		var number = mobile();
		for (int i = 0; i < 10; i++) {
			assertThat(citizen.submit(path, citizen.input("吴九", number, "不同意见 " + i)).status()).isEqualTo(201);
		}
		var eleventh = citizen.submit(path, citizen.input("吴九", number, "不同意见 11"));
		assertThat(eleventh.status()).isEqualTo(429);
		assertThat(eleventh.detail()).isEqualTo("该手机号码今日提交的意见已达 10 条上限，请明日再试");
		// The same content from one number again (a new form, so a new client token) is a duplicate.
		var other = mobile();
		assertThat(citizen.submit(path, citizen.input("郑十", other, "同一内容")).status()).isEqualTo(201);
		var duplicate = citizen.submit(path, citizen.input("郑十", other, "同一内容"));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.detail()).isEqualTo("您在 10 分钟内已提交过相同内容的意见，请勿重复提交");
	}

	@Test
	void fieldsAreCheckedWithChineseReasonsAndOnlyTheSitesRespondersCreate() {
		var bad = citizen.submit("/api/v1/public/solicitations/" + PORTAL + "/"
				+ create("字段检查", Duration.ofMinutes(-1), Duration.ofDays(1)).body().get("id").asString() + "/opinions",
				Map.of("name", " ", "mobile", "123", "content", "", "clientToken", "x", "captchaAnswer", "1"));
		assertThat(bad.status()).isEqualTo(404); // still 筹备

		var form = new LinkedHashMap<String, Object>();
		form.put("siteId", portalId());
		form.put("title", "");
		form.put("startsAt", "明天");
		var refused = api.post(responder, "/api/v1/solicitations", form);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.detail()).isEqualTo("征集开始时间「明天」格式不正确，应为 2026-11-29T08:00");

		form.put("startsAt", at(Duration.ofDays(2)));
		form.put("endsAt", at(Duration.ofDays(1)));
		refused = api.post(responder, "/api/v1/solicitations", form);
		assertThat(refused.body().get("reasons").toString()).contains("请填写征集标题", "请填写征集说明", "征集截止时间须晚于开始时间");

		var reviewer = api.token("reviewer1", "GovSite@2026");
		form.put("title", "越权");
		form.put("description", "说明");
		form.put("endsAt", at(Duration.ofDays(3)));
		var forbidden = api.post(reviewer, "/api/v1/solicitations", form);
		assertThat(forbidden.status()).isEqualTo(403);
	}

	@Test
	void aRefusedConsoleFormKeepsWhatWasTypedAndShowsEachReasonAtItsField() {
		var console = new Console(port);
		assertThat(console.signIn("responder", "GovSite@2026")).endsWith("/");
		var fields = new LinkedHashMap<String, String>();
		fields.put("siteId", portalId());
		fields.put("title", "倒置时间的征集甲乙丙");
		fields.put("description", "说明");
		fields.put("startsAt", "2026-12-10T09:00");
		fields.put("endsAt", "2026-12-01T09:00");
		var refused = console.submit("/interaction/solicitations/new", "/interaction/solicitations/new", fields);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("未能发起征集")
			.contains("value=\"倒置时间的征集甲乙丙\"").contains("value=\"2026-12-10T09:00\"")
			.contains("value=\"2026-12-01T09:00\"");
		// The reason beside the field it concerns, the field marked and pointing at it.
		assertThat(refused.body()).containsPattern(
				"id=\"endsAt\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"endsAt-error\"")
			.containsPattern("<p class=\"error\" id=\"endsAt-error\">征集截止时间须晚于开始时间</p>")
			.doesNotContain("id=\"startsAt-error\"");
		assertThat(jdbc.sql("SELECT count(*) FROM interaction_solicitation WHERE title = ?").param("倒置时间的征集甲乙丙")
			.query(Long.class).single()).isZero();
	}
}
