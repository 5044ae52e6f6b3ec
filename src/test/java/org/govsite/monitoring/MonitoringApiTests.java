package org.govsite.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.govsite.site.SiteId;
import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Scans, findings and incidents through the real API on real PostgreSQL, against a test site served by a real HTTP
 * server: the scan runs as a db-scheduler job, finds exactly the seeded broken links, hands every page to the page
 * detectors, and the findings move through their lifecycle with a live re-check. Probes (driven directly here) open an
 * incident after three failures and close it on recovery.
 */
@GovSiteTest
@TestPropertySource(properties = { "govsite.monitoring.probes-enabled=false", "govsite.monitoring.max-retry-after=PT1S",
		"govsite.duty.acknowledge-within=PT0S" })
class MonitoringApiTests {

	/** A detector standing in for the content-safety ones: flags a page that contains 博彩. */
	@TestConfiguration
	static class Detectors {
		@Bean
		PageDetector gamblingWordDetector() {
			return new PageDetector() {
				@Override
				public Check check() {
					return Check.CONTENT;
				}

				@Override
				public List<Detection> inspect(FetchedPage page) {
					return page.body().contains("博彩") ? List.of(new Detection(Check.CONTENT, "GAMBLING_INJECTION",
							Severity.SERIOUS, true, null, "页面出现「博彩」", null)) : List.of();
				}
			};
		}
	}

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	@Autowired MonitoredSites sites;
	@Autowired Probes probes;
	@Autowired org.govsite.duty.DutyDesk desk;
	Api api;
	String admin;
	String duty;
	TestSite site;
	final AtomicBoolean fixed = new AtomicBoolean();

	@BeforeEach
	void setUp() {
		api = new Api(port);
		admin = api.token("admin", "GovSite@2026");
		duty = api.token("duty", "GovSite@2026");
		site = new TestSite();
		site.html("/", """
				<html><head><meta charset="utf-8"><meta name="PubDate" content="2026-11-28"></head><body>
				<a href="/news/">要闻</a> <a href="/missing.html">失效页面</a> <img src="/img/gone.png" alt="缺图">
				<a href="/files/report.pdf">年度报告</a> <a href="/%E6%94%BF%E5%8A%A1.html">政务</a> <a href="/政务.html#a">政务（原文）</a>
				<a href="/old">旧地址</a> <a href="/bad.html">带博彩</a></body></html>""");
		site.html("/news/", "<html><body><ul><li>通知 2026-11-27</li></ul><a href=\"/news/gone.html\">旧闻</a></body></html>");
		site.html("/%E6%94%BF%E5%8A%A1.html", "<html><body>政务</body></html>");
		site.redirect("/old", 301, "/news/");
		site.html("/bad.html", "<html><body>澳门博彩</body></html>");
		site.route("/missing.html", (exchange, hit) -> TestSite.send(exchange, fixed.get() ? 200 : 404, "text/html",
				"<html></html>", StandardCharsets.UTF_8));
	}

	@AfterEach
	void stop() {
		site.close();
	}

	String portal() {
		return jdbc.sql("SELECT id::text FROM site WHERE site_code = '9901000001'").query(String.class).single();
	}

	@Test
	void settingsDefaultToTheMainDomainAndRefuseBadAddresses() {
		var county = jdbc.sql("SELECT id::text FROM site WHERE type = 'PORTAL' AND site_code <> '9901000001' ORDER BY site_code DESC LIMIT 1")
			.query(String.class).single();
		var current = api.get(admin, "/api/v1/monitoring/sites/" + county);
		assertThat(current.status()).isEqualTo(200);
		assertThat(current.body().get("baseUrl").asString()).startsWith("https://").endsWith("/");
		assertThat(current.body().get("probeIntervalMinutes").asInt()).isEqualTo(5);

		var bad = api.put(admin, "/api/v1/monitoring/sites/" + county, Map.of("baseUrl", "ftp://x", "probeIntervalMinutes", 0));
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.body().get("reasons").toString()).contains("监测地址须是以 http:// 或 https:// 开头的完整网址",
				"探测间隔须在 1 至 72 分钟之间（每天至少访问 20 次）");

		var editor = api.token("editor", "GovSite@2026");
		assertThat(api.get(editor, "/api/v1/monitoring/sites/" + portal()).status()).isEqualTo(403);
		assertThat(api.post(duty, "/api/v1/monitoring/sites/" + portal() + "/scans", Map.of("checks", List.of("LINKS", "NOPE")))
			.detail()).contains("未知的检查项「NOPE」");
	}

	@Test
	void aScanFindsTheSeededBrokenLinksAndDetectorFindingsWhichMoveThroughTheirLifecycle() {
		var set = api.put(admin, "/api/v1/monitoring/sites/" + portal(), Map.of("baseUrl", site.url("/").toString()));
		assertThat(set.status()).isEqualTo(200);
		assertThat(set.body().get("custom").asBoolean()).isTrue();

		var scan = scan();
		assertThat(scan.get("pagesFetched").asInt()).isGreaterThanOrEqualTo(4);
		assertThat(site.hits("/%E6%94%BF%E5%8A%A1.html")).isEqualTo(1);

		var findings = api.get(duty, "/api/v1/monitoring/scans/" + scan.get("id").asString() + "/findings").body();
		var broken = new ArrayList<String>();
		JsonNode gambling = null;
		JsonNode missing = null;
		for (var f : findings) {
			if (f.get("check").asString().equals("LINKS")) {
				broken.add(f.get("url").asString());
				assertThat(f.get("confirmed").asBoolean()).isTrue();
			}
			if (f.get("kind").asString().equals("GAMBLING_INJECTION")) {
				gambling = f;
			}
			if (f.get("url").asString().endsWith("/missing.html")) {
				missing = f;
			}
		}
		assertThat(broken).containsExactlyInAnyOrder(site.url("/missing.html").toString(), site.url("/img/gone.png").toString(),
				site.url("/files/report.pdf").toString(), site.url("/news/gone.html").toString());
		assertThat(missing.get("page").asString()).isEqualTo(site.url("/").toString());
		assertThat(missing.get("anchorText").asString()).isEqualTo("失效页面");
		assertThat(missing.get("outcome").asString()).isEqualTo("404");
		assertThat(gambling).isNotNull();
		assertThat(gambling.get("severity").asString()).isEqualTo("SERIOUS");
		assertThat(gambling.get("url").asString()).isEqualTo(site.url("/bad.html").toString());

		var id = missing.get("id").asString();
		var path = "/api/v1/monitoring/findings/" + id + "/transitions";
		assertThat(api.post(duty, path, Map.of("action", "CONFIRM")).body().get("status").asString()).isEqualTo("CONFIRMED");
		var notYet = api.post(duty, path, Map.of("action", "FIX"));
		assertThat(notYet.status()).isEqualTo(422);
		assertThat(notYet.detail()).isEqualTo("复查仍发现该问题（404），不能标记为已整改");
		fixed.set(true);
		assertThat(api.post(duty, path, Map.of("action", "FIX")).body().get("status").asString()).isEqualTo("FIXED");
		var again = api.post(duty, path, Map.of("action", "CONFIRM"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.detail()).isEqualTo("问题当前状态为「已整改」，不能执行「确认」");

		var gamblingPath = "/api/v1/monitoring/findings/" + gambling.get("id").asString() + "/transitions";
		assertThat(api.post(duty, gamblingPath, Map.of("action", "FALSE_POSITIVE")).detail()).isEqualTo("标记误报须填写理由");
		assertThat(api.post(duty, gamblingPath, Map.of("action", "FALSE_POSITIVE", "comment", "测试页面，内容合规")).status())
			.isEqualTo(200);
		var supervisor = api.token("supervisor", "GovSite@2026");
		assertThat(api.post(supervisor, path, Map.of("action", "CONFIRM")).status()).isEqualTo(403);

		// a second scan: the false positive stays away, the fixed link stays fixed
		var second = scan();
		var kinds = new ArrayList<String>();
		var ids = new ArrayList<String>();
		api.get(duty, "/api/v1/monitoring/scans/" + second.get("id").asString() + "/findings").body()
			.forEach(f -> {
				kinds.add(f.get("kind").asString() + " " + f.get("url").asString());
				ids.add(f.get("id").asString());
			});
		// the real content-safety detectors report the same page under their own evidence; the one marked 误报 stays away
		assertThat(ids).doesNotContain(gambling.get("id").asString());
		assertThat(kinds).noneMatch(k -> k.endsWith("/missing.html"));
		var history = api.get(duty, "/api/v1/monitoring/findings/" + id + "/history").body();
		assertThat(history.toString()).contains("发现", "确认", "已整改");
	}

	JsonNode scan() {
		var accepted = api.post(duty, "/api/v1/monitoring/sites/" + portal() + "/scans",
				Map.of("checks", List.of("LINKS", "CONTENT", "FRESHNESS")));
		assertThat(accepted.status()).isEqualTo(202);
		var id = accepted.body().get("id").asString();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
			var status = api.get(duty, "/api/v1/monitoring/scans/" + id).body().get("status").asString();
			return status.equals("DONE") || status.equals("FAILED");
		});
		var scan = api.get(duty, "/api/v1/monitoring/scans/" + id).body();
		assertThat(scan.get("status").asString()).as(scan.toString()).isEqualTo("DONE");
		return scan;
	}

	@Test
	void anOutageOpensAnIncidentAfterThreeFailuresAndRecoveryClosesIt() {
		var other = jdbc.sql("SELECT id::text FROM site WHERE type <> 'PORTAL' AND status = 'RUNNING' ORDER BY name LIMIT 1")
			.query(String.class).single();
		api.put(admin, "/api/v1/monitoring/sites/" + other, Map.of("baseUrl", site.url("/").toString()));
		var target = sites.target(SiteId.of(other)).orElseThrow();
		var now = java.time.Instant.now();
		var shift = api.post(admin, "/api/v1/duty/shifts", Map.of("officer", "duty", "leader", "supervisor",
				"startsAt", now.minusSeconds(3600).toString().replace("Z", "+00:00"),
				"endsAt", now.plusSeconds(3600).toString().replace("Z", "+00:00")));
		assertThat(shift.status()).as(shift.raw()).isEqualTo(201);
		assertThat(api.post(admin, "/api/v1/duty/shifts", Map.of("officer", "editor", "leader", "x", "startsAt", "2026-13-01T08:00"))
			.body().get("reasons").toString()).contains("「editor」不是在用的值班员账号", "开始时间「2026-13-01T08:00」格式不正确，应为 2026-11-29T08:00",
					"请填写结束时间");
		probes.probe(target);
		site.down();
		probes.probe(target);
		probes.probe(target);
		assertThat(api.get(admin, "/api/v1/monitoring/incidents?siteId=" + other).body()).isEmpty();
		probes.probe(target);
		var incidents = api.get(admin, "/api/v1/monitoring/incidents?siteId=" + other).body();
		assertThat(incidents).hasSize(1);
		assertThat(incidents.get(0).get("status").asString()).isEqualTo("OPEN");
		assertThat(incidents.get(0).get("cause").asString()).contains("连续 3 次探测失败", "503");
		var id = incidents.get(0).get("id").asString();

		// the officer on shift is alerted; unacknowledged, the alert escalates to the leader in charge
		await().atMost(Duration.ofSeconds(20)).until(() -> api.get(duty, "/api/v1/duty/alerts").body().toString().contains(id));
		JsonNode alert = null;
		for (var a : api.get(duty, "/api/v1/duty/alerts").body()) {
			if (a.get("sourceId").asString().equals(id)) {
				alert = a;
			}
		}
		assertThat(alert.get("officer").asString()).isEqualTo("duty");
		assertThat(alert.get("sourceId").asString()).isEqualTo(id);
		desk.escalateOverdue();
		var alertId = alert.get("id").asString();
		assertThat(api.get(duty, "/api/v1/duty/alerts/" + alertId + "/notifications").body().toString())
			.contains("ALERT → duty", "ESCALATED → supervisor");
		var acknowledged = api.post(duty, "/api/v1/duty/alerts/" + alertId + "/acknowledgement", Map.of());
		assertThat(acknowledged.body().get("status").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(api.post(duty, "/api/v1/duty/alerts/" + alertId + "/acknowledgement", Map.of()).detail())
			.isEqualTo("告警当前状态为「已确认」，不能执行「确认」");
		var recover = api.post(admin, "/api/v1/monitoring/incidents/" + id + "/transitions", Map.of("action", "RECOVER"));
		assertThat(recover.detail()).isEqualTo("最近一次探测仍无法访问，不能标记为已恢复");
		assertThat(api.post(admin, "/api/v1/monitoring/incidents/" + id + "/transitions", Map.of("action", "ACKNOWLEDGE"))
			.body().get("status").asString()).isEqualTo("ACKNOWLEDGED");

		site.up();
		probes.probe(target);
		var closed = api.get(admin, "/api/v1/monitoring/incidents/" + id).body();
		assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.get("timeline").toString()).contains("发现故障", "响应", "恢复", "探测恢复正常");
		assertThat(probes.unreachablePercent(SiteId.of(other), 7)).isEqualTo(60.0);
	}
}
