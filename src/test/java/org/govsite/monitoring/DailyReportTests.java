package org.govsite.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.shared.BeijingTime;
import org.govsite.site.SiteId;
import org.govsite.support.Api;
import org.govsite.support.Console;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 监测日报 (issue 10, item 7): the day's figures are the probes, incidents, findings and freshness monitoring
 * recorded, counted here again with plain SQL; the report is kept per site, read only by those who may read the
 * site, exported to a workbook that opens, shown in the console with the site's drill-down; refusals are sentences.
 */
@GovSiteTest
class DailyReportTests {

	static final String PASSWORD = "GovSite@2026";

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	@Autowired MonitoredSites sites;
	@Autowired Probes probes;
	@Autowired DailyReports reports;

	@Test
	void theDaysReportCountsWhatMonitoringSawAndOnlyItsReadersSeeIt() throws Exception {
		var api = new Api(port);
		var admin = api.token("admin", PASSWORD);
		var portal = jdbc.sql("SELECT id::text FROM site WHERE site_code = '9901000001'").query(String.class).single();
		var today = BeijingTime.today(java.time.Clock.systemUTC());
		try (var site = new TestSite()) {
			site.html("/", """
					<html><head><meta charset="utf-8"><meta name="PubDate" content="%s"></head><body>
					<a href="/gone.html">失效页面</a> <a href="/ok.html">正常页面</a></body></html>""".formatted(today));
			site.html("/ok.html", "<html><body>正常</body></html>");
			assertThat(api.put(admin, "/api/v1/monitoring/sites/" + portal, Map.of("baseUrl", site.url("/").toString()))
				.status()).isEqualTo(200);
			var target = sites.target(SiteId.of(portal)).orElseThrow();

			// two good probes, three failed ones (an incident opens), one good again (it closes)
			probes.probe(target);
			probes.probe(target);
			site.down();
			probes.probe(target);
			probes.probe(target);
			probes.probe(target);
			site.up();
			probes.probe(target);

			// a scan of links and freshness finds the broken link
			var scan = api.post(admin, "/api/v1/monitoring/sites/" + portal + "/scans",
					Map.of("checks", List.of("LINKS", "FRESHNESS"))).body().get("id").asString();
			await().atMost(Duration.ofSeconds(90)).until(() -> List.of("DONE", "FAILED")
				.contains(api.get(admin, "/api/v1/monitoring/scans/" + scan).body().get("status").asString()));
			assertThat(api.get(admin, "/api/v1/monitoring/scans/" + scan).body().get("status").asString()).isEqualTo("DONE");

			reports.write(today);
		}

		var report = api.get(admin, "/api/v1/monitoring/daily-reports/" + today);
		assertThat(report.status()).as(report.raw()).isEqualTo(200);
		JsonRow row = null;
		for (var s : report.body().get("sites")) {
			if (s.get("siteId").asString().equals(portal)) {
				row = new JsonRow(s);
			}
		}
		assertThat(row).as("the portal's row").isNotNull();
		var from = Timestamp.from(today.atStartOfDay(BeijingTime.ZONE).toInstant());
		var to = Timestamp.from(today.plusDays(1).atStartOfDay(BeijingTime.ZONE).toInstant());
		var id = UUID.fromString(portal);
		assertThat(row.integer("probes")).isEqualTo(count(
				"SELECT count(*) FROM monitoring_probe WHERE site_id = ? AND probed_at >= ? AND probed_at < ?", id, from, to));
		assertThat(row.integer("failedProbes")).isEqualTo(count(
				"SELECT count(*) FROM monitoring_probe WHERE site_id = ? AND probed_at >= ? AND probed_at < ? AND (NOT up OR latency_ms > 15000)",
				id, from, to)).isGreaterThanOrEqualTo(3);
		assertThat(row.integer("incidentsOpened")).isEqualTo(count(
				"SELECT count(*) FROM monitoring_incident WHERE site_id = ? AND opened_at >= ? AND opened_at < ?", id, from, to))
			.isGreaterThanOrEqualTo(1);
		// broken links open at some time of the day: at least those open now (one fixed today would count too)
		assertThat(row.integer("brokenLinks")).isGreaterThanOrEqualTo(count("""
				SELECT count(*) FROM monitoring_finding WHERE site_id = ? AND check_code = 'LINKS' AND confirmed
				  AND status IN ('OPEN', 'CONFIRMED')""", id)).isGreaterThanOrEqualTo(1);
		assertThat(row.node().get("homeNewest").asString()).isEqualTo(today.toString());
		assertThat(row.node().get("level").asString()).isEqualTo("VETO"); // an incident on the day
		var totals = report.body().get("totals");
		assertThat(totals.get("sites").asInt()).isEqualTo(report.body().get("sites").size());
		assertThat(totals.get("probes").asLong()).isEqualTo(count(
				"SELECT COALESCE(sum(probes), 0) FROM monitoring_daily_report WHERE report_date = ?", java.sql.Date.valueOf(today)));

		// the workbook opens: 汇总 and 各网站, the portal's row among the sites
		var xlsx = api.download(admin, "/api/v1/monitoring/daily-reports/" + today + "?format=xlsx");
		assertThat(xlsx.status()).isEqualTo(200);
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			assertThat(book.getSheetName(0)).isEqualTo("汇总");
			assertThat(book.getSheet("汇总").getRow(book.getSheet("汇总").getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo(today.toString());
			var names = new HashMap<String, Double>();
			for (var r : book.getSheet("各网站")) {
				if (r.getRowNum() > 0) {
					names.put(r.getCell(0).getStringCellValue(), r.getCell(4).getNumericCellValue());
				}
			}
			assertThat(names).containsEntry("示例自治州人民政府门户网站", (double) row.integer("probes"));
		}

		// who may read: the portal's site administrator sees only the portal; an editor nothing
		var siteAdmin = api.get(api.token("siteadmin", PASSWORD), "/api/v1/monitoring/daily-reports/" + today);
		assertThat(siteAdmin.status()).isEqualTo(200);
		assertThat(siteAdmin.body().get("sites").size()).isLessThan(report.body().get("sites").size());
		siteAdmin.body().get("sites").forEach(s -> assertThat(s.get("siteId").asString()).isEqualTo(portal));
		assertThat(api.get(api.token("editor", PASSWORD), "/api/v1/monitoring/daily-reports/" + today).status()).isEqualTo(403);

		// refusals are sentences
		assertThat(api.post(admin, "/api/v1/monitoring/daily-reports/" + today, Map.of()).detail())
			.isEqualTo("只能生成今天以前的日报：" + today + " 尚未过完");
		assertThat(api.get(admin, "/api/v1/monitoring/daily-reports/2026-02-30").detail())
			.isEqualTo("日期「2026-02-30」格式不正确，应为 2026-11-29");
		var missing = api.get(admin, "/api/v1/monitoring/daily-reports/2020-01-01");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.detail()).contains("2020-01-01 的监测日报尚未生成");
		assertThat(api.post(api.token("supervisor", PASSWORD), "/api/v1/monitoring/daily-reports/2020-01-01", Map.of()).status())
			.isEqualTo(403);

		// the console: the report, the site's drill-down, the incident's timeline
		var console = new Console(port);
		console.signIn("duty", PASSWORD);
		var page = console.get("/monitoring/daily?date=" + today);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("监测日报（" + today + "）", "示例自治州人民政府门户网站", "导出日报（Excel）", "需立即处置");
		var drill = console.get("/monitoring/sites/" + portal);
		assertThat(drill.status()).isEqualTo(200);
		assertThat(drill.body()).contains("示例自治州人民政府门户网站：监测情况", "连续 3 次探测失败", "已完成",
				"更新情况：平台内与公开网站对照", "平台内（按发布记录）");
		var incident = jdbc.sql("SELECT id FROM monitoring_incident WHERE site_id = ? ORDER BY opened_at DESC LIMIT 1")
			.param(id).query(UUID.class).single();
		var timeline = console.get("/monitoring/incidents/" + incident);
		assertThat(timeline.status()).isEqualTo(200);
		assertThat(timeline.body()).contains("已恢复", "发现故障", "探测恢复正常");
		assertThat(console.get("/monitoring/incidents").body()).contains("示例自治州人民政府门户网站");
		assertThat(console.get("/monitoring/daily?date=2026-13-01").body()).contains("日期「2026-13-01」格式不正确");
		// a bad interval is refused next to what was typed, nothing saved
		var refused = console.submit("/monitoring/sites/" + portal, "/monitoring/sites/" + portal + "/settings",
				Map.of("baseUrl", "ftp://example.gov.cn/", "probeIntervalMinutes", "abc", "enabled", "true"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("探测间隔「abc」应为 1 至 72 之间的整数（分钟）", "ftp://example.gov.cn/");
		var badUrl = console.submit("/monitoring/sites/" + portal, "/monitoring/sites/" + portal + "/settings",
				Map.of("baseUrl", "ftp://example.gov.cn/", "probeIntervalMinutes", "5", "enabled", "true"));
		assertThat(badUrl.status()).isEqualTo(422);
		assertThat(badUrl.body()).contains("监测地址须是以 http:// 或 https:// 开头的完整网址");
		assertThat(api.get(admin, "/api/v1/monitoring/sites/" + portal).body().get("baseUrl").asString()).doesNotStartWith("ftp:");
	}

	@Test
	void theMorningRunWritesYesterdayAndCatchesUpOnMissedDays() {
		var today = BeijingTime.today(java.time.Clock.systemUTC());
		jdbc.sql("DELETE FROM monitoring_daily_report WHERE report_date BETWEEN ? AND ?")
			.params(java.sql.Date.valueOf(today.minusDays(DailyReports.CATCH_UP_DAYS)), java.sql.Date.valueOf(today.minusDays(1)))
			.update();
		assertThat(reports.writeMissing()).isEqualTo(DailyReports.CATCH_UP_DAYS);
		assertThat(reports.writeMissing()).isEqualTo(1); // yesterday again; the others exist
		var days = jdbc.sql("SELECT DISTINCT report_date FROM monitoring_daily_report WHERE report_date >= ? ORDER BY 1")
			.param(java.sql.Date.valueOf(today.minusDays(DailyReports.CATCH_UP_DAYS))).query(LocalDate.class).list();
		assertThat(days).contains(today.minusDays(1), today.minusDays(DailyReports.CATCH_UP_DAYS));
		long watched = jdbc.sql("SELECT count(*) FROM monitoring_daily_report WHERE report_date = ?")
			.param(java.sql.Date.valueOf(today.minusDays(1))).query(Long.class).single();
		assertThat(watched).isPositive();
	}

	@Autowired PageOwners owners;

	@Test
	void aPublishedArticlesPageNamesTheArticleAndItsColumnAndNothingElseDoes() {
		record Live(UUID id, String title) {
		}
		var live = jdbc.sql("""
				SELECT a.id, r.title FROM article a JOIN article_revision r ON r.article = a.id AND r.number = a.live_revision
				WHERE a.withdrawn_at IS NULL ORDER BY a.published_at DESC LIMIT 1
				""").query((rs, n) -> new Live(rs.getObject(1, UUID.class), rs.getString(2))).single();
		var owner = owners.of("https://www.example.gov.cn/xwzx/202611/" + live.id() + ".html").orElseThrow();
		assertThat(owner.title()).isEqualTo(live.title());
		assertThat(owner.column()).isNotBlank();
		assertThat(owners.of("https://www.example.gov.cn/xwzx/index.html")).isEmpty();
		assertThat(owners.of("https://www.example.gov.cn/xwzx/202611/" + UUID.randomUUID() + ".html")).isEmpty();
		assertThat(owners.of("not a url at all")).isEmpty();
	}

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	record JsonRow(tools.jackson.databind.JsonNode node) {
		long integer(String field) {
			return node.get(field).asLong();
		}
	}
}
