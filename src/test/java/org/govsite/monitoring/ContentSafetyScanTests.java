package org.govsite.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The content-safety checks of a scan end to end, with the real detectors, against a test site served by a real HTTP
 * server that plays an attacked government site: hidden links, an obfuscated redirect script, a home page that
 * answers differently to {@code Baiduspider}, an unmasked ID number, a keyword chain put where the county's name
 * belongs, a link to an outside site that now promotes gambling and one to a domain that no longer resolves. Each is
 * a finding with evidence; the ordinary page next to them is left alone.
 */
@GovSiteTest
@TestPropertySource(properties = { "govsite.monitoring.probes-enabled=false", "govsite.monitoring.max-retry-after=PT1S" })
class ContentSafetyScanTests {

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	Api api;
	String admin;
	String duty;
	TestSite site;
	TestSite outside;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		admin = api.token("admin", "GovSite@2026");
		duty = admin; // the demo duty officer watches the portal only; the operator acts on every site
		outside = new TestSite("localhost");
		outside.html("/", "<html><head><title>澳门新葡京娱乐城</title></head><body>澳门百家乐在线注册送彩金，线上赌场24小时开放</body></html>");
		site = new TestSite();
		var home = """
				<html><head><meta charset="utf-8"><title>甲县人民政府</title>
				<style>.sl{position:absolute;left:-3000px}</style></head><body>
				<h1>甲县人民政府</h1>
				<a href="/notice.html">通知公告</a> <a href="/plain.html">工作动态</a>
				<div class="sl"><a href="https://casino.example.com/">澳门百家乐</a></div>
				<a href="%s">友情链接</a> <a href="http://gone-domain.invalid/">原合作网站</a>
				<script>eval(String.fromCharCode(100,111,99,117,109,101,110,116,46,108,111,99,97,116,105,111,110,61,39,104,116,116,112,115,58,47,47,98,99,46,101,120,97,109,112,108,101,46,99,111,109,39));</script>
				</body></html>""".formatted(outside.url("/"));
		site.route("/", (exchange, hit) -> {
			var agent = exchange.getRequestHeaders().getFirst("User-Agent");
			var body = agent != null && agent.contains("Baiduspider")
					? home.replace("</body>", "<a href=\"https://www.bet365-casino.example/\">澳门新葡京官网</a> 线上百家乐 真人赌场</body>")
					: home;
			TestSite.send(exchange, 200, "text/html; charset=utf-8", body, StandardCharsets.UTF_8);
		});
		var chain = "金沙娱乐_金沙官方网站";
		site.html("/notice.html", "<html><head><meta charset=\"utf-8\"></head><body><h1>关于" + chain + "春季造林绿化工作的通知</h1>"
				+ "<p>各乡镇：为做好" + chain + "春季造林工作，现将有关事项通知如下。</p><p>" + chain + "林业局</p>"
				+ "<p>联系人：王明，身份证号 110101199003071233，电话 0991-1234567。</p></body></html>");
		site.html("/plain.html", "<html><head><meta charset=\"utf-8\"></head><body><h1>县政府召开常务会议</h1>"
				+ "<p>会议研究部署春耕生产和体育彩票公益金使用工作，要求各部门抓好落实。</p></body></html>");
	}

	@AfterEach
	void stop() {
		site.close();
		outside.close();
	}

	private static void kind(Map<String, JsonNode> byKind, String kind, java.util.function.Consumer<JsonNode> expectations) {
		assertThat(byKind).as("a finding of kind " + kind + " among " + byKind.keySet()).containsKey(kind);
		expectations.accept(byKind.get(kind));
	}

	@Test
	void everySeededAttackIsASeriousFindingWithEvidenceAndTheOrdinaryPageIsLeftAlone() {
		var department = jdbc.sql("SELECT id::text FROM site WHERE type = 'DEPARTMENT' ORDER BY site_code LIMIT 1")
			.query(String.class).single();
		assertThat(api.put(admin, "/api/v1/monitoring/sites/" + department, Map.of("baseUrl", site.url("/").toString()))
			.status()).isEqualTo(200);
		var accepted = api.post(duty, "/api/v1/monitoring/sites/" + department + "/scans",
				Map.of("checks", List.of("LINKS", "CONTENT", "HIDDEN_LINKS", "SCRIPTS", "CLOAKING")));
		assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
		var id = accepted.body().get("id").asString();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
			var status = api.get(duty, "/api/v1/monitoring/scans/" + id).body().get("status").asString();
			return status.equals("DONE") || status.equals("FAILED");
		});
		assertThat(api.get(duty, "/api/v1/monitoring/scans/" + id).body().get("status").asString()).isEqualTo("DONE");

		var byKind = new HashMap<String, JsonNode>();
		for (var f : api.get(duty, "/api/v1/monitoring/scans/" + id + "/findings").body()) {
			byKind.putIfAbsent(f.get("kind").asString(), f);
			assertThat(f.get("page") == null || f.get("page").isNull() ? "" : f.get("page").asString())
				.as("nothing on the ordinary page: " + f).doesNotEndWith("/plain.html");
		}
		kind(byKind, "HIDDEN_LINK", f -> {
			assertThat(f.get("check").asString()).isEqualTo("HIDDEN_LINKS");
			assertThat(f.get("severity").asString()).isEqualTo("SERIOUS");
			assertThat(f.get("url").asString()).isEqualTo("https://casino.example.com/");
			assertThat(f.get("evidence").asString()).contains("移出可视区域 left:-3000px", "澳门百家乐");
		});
		kind(byKind, "OBFUSCATED_SCRIPT", f -> {
			assertThat(f.get("check").asString()).isEqualTo("SCRIPTS");
			assertThat(f.get("severity").asString()).isEqualTo("SERIOUS");
			assertThat(f.get("evidence").asString()).contains("String.fromCharCode");
		});
		kind(byKind, "CLOAKING", f -> {
			assertThat(f.get("check").asString()).isEqualTo("CLOAKING");
			assertThat(f.get("severity").asString()).isEqualTo("SERIOUS");
			assertThat(f.get("url").asString()).isEqualTo(site.url("/").toString());
			assertThat(f.get("evidence").asString()).contains("百度蜘蛛（Baiduspider）", "bet365-casino.example");
		});
		kind(byKind, "PRIVACY", f -> {
			assertThat(f.get("severity").asString()).isEqualTo("SERIOUS");
			assertThat(f.get("url").asString()).isEqualTo(site.url("/notice.html").toString());
			// the evidence names the leak without repeating it
			assertThat(f.get("evidence").asString()).doesNotContain("110101199003071233").contains("身份证");
		});
		kind(byKind, "SEO_INJECTION", f -> {
			assertThat(f.get("severity").asString()).isEqualTo("SERIOUS");
			assertThat(f.get("evidence").asString()).contains("金沙娱乐_金沙官方网站");
		});
		kind(byKind, "OUTBOUND_GAMBLING", f -> {
			assertThat(f.get("severity").asString()).isEqualTo("SERIOUS");
			assertThat(f.get("url").asString()).isEqualTo(outside.url("/").toString());
			assertThat(f.get("evidence").asString()).contains("localhost", "百家乐");
		});
		kind(byKind, "OUTBOUND_UNRESOLVED", f -> {
			assertThat(f.get("url").asString()).isEqualTo("http://gone-domain.invalid/");
			assertThat(f.get("evidence").asString()).contains("gone-domain.invalid", site.url("/").toString());
		});

		var domains = api.get(duty, "/api/v1/monitoring/sites/" + department + "/outbound-domains").body();
		var seen = new HashMap<String, JsonNode>();
		domains.forEach(d -> seen.put(d.get("domain").asString(), d));
		assertThat(seen).containsKeys("localhost", "gone-domain.invalid", "casino.example.com");
		assertThat(seen.get("localhost").get("verdict").asString()).isEqualTo("GAMBLING");
		assertThat(seen.get("gone-domain.invalid").get("resolves").asBoolean()).isFalse();
		assertThat(api.get(api.token("editor", "GovSite@2026"), "/api/v1/monitoring/sites/" + department + "/outbound-domains")
			.status()).isEqualTo(403);
	}
}
