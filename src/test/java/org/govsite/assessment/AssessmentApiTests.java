package org.govsite.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govsite.shared.BeijingTime;
import org.govsite.site.Sites;
import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The "done when" cases through the API, each test on a department site of its own (the demo's sites carry columns
 * and news that would be counted with the test's): empty columns, a stale home page, a consultation left unanswered,
 * plus who may read and what is refused.
 */
@GovSiteTest
class AssessmentApiTests {

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Clock clock;
	@Autowired
	Sites sites;

	Api api;
	Fixtures fixtures;
	String supervisor;
	LocalDate today;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		fixtures = new Fixtures(jdbc);
		supervisor = api.token("supervisor", "GovSite@2026");
		today = BeijingTime.today(clock);
	}

	JsonNode assess(UUID site) {
		var created = api.post(supervisor, "/api/v1/assessments",
				Map.of("from", today.withDayOfMonth(1).toString(), "to", today.toString(), "siteIds", List.of(site)));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var report = api.get(supervisor, "/api/v1/assessments/" + created.body().get("id").asString());
		assertThat(report.status()).as(report.raw()).isEqualTo(200);
		assertThat(report.body().get("sites")).hasSize(1);
		return report.body().get("sites").get(0);
	}

	static List<JsonNode> items(JsonNode result, String list, String item) {
		var found = new ArrayList<JsonNode>();
		result.get(list).forEach(node -> {
			if (node.get("item").asString().equals(item)) {
				found.add(node);
			}
		});
		return found;
	}

	static List<String> evidenceLabels(JsonNode item) {
		var labels = new ArrayList<String>();
		item.get("evidence").forEach(e -> labels.add(e.get("label").asString()));
		return labels;
	}

	@Test
	void fiveEmptyColumnsAreAVetoNamingThemThatDisappearsOnceTheyAreFilled() {
		var site = fixtures.newDepartmentSite(sites, "9901000004", "空白栏目测试网站");
		var news = fixtures.column(site, "工作动态", "DYNAMIC", true, true);
		fixtures.article(site, news, "生态环境局召开工作会议", today.minusDays(1));
		var names = List.of("机构概况", "领导信息", "规划计划", "人事信息", "财政资金");
		var empty = names.stream().map(name -> fixtures.column(site, name, "REGULAR", true, false)).toList();
		// other tests of this class may assess the same site: count this test's runs from here
		var earlierRuns = api.get(supervisor, "/api/v1/sites/" + site + "/assessments").body().size();

		var before = assess(site);
		assertThat(before.get("qualified").asBoolean()).isFalse();
		assertThat(before.get("score").isNull()).isTrue();
		var veto = items(before, "vetoes", "COLUMNS_NOT_UPDATED");
		assertThat(veto).singleElement().satisfies(v -> {
			assertThat(v.get("reason").asString()).isEqualTo("空白栏目 5 个（5 个即单项否决）");
			assertThat(evidenceLabels(v)).containsExactlyInAnyOrderElementsOf(names);
		});
		// the monitoring-backed indicators say they are not scored
		assertThat(items(before, "unscored", "UNREACHABLE")).singleElement()
			.satisfies(u -> assertThat(u.get("reason").asString()).isEqualTo("暂无监测数据，未评分"));

		for (int i = 0; i < empty.size(); i++) {
			fixtures.article(site, empty.get(i), names.get(i) + "信息", today.minusDays(2));
		}
		var after = assess(site);
		assertThat(items(after, "vetoes", "COLUMNS_NOT_UPDATED")).isEmpty();
		assertThat(after.get("qualified").asBoolean()).as(after.toString()).isTrue();
		assertThat(after.get("score").asDouble()).isGreaterThanOrEqualTo(60);

		var current = api.get(supervisor, "/api/v1/sites/" + site + "/assessment");
		assertThat(current.status()).isEqualTo(200);
		assertThat(current.body().get("qualified").asBoolean()).isTrue();
		var history = api.get(supervisor, "/api/v1/sites/" + site + "/assessments");
		assertThat(history.body()).hasSize(earlierRuns + 2);
	}

	@Test
	void aHomePageFifteenDaysOldIsAVetoAndTenDaysOldOnlyAWarning() {
		var site = fixtures.newDepartmentSite(sites, "9901000005", "首页更新测试网站");
		var news = fixtures.column(site, "市场监管动态", "DYNAMIC", true, true);
		var article = fixtures.article(site, news, "市场监管局开展专项检查", today.minusDays(15));

		var stale = assess(site);
		assertThat(items(stale, "vetoes", "HOME_NOT_UPDATED")).singleElement().satisfies(v -> {
			assertThat(v.get("reason").asString()).isEqualTo("首页已 15 天没有新信息（14 天即单项否决）");
			assertThat(evidenceLabels(v)).containsExactly("首页栏目「市场监管动态」");
		});
		assertThat(stale.get("qualified").asBoolean()).isFalse();

		fixtures.movePublication(article, today.minusDays(10));
		var warned = assess(site);
		assertThat(items(warned, "vetoes", "HOME_NOT_UPDATED")).isEmpty();
		assertThat(items(warned, "warnings", "HOME_NOT_UPDATED")).singleElement()
			.satisfies(w -> assertThat(w.get("reason").asString()).isEqualTo("首页已 10 天没有新信息，满 14 天将单项否决"));
		assertThat(warned.get("qualified").asBoolean()).as(warned.toString()).isTrue();
	}

	@Test
	void aConsultationUnansweredForMoreThanThreeMonthsIsAVetoNamingItAndAnAnsweredOneIsNot() {
		var site = fixtures.newDepartmentSite(sites, "9901000003", "留言办理测试网站");
		var news = fixtures.column(site, "卫健动态", "DYNAMIC", true, true);
		fixtures.article(site, news, "卫健委开展义诊", today.minusDays(1));
		var received = today.minusMonths(3).minusDays(2);
		var unanswered = fixtures.message(site, "CONSULTATION", "请问新生儿疫苗接种地点", received, received.plusDays(9), null);
		var answered = fixtures.message(site, "CONSULTATION", "请问体检报告何时领取", received, received.plusDays(9),
				received.plusDays(4));

		var result = assess(site);
		assertThat(items(result, "vetoes", "POOR_INTERACTION")).singleElement().satisfies(v -> {
			assertThat(v.get("evidence")).hasSize(1);
			var evidence = v.get("evidence").get(0);
			assertThat(evidence.get("ref").asString()).isEqualTo(unanswered.toString());
			assertThat(evidence.get("label").asString()).isEqualTo("咨询：请问新生儿疫苗接种地点");
			assertThat(evidence.get("detail").asString()).isEqualTo(received + " 收到，截至 " + today + " 超过 3 个月未答复");
		});
		assertThat(result.toString()).doesNotContain(answered.toString());

		fixtures.answer(unanswered, received.plusMonths(1));
		var later = assess(site);
		assertThat(items(later, "vetoes", "POOR_INTERACTION")).isEmpty();
	}

	@Test
	void aUnitSeesItsOwnSitesOnlyAndOnlyTheSupervisorOrAdministratorRunsAssessments() {
		var portal = fixtures.siteByCode("9901000001");
		var other = fixtures.siteByCode("9901000002");
		var editor = api.token("editor", "GovSite@2026");
		assertThat(api.get(editor, "/api/v1/sites/" + portal + "/assessment").status()).isEqualTo(200);
		var refused = api.get(editor, "/api/v1/sites/" + other + "/assessment");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.detail()).isEqualTo("只有监管人员、大数据中心或本网站的主办单位才能查看网站「示例自治州教育局网站」的评估");
		var notAllowed = api.post(editor, "/api/v1/assessments", Map.of("from", today.toString(), "to", today.toString()));
		assertThat(notAllowed.status()).isEqualTo(403);
		assertThat(notAllowed.detail()).isEqualTo("只有主管单位监管员或系统管理员才能发起评估");
	}

	@Test
	void refusesABadPeriodAndNonGovernmentSitesWithEveryReason() {
		var college = jdbc.sql("SELECT id FROM site WHERE type = 'NON_GOVERNMENT'").query(UUID.class).single();
		var response = api.post(supervisor, "/api/v1/assessments", Map.of("from", today.toString(),
				"to", today.plusDays(1).toString(), "siteIds", List.of(college)));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.body().get("reasons").toString()).contains("评估期间的结束日期不能晚于今天（" + today + "）")
			.contains("「示例自治州职业技术学院网站」是非政府网站，不参加政府网站评估");
		var missing = api.post(supervisor, "/api/v1/assessments", Map.of());
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.body().get("reasons").toString()).contains("请填写评估期间的开始日期（from）")
			.contains("请填写评估期间的结束日期（to）");
	}

	@Test
	void anAssessmentOfEveryGovernmentSiteLeavesOutTheNonGovernmentOneAndIsAudited() {
		var created = api.post(supervisor, "/api/v1/assessments",
				Map.of("from", today.withDayOfMonth(1).toString(), "to", today.toString()));
		assertThat(created.status()).isEqualTo(201);
		var report = api.get(supervisor, "/api/v1/assessments/" + created.body().get("id").asString());
		long government = jdbc.sql("SELECT count(*) FROM site WHERE type <> 'NON_GOVERNMENT' AND status = 'RUNNING'")
			.query(Long.class).single();
		assertThat(report.body().get("sites")).hasSize((int) government);
		assertThat(report.body().get("sites").toString()).doesNotContain("职业技术学院");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'ASSESSMENT_RUN' AND target_id = ?")
			.param(created.body().get("id").asString()).query(Long.class).single()).isEqualTo(1);
	}
}
