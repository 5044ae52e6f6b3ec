package org.govsite.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.site.SiteId;
import org.govsite.support.Api;
import org.govsite.support.Console;
import org.govsite.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Interviews through real HTTP: questions during 预告 and 进行中 only, moderation, guests' answers, the published
 * transcript (accepted and answered questions only, escaped and masked), idempotent client tokens, and the annual
 * report's figures for solicitations and interviews.
 */
@ContextWithMovableClock
class InterviewApiTests {

	static final String PORTAL = "9901000001";
	static final String SCRIPT = "<script>alert('x')</script>";

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	@Autowired MutableClock clock;
	@Autowired InteractionReport report;
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

	Api.Response create(String title) {
		var form = new LinkedHashMap<String, Object>();
		form.put("siteId", portalId());
		form.put("title", title);
		form.put("description", "访谈简介" + SCRIPT);
		form.put("scheduledAt", clock.instant().plus(Duration.ofDays(1)).atOffset(ZoneOffset.ofHours(8)).toString());
		form.put("guests", List.of(Map.of("name", "王明", "title", "局长", "unit", "市交通运输局"),
				Map.of("name", "李华", "title", "副局长", "unit", "市交通运输局")));
		return api.post(responder, "/api/v1/interviews", form);
	}

	Api.Response move(String id, String action) {
		return api.post(responder, "/api/v1/interviews/" + id + "/transitions", Map.of("action", action));
	}

	Api.Response question(String id, String questionId, Map<String, Object> body) {
		return api.post(responder, "/api/v1/interviews/" + id + "/questions/" + questionId + "/transitions", body);
	}

	@Test
	void questionsAreModeratedAnsweredAndPublishedAsAnEscapedTranscript() {
		var created = create("公交线网优化在线访谈");
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		assertThat(created.body().get("statusLabel").asString()).isEqualTo("预告");
		assertThat(created.body().get("guests")).hasSize(2);
		var id = created.body().get("id").asString();
		var guest = created.body().get("guests").get(0).get("id").asString();
		var path = "/api/v1/public/interviews/" + PORTAL + "/" + id + "/questions";

		var asked = citizen.input("张" + SCRIPT, "15800000001", "12 路公交能否延长末班车？" + SCRIPT + " 我的电话 13900002222");
		var first = citizen.submit(path, asked);
		assertThat(first.status()).as(first.raw()).isEqualTo(201);
		var again = citizen.submit(path, asked);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
		var rejected = citizen.submit(path, citizen.input("钱七", "15800000002", "与主题无关的广告"));
		var pending = citizen.submit(path, citizen.input("孙八", "15800000003", "还在等待审核的提问"));
		assertThat(rejected.status()).isEqualTo(201);
		assertThat(pending.status()).isEqualTo(201);

		var questions = api.get(responder, "/api/v1/interviews/" + id + "/questions");
		assertThat(questions.body()).hasSize(3);
		var q1 = first.body().get("id").asString();

		var early = question(id, q1, Map.of("action", "ACCEPT"));
		assertThat(early.status()).isEqualTo(200);
		var notYet = question(id, q1, Map.of("action", "ANSWER", "answer", "答复", "guestId", guest));
		assertThat(notYet.status()).isEqualTo(409);
		assertThat(notYet.detail()).isEqualTo("访谈尚未开始，不能录入答复");
		assertThat(move(id, "START").body().get("statusLabel").asString()).isEqualTo("进行中");
		var noGuest = question(id, q1, Map.of("action", "ANSWER", "answer", " "));
		assertThat(noGuest.status()).isEqualTo(422);
		assertThat(noGuest.body().get("reasons").toString()).contains("请填写答复内容", "请选择作答的访谈嘉宾");
		assertThat(question(id, q1, Map.of("action", "ANSWER", "answer", "我们将延长至 23 点。" + SCRIPT, "guestId", guest))
			.status()).isEqualTo(200);
		assertThat(question(id, rejected.body().get("id").asString(), Map.of("action", "REJECT")).status()).isEqualTo(200);
		var twice = question(id, rejected.body().get("id").asString(), Map.of("action", "ACCEPT"));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.detail()).isEqualTo("提问当前状态为「未采纳」，不能执行「采纳」操作");

		// Nothing of the questions is public before the transcript.
		var page = citizen.page("/public/interviews/" + PORTAL + "/" + id);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("延长末班车").contains("市交通运输局局长 王明").contains("访谈简介&lt;script&gt;");

		assertThat(move(id, "PUBLISH_TRANSCRIPT").status()).isEqualTo(200);
		var repeat = move(id, "PUBLISH_TRANSCRIPT");
		assertThat(repeat.status()).isEqualTo(422);
		assertThat(repeat.detail()).isEqualTo("访谈实录已公布，无需重复公布");
		page = citizen.page("/public/interviews/" + PORTAL + "/" + id);
		assertThat(page.body()).contains("访谈实录").contains("12 路公交能否延长末班车？&lt;script&gt;")
			.contains("我们将延长至 23 点。&lt;script&gt;").contains("139****2222").doesNotContain("13900002222")
			.doesNotContain("<script>").doesNotContain("与主题无关的广告").doesNotContain("还在等待审核的提问").contains("张*");
		var json = api.get(null, "/api/v1/public/interviews/" + PORTAL + "/" + id);
		assertThat(json.body().get("transcript")).hasSize(1);
		assertThat(json.raw()).doesNotContain("15800000001");

		assertThat(move(id, "END").body().get("statusLabel").asString()).isEqualTo("已结束");
		var late = citizen.submit(path, citizen.input("周九", "15800000004", "结束后的提问"));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.detail()).isEqualTo("访谈已结束，不再接受网民提问");
		var list = citizen.page("/public/interviews/" + PORTAL);
		assertThat(list.body()).contains("公交线网优化在线访谈");
	}

	@Test
	void theAnnualReportCountsSolicitationsOpinionsResultsInterviewsQuestionsAndAnswers() {
		var site = new SiteId(java.util.UUID.fromString(portalId()));
		int year = clock.instant().atZone(java.time.ZoneId.of("Asia/Shanghai")).getYear();
		var before = report.year(site, year);

		// One solicitation opened, two opinions, its result published.
		var form = new LinkedHashMap<String, Object>();
		form.put("siteId", portalId());
		form.put("title", "年报统计用征集");
		form.put("description", "说明");
		form.put("startsAt", clock.instant().minusSeconds(60).atOffset(ZoneOffset.ofHours(8)).toString());
		form.put("endsAt", clock.instant().plus(Duration.ofHours(2)).atOffset(ZoneOffset.ofHours(8)).toString());
		var s = api.post(responder, "/api/v1/solicitations", form).body().get("id").asString();
		assertThat(api.post(responder, "/api/v1/solicitations/" + s + "/transitions", Map.of("action", "OPEN")).status()).isEqualTo(200);
		var opinions = "/api/v1/public/solicitations/" + PORTAL + "/" + s + "/opinions";
		assertThat(citizen.submit(opinions, citizen.input("甲", "15900000001", "意见一")).status()).isEqualTo(201);
		assertThat(citizen.submit(opinions, citizen.input("乙", "15900000002", "意见二")).status()).isEqualTo(201);
		assertThat(api.post(responder, "/api/v1/solicitations/" + s + "/transitions", Map.of("action", "CLOSE")).status()).isEqualTo(200);
		assertThat(api.post(responder, "/api/v1/solicitations/" + s + "/transitions",
				Map.of("action", "PUBLISH_RESULT", "result", "已采纳")).status()).isEqualTo(200);
		// A solicitation still in 筹备 is not counted.
		api.post(responder, "/api/v1/solicitations", form);

		// One interview held, three questions, one answered; a scheduled one is not counted.
		var i = create("年报统计用访谈").body();
		create("尚未举行的访谈");
		var id = i.get("id").asString();
		var path = "/api/v1/public/interviews/" + PORTAL + "/" + id + "/questions";
		var q = citizen.submit(path, citizen.input("丙", "15900000003", "提问一")).body().get("id").asString();
		citizen.submit(path, citizen.input("丁", "15900000004", "提问二"));
		citizen.submit(path, citizen.input("戊", "15900000005", "提问三"));
		assertThat(move(id, "START").status()).isEqualTo(200);
		question(id, q, Map.of("action", "ACCEPT"));
		assertThat(question(id, q, Map.of("action", "ANSWER", "answer", "答复", "guestId",
				i.get("guests").get(1).get("id").asString())).status()).isEqualTo(200);

		var after = report.year(site, year);
		assertThat(after.solicitations() - before.solicitations()).isEqualTo(1);
		assertThat(after.opinionsReceived() - before.opinionsReceived()).isEqualTo(2);
		assertThat(after.resultsPublished() - before.resultsPublished()).isEqualTo(1);
		assertThat(after.interviews() - before.interviews()).isEqualTo(1);
		assertThat(after.questionsReceived() - before.questionsReceived()).isEqualTo(3);
		assertThat(after.questionsAnswered() - before.questionsAnswered()).isEqualTo(1);
		var lastYear = report.year(site, year - 1);
		assertThat(lastYear.solicitations()).isZero();
		assertThat(lastYear.questionsReceived()).isZero();
	}

	@Test
	void aRefusedEditInTheConsoleKeepsWhatTheResponderTyped() {
		var id = create("编辑保留输入的访谈").body().get("id").asString();
		var console = new Console(port);
		assertThat(console.signIn("responder", "GovSite@2026")).endsWith("/");
		var fields = new LinkedHashMap<String, String>();
		fields.put("title", "改过的访谈标题甲乙丙");
		fields.put("description", " ");
		fields.put("scheduledAt", "2026-12-01T10:00");
		fields.put("guests[0].name", "新嘉宾丁戊");
		fields.put("guests[0].title", "处长");
		fields.put("guests[0].unit", "市数据局");
		var refused = console.submit("/interaction/interviews/" + id, "/interaction/interviews/" + id + "/edit", fields);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("未能执行「修改」", "请填写访谈简介")
			.contains("value=\"改过的访谈标题甲乙丙\"").contains("value=\"新嘉宾丁戊\"").contains("value=\"市数据局\"");
		assertThat(api.get(responder, "/api/v1/interviews/" + id).body().get("title").asString()).isEqualTo("编辑保留输入的访谈");
	}

	@Test
	void aSiteResponderFindsEveryItemOfTheSiteHoweverManyOtherSitesHold() {
		var old = create("很早以前的访谈").body().get("id").asString();
		jdbc.sql("UPDATE interaction_interview SET scheduled_at = '2001-01-01T00:00:00Z' WHERE id = ?::uuid").param(old).update();
		// 600 newer interviews of another site: before, the list read the newest 500 and filtered them in Java.
		jdbc.sql("""
				INSERT INTO interaction_interview (id, version, site_id, title, description, scheduled_at, status, created_by,
				    created_at)
				SELECT gen_random_uuid(), 0, (SELECT id FROM site WHERE site_code = '9901210001'), '他站访谈 ' || n, '简介',
				    now() + n * interval '1 minute', 'SCHEDULED', 'test', now()
				FROM generate_series(1, 600) AS n
				""").update();
		var found = false;
		for (int page = 0; !found; page++) {
			var list = api.get(responder, "/api/v1/interviews?page=" + page);
			assertThat(list.status()).isEqualTo(200);
			if (list.body().isEmpty()) {
				break;
			}
			for (var item : list.body()) {
				assertThat(item.get("siteId").asString()).isEqualTo(portalId());
				found |= item.get("id").asString().equals(old);
			}
		}
		assertThat(found).as("the oldest interview of the responder's site is on some page").isTrue();
		var supervisor = api.token("supervisor", "GovSite@2026");
		assertThat(api.get(supervisor, "/api/v1/interviews").body()).hasSize(100);
	}
}
