package org.govsite.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govsite.monitoring.TestSite;
import org.govsite.shared.BeijingTime;
import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The monitoring-backed indicators through the real API: availability from a week of probes (written as the probes
 * write them, over days no test can wait for), broken links and a gambling injection found by real scans of a test
 * site served over HTTP, and a site monitoring never looked at, which stays unscored.
 */
@GovSiteTest
class MonitoringEvidenceTests {

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Clock clock;

	Api api;
	Fixtures fixtures;
	String supervisor;
	String admin;
	LocalDate today;
	final List<TestSite> servers = new ArrayList<>();

	@BeforeEach
	void setUp() {
		api = new Api(port);
		fixtures = new Fixtures(jdbc);
		supervisor = api.token("supervisor", "GovSite@2026");
		admin = api.token("admin", "GovSite@2026");
		today = BeijingTime.today(clock);
	}

	@AfterEach
	void stop() {
		servers.forEach(TestSite::close);
	}

	@Test
	void aWeekOfProbesScoresAvailabilityAndFailuresPastTheLinesWarnThenVeto() {
		var site = fixtures.siteByCode("9901210001");
		var weekStart = today.minusDays(6).atStartOfDay(BeijingTime.ZONE).toInstant();
		var now = clock.instant();
		var step = Duration.between(weekStart, now).dividedBy(141);
		for (int i = 1; i <= 140; i++) {
			var at = weekStart.plus(step.multipliedBy(i));
			// one refused, one timed out, one that opened but only after 16 s: three failures of 140
			switch (i) {
				case 20 -> probe(site, at, false, 503, null, 120);
				case 70 -> probe(site, at, false, 0, "TIMEOUT", 15_000);
				case 110 -> probe(site, at, true, 200, null, 16_000);
				default -> probe(site, at, true, 200, null, 300 + i);
			}
		}
		// the week before does not count, however bad it was
		for (int i = 1; i <= 30; i++) {
			probe(site, weekStart.minus(Duration.ofHours(i)), false, 0, "CONNECTION", 10);
		}

		var clean = assess(site);
		assertThat(items(clean, "unscored", "UNREACHABLE")).isEmpty();
		assertThat(items(clean, "vetoes", "UNREACHABLE")).isEmpty();
		assertThat(items(clean, "warnings", "UNREACHABLE")).isEmpty();

		probe(site, now.minusSeconds(120), false, 502, null, 80);
		probe(site, now.minusSeconds(60), false, 0, "TIMEOUT", 15_000);
		var warned = assess(site);
		assertThat(items(warned, "unscored", "UNREACHABLE")).isEmpty();
		assertThat(items(warned, "vetoes", "UNREACHABLE")).isEmpty();
		assertThat(items(warned, "warnings", "UNREACHABLE")).singleElement().satisfies(w -> {
			assertThat(w.get("reason").asString()).isEqualTo("一周内首页无法访问比例 3.5%，达到 5% 将单项否决");
			assertThat(w.get("evidence").get(0).get("detail").asString()).isEqualTo("访问 142 次，15 秒内未打开 5 次（3.5%）");
		});

		for (int i = 1; i <= 3; i++) {
			probe(site, now.minusSeconds(30 + i), false, 0, "CONNECTION", 5);
		}
		var vetoed = assess(site);
		assertThat(vetoed.get("qualified").asBoolean()).isFalse();
		assertThat(items(vetoed, "vetoes", "UNREACHABLE")).singleElement().satisfies(v -> {
			assertThat(v.get("reason").asString()).isEqualTo("一周内首页无法访问比例 5.5%，达到 5%");
			var evidence = v.get("evidence").get(0);
			assertThat(evidence.get("label").asString()).isEqualTo(today.minusDays(6) + " 至 " + today);
			assertThat(evidence.get("detail").asString()).isEqualTo("访问 145 次，15 秒内未打开 8 次（5.5%）");
		});
	}

	@Test
	void aConfirmedBrokenLinkOnTheHomePageIsDeductedNamingItsUrlAndOneElsewhereAtTheLowerRate() {
		var site = fixtures.siteByCode("9901000002");
		var news = fixtures.column(site, "教育动态", "DYNAMIC", true, true);
		fixtures.article(site, news, "教育局召开开学工作会议", today.minusDays(1));
		var server = server();
		server.html("/", """
				<html><head><meta charset="utf-8"><title>示例自治州教育局</title></head><body>
				<a href="/news/">教育动态</a> <a href="/zsjz.html">招生简章</a></body></html>""");
		server.html("/news/", """
				<html><head><meta charset="utf-8"></head><body><a href="/news/old.html">往年通知</a></body></html>""");

		var scan = scan(site, server);
		var broken = findings(scan).stream().filter(f -> f.get("check").asString().equals("LINKS")).toList();
		var homeLink = server.url("/zsjz.html").toString();
		var pageLink = server.url("/news/old.html").toString();
		assertThat(broken).extracting(f -> f.get("url").asString()).containsExactlyInAnyOrder(homeLink, pageLink);
		var homeFinding = broken.stream().filter(f -> f.get("url").asString().equals(homeLink)).findFirst().orElseThrow();
		assertThat(homeFinding.get("confirmed").asBoolean()).isTrue();

		var result = assess(site);
		assertThat(result.get("vetoes")).as(result.toString()).isEmpty();
		assertThat(items(result, "unscored", "HOME_BROKEN_LINK")).isEmpty();
		assertThat(items(result, "unscored", "SECURITY")).isEmpty();
		assertThat(items(result, "deductions", "HOME_BROKEN_LINK")).singleElement().satisfies(d -> {
			assertThat(d.get("points").asDouble()).isEqualTo(1.0);
			assertThat(d.get("evidence")).singleElement().satisfies(e -> {
				assertThat(e.get("ref").asString()).isEqualTo(homeFinding.get("id").asString());
				assertThat(e.get("detail").asString()).isEqualTo("首页链接不可用：" + homeLink);
				assertThat(e.get("label").asString()).startsWith("失效链接：「招生简章」");
			});
		});
		assertThat(items(result, "deductions", "PAGE_BROKEN_LINK")).singleElement().satisfies(d -> {
			assertThat(d.get("points").asDouble()).isEqualTo(0.1);
			assertThat(d.get("evidence").get(0).get("detail").asString()).isEqualTo("其他页面链接不可用：" + pageLink);
		});
	}

	@Test
	void anOpenGamblingInjectionIsASecurityVetoUntilItIsMarkedAFalsePositive() {
		var site = fixtures.siteByCode("9901810001");
		var server = server();
		server.html("/", """
				<html><head><meta charset="utf-8"><title>丙市人民政府门户网站</title></head><body>
				<a href="/zwgk/">政务公开</a></body></html>""");
		server.html("/zwgk/", """
				<html><head><meta charset="utf-8"><title>政务公开</title></head><body>
				<p>澳门博彩官网，真人百家乐在线赌场，注册即送彩金，点击进入。</p></body></html>""");

		var scan = scan(site, server);
		var gambling = findings(scan).stream().filter(f -> f.get("kind").asString().equals("GAMBLING_INJECTION")).toList();
		assertThat(gambling).as(findings(scan).toString()).isNotEmpty()
			.allSatisfy(f -> assertThat(f.get("severity").asString()).isEqualTo("SERIOUS"));
		var page = server.url("/zwgk/").toString();

		var vetoed = assess(site);
		assertThat(vetoed.get("qualified").asBoolean()).isFalse();
		assertThat(items(vetoed, "vetoes", "SECURITY")).singleElement().satisfies(v -> {
			assertThat(v.get("reason").asString()).matches("发现 \\d+ 项安全、保密事故或严重错误");
			assertThat(v.get("evidence")).anySatisfy(e -> {
				assertThat(e.get("ref").asString()).isEqualTo(gambling.get(0).get("id").asString());
				assertThat(e.get("detail").asString()).isEqualTo("发布或链接违法有害内容，" + today + " 发现（" + page + "）");
			});
		});

		for (var finding : gambling) {
			var marked = api.post(admin, "/api/v1/monitoring/findings/" + finding.get("id").asString() + "/transitions",
					Map.of("action", "FALSE_POSITIVE", "comment", "测试页面"));
			assertThat(marked.status()).as(marked.raw()).isEqualTo(200);
		}
		var after = assess(site);
		assertThat(after.toString()).doesNotContain(gambling.get(0).get("id").asString());
	}

	@Test
	void aSiteMonitoringNeverLookedAtIsStillNotScoredOnItsIndicators() {
		var site = fixtures.siteByCode("9901220001");
		var result = assess(site);
		// the veto items are always judged (the link deductions only on a site without a veto)
		for (var item : List.of("UNREACHABLE", "SECURITY")) {
			assertThat(items(result, "unscored", item)).as(item).singleElement()
				.satisfies(u -> assertThat(u.get("reason").asString()).isEqualTo("暂无监测数据，未评分"));
		}
	}

	// ------------------------------------------------------------------ helpers

	/** A probe row as {@code Probes} writes it. */
	void probe(UUID site, Instant at, boolean up, int status, String failure, int latencyMillis) {
		jdbc.sql("""
				INSERT INTO monitoring_probe (site_id, url, probed_at, up, status, failure, latency_ms)
				VALUES (?, 'https://www.jiaxian.gov.cn/', ?, ?, ?, ?, ?)
				""").params(site, Timestamp.from(at), up, status, failure, latencyMillis).update();
	}

	TestSite server() {
		var server = new TestSite();
		servers.add(server);
		return server;
	}

	/** Points the site's monitoring at the server and runs a real scan (links and content) to its end. */
	JsonNode scan(UUID site, TestSite server) {
		var set = api.put(admin, "/api/v1/monitoring/sites/" + site, Map.of("baseUrl", server.url("/").toString()));
		assertThat(set.status()).as(set.raw()).isEqualTo(200);
		var accepted = api.post(admin, "/api/v1/monitoring/sites/" + site + "/scans",
				Map.of("checks", List.of("LINKS", "CONTENT")));
		assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
		var id = accepted.body().get("id").asString();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
			var status = api.get(admin, "/api/v1/monitoring/scans/" + id).body().get("status").asString();
			return status.equals("DONE") || status.equals("FAILED");
		});
		var scan = api.get(admin, "/api/v1/monitoring/scans/" + id).body();
		assertThat(scan.get("status").asString()).as(scan.toString()).isEqualTo("DONE");
		return scan;
	}

	List<JsonNode> findings(JsonNode scan) {
		var list = new ArrayList<JsonNode>();
		api.get(admin, "/api/v1/monitoring/scans/" + scan.get("id").asString() + "/findings").body().forEach(list::add);
		return list;
	}

	JsonNode assess(UUID site) {
		var created = api.post(supervisor, "/api/v1/assessments",
				Map.of("from", today.withDayOfMonth(1).toString(), "to", today.toString(), "siteIds", List.of(site)));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var report = api.get(supervisor, "/api/v1/assessments/" + created.body().get("id").asString());
		assertThat(report.status()).as(report.raw()).isEqualTo(200);
		return report.body().get("sites").get(0);
	}

	static List<JsonNode> items(JsonNode result, String list, String item) {
		return AssessmentApiTests.items(result, list, item);
	}
}
