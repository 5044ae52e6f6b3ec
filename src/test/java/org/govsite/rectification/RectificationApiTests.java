package org.govsite.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govsite.shared.BeijingTime;
import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A notice from an assessment to closure with evidence; an overdue one reminded and its 约谈 recorded; all audited.
 * Its own database: the re-check assesses the whole portal, and other suites leave messages and monitoring findings
 * on the shared one that the "unit" here would not know to fix.
 */
@GovSiteTest
@TestPropertySource(properties = "govsite.test.context=rectification")
class RectificationApiTests {

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Clock clock;
	@Autowired
	Rectifications rectifications;

	Api api;
	String supervisor;
	String siteadmin;
	UUID portal;
	LocalDate today;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		supervisor = api.token("supervisor", "GovSite@2026");
		siteadmin = api.token("siteadmin", "GovSite@2026");
		portal = jdbc.sql("SELECT id FROM site WHERE site_code = '9901000001'").query(UUID.class).single();
		today = BeijingTime.today(clock);
	}

	String assessPortal() {
		var created = api.post(supervisor, "/api/v1/assessments",
				Map.of("from", today.withDayOfMonth(1).toString(), "to", today.toString(), "siteIds", List.of(portal)));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return created.body().get("id").asString();
	}

	long audited(String action, String id) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND target_id = ?").params(action, id)
			.query(Long.class).single();
	}

	@Test
	void aNoticeFromAnAssessmentRunsToClosureWithEvidence() {
		// items from the assessment (the portal has no 机构职能 content in the demo: an empty column) and one by hand
		jdbc.sql("""
				INSERT INTO content_column (id, version, site_id, name, slug, kind, update_class, first_level, on_home, sort_order, created_at)
				VALUES (gen_random_uuid(), 0, ?, '测试空白栏目', 'test-empty-rect', 'LIST', 'REGULAR', TRUE, FALSE, 900, now())
				""").param(portal).update();
		var assessment = assessPortal();
		var issued = api.post(supervisor, "/api/v1/rectifications", Map.of("siteId", portal, "assessmentId", assessment,
				"workingDays", 5, "responsible", "门户网站管理员", "items",
				List.of(Map.of("description", "请在首页增加“我为政府网站找错”入口说明"))));
		assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
		var notice = issued.body();
		var id = notice.get("id").asString();
		assertThat(notice.get("statusLabel").asString()).isEqualTo("整改中");
		assertThat(notice.get("unitName").asString()).isEqualTo("示例自治州人民政府办公室");
		assertThat(notice.get("items").toString()).contains("测试空白栏目");
		assertThat(notice.get("deadline").asString()).isNotEqualTo(today.toString());

		// the unit may not submit before answering every item
		var early = api.post(siteadmin, "/api/v1/rectifications/" + id + "/actions", Map.of("action", "SUBMIT"));
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.detail()).isEqualTo("还有 " + notice.get("items").size() + " 项整改未答复，不能提交核验");
		// the supervisor does not answer for the unit
		var item0 = notice.get("items").get(0).get("id").asString();
		assertThat(api.post(supervisor, "/api/v1/rectifications/" + id + "/items/" + item0 + "/answer",
				Map.of("answer", "x", "evidence", "y")).status()).isEqualTo(403);
		var noEvidence = api.post(siteadmin, "/api/v1/rectifications/" + id + "/items/" + item0 + "/answer",
				Map.of("answer", "已整改"));
		assertThat(noEvidence.status()).isEqualTo(422);
		assertThat(noEvidence.detail()).isEqualTo("请填写整改情况并提供整改佐证");

		for (JsonNode item : notice.get("items")) {
			var answered = api.post(siteadmin, "/api/v1/rectifications/" + id + "/items/" + item.get("id").asString()
					+ "/answer", Map.of("answer", "已整改", "evidence", "整改后页面截图：/sites/9901000001/"));
			assertThat(answered.status()).as(answered.raw()).isEqualTo(200);
		}
		assertThat(api.post(siteadmin, "/api/v1/rectifications/" + id + "/actions", Map.of("action", "SUBMIT")).status())
			.isEqualTo(200);

		// the re-check still finds the empty column: verification refused, naming it
		var refused = api.post(supervisor, "/api/v1/rectifications/" + id + "/actions", Map.of("action", "VERIFY"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.detail()).startsWith("复查仍发现问题：");
		var returned = api.post(supervisor, "/api/v1/rectifications/" + id + "/actions",
				Map.of("action", "RETURN", "comment", "复查仍有空白栏目"));
		assertThat(returned.body().get("status").asString()).isEqualTo("ISSUED");

		// the unit fixes every problem the assessment counted (here: the demo's stale and empty columns get content)
		jdbc.sql("UPDATE content_column SET update_class = 'EXEMPT' WHERE site_id = ?").param(portal).update();
		// … and closes the demo's consultation left past its deadline (a late answer would stay late: here it is found
		// not to be a valid message, 不予受理, which the assessment does not count)
		var responder = api.token("responder", "GovSite@2026");
		for (var late : api.get(responder, "/api/v1/messages?overdue=true&siteId=" + portal).body()) {
			var rejected = api.post(responder, "/api/v1/messages/" + late.get("id").asString() + "/transitions",
					Map.of("action", "REJECT", "comment", "重复留言，已在其他留言中答复"));
			assertThat(rejected.status()).as(rejected.raw()).isEqualTo(200);
		}
		// … and completes the service guides the catalogue found lacking
		jdbc.sql("""
				UPDATE service_item SET legal_basis = coalesce(nullif(trim(legal_basis), ''), '《行政许可法》'),
				    conditions = coalesce(nullif(trim(conditions), ''), '见指南'), materials = coalesce(nullif(trim(materials), ''), '见指南'),
				    location = coalesce(nullif(trim(location), ''), '政务服务中心'), agency = coalesce(nullif(trim(agency), ''), '办公室'),
				    fees = coalesce(nullif(trim(fees), ''), '不收费'), hours = coalesce(nullif(trim(hours), ''), '工作日'),
				    phone = coalesce(nullif(trim(phone), ''), '0999-1234567'), process = coalesce(nullif(trim(process), ''), '受理、审查、决定')
				""").update();
		assertThat(api.post(siteadmin, "/api/v1/rectifications/" + id + "/actions", Map.of("action", "SUBMIT")).status())
			.isEqualTo(200);
		var closed = api.post(supervisor, "/api/v1/rectifications/" + id + "/actions", Map.of("action", "VERIFY"));
		assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
		assertThat(closed.body().get("statusLabel").asString()).isEqualTo("已办结");
		assertThat(closed.body().get("items").get(0).get("answerEvidence").asString()).startsWith("整改后页面截图");
		assertThat(closed.body().get("history")).extracting(h -> h.get("action").asString())
			.startsWith("ISSUE", "ANSWER").endsWith("SUBMIT", "RETURN", "SUBMIT", "VERIFY");
		assertThat(audited("RECTIFICATION_ISSUED", id)).isEqualTo(1);
		assertThat(audited("RECTIFICATION_VERIFY", id)).isEqualTo(1);
	}

	@Test
	void anOverdueNoticeIsRemindedThenItsInterviewIsRecorded() {
		var issued = api.post(supervisor, "/api/v1/rectifications", Map.of("siteId", portal, "workingDays", 1,
				"responsible", "门户网站管理员", "items", List.of(Map.of("description", "补充领导信息栏目内容"))));
		assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
		var id = issued.body().get("id").asString();
		var tooEarly = api.post(supervisor, "/api/v1/rectifications/" + id + "/actions", Map.of("action", "INTERVIEW",
				"comment", "约谈"));
		assertThat(tooEarly.body().get("reasons").toString()).contains("整改尚未超期，不能约谈");

		jdbc.sql("UPDATE rectification SET deadline = ? WHERE id = CAST(? AS UUID)").params(today.minusDays(1), id).update();
		assertThat(rectifications.remindOverdue()).isGreaterThanOrEqualTo(1);
		assertThat(rectifications.remindOverdue()).isZero(); // once a day
		var once = api.post(supervisor, "/api/v1/rectifications/" + id + "/actions", Map.of("action", "INTERVIEW"));
		assertThat(once.status()).isEqualTo(422);
		assertThat(once.body().get("reasons").toString()).contains("已催办 1 次，催办 2 次仍未整改才能约谈")
			.contains("约谈须记录约谈情况");

		jdbc.sql("UPDATE rectification SET last_reminded_on = ? WHERE id = CAST(? AS UUID)").params(today.minusDays(1), id)
			.update();
		rectifications.remindOverdue();
		var interviewed = api.post(supervisor, "/api/v1/rectifications/" + id + "/actions", Map.of("action", "INTERVIEW",
				"comment", "约谈州政府办公室分管负责人，要求三个工作日内完成整改"));
		assertThat(interviewed.status()).as(interviewed.raw()).isEqualTo(200);
		assertThat(interviewed.body().get("statusLabel").asString()).isEqualTo("已约谈，整改中");
		assertThat(interviewed.body().get("reminders").asInt()).isEqualTo(2);
		assertThat(interviewed.body().get("interviewRecord").asString()).startsWith("约谈州政府办公室");
		assertThat(audited("RECTIFICATION_REMIND", id)).isEqualTo(2);
		assertThat(audited("RECTIFICATION_INTERVIEW", id)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'RECTIFICATION_REMIND' AND target_id = ? LIMIT 1")
			.param(id).query(String.class).single()).isEqualTo("system");

		// The 通报 of the month in which the deadline fell names the notice as 整改不力.
		var lastMonth = today.withDayOfMonth(1).minusDays(1);
		jdbc.sql("UPDATE rectification SET deadline = ? WHERE id = CAST(? AS UUID)").params(lastMonth.withDayOfMonth(15), id)
			.update();
		var bulletin = api.post(supervisor, "/api/v1/bulletins",
				Map.of("kind", "MONTHLY", "year", lastMonth.getYear(), "number", lastMonth.getMonthValue()));
		assertThat(bulletin.status()).as(bulletin.raw()).isEqualTo(201);
		var late = api.get(supervisor, "/api/v1/bulletins/" + bulletin.body().get("id").asString()).body()
			.get("lateRectifications");
		assertThat(late.toString()).contains(issued.body().get("title").asString()).contains("催办 2 次").contains("已约谈")
			.contains("仍在整改");
	}
}
