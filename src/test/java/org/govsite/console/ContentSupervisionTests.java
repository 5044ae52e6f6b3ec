package org.govsite.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14, the supervisor's screen: across every running site, columns overdue, due soon or empty with a per-site
 * drill-down, sites without columns or updates, late and escalated messages — the same in the API and the workbook.
 */
@GovSiteTest
class ContentSupervisionTests {

	@LocalServerPort int port;

	@Test
	void theSupervisorSeesANewEmptyColumnInTheSitesDrillDownAndTheWorkbook() throws Exception {
		var api = new Api(port);
		var admin = api.token("admin", "GovSite@2026");
		var supervisor = api.token("supervisor", "GovSite@2026");
		var county = api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> "9901210001".equals(site.path("siteCode").asString())).findFirst().orElseThrow().get("id").asString();
		var before = api.get(supervisor, "/api/v1/supervision/content").body();
		var column = new HashMap<String, Object>(Map.of("siteId", county, "name", "监督演练空白栏目", "slug",
				"jdyl" + System.nanoTime() % 100000, "kind", "LIST", "updateClass", "DYNAMIC", "firstLevel", true,
				"onHome", false, "sortOrder", 99));
		assertThat(api.post(admin, "/api/v1/columns", column).status()).isEqualTo(201);

		var after = api.get(supervisor, "/api/v1/supervision/content").body();
		assertThat(after.get("sites").valueStream().map(s -> s.get("siteName").asString()).toList())
			.contains("示例自治州人民政府门户网站", "甲县人民政府门户网站");
		var countyLine = after.get("sites").valueStream().filter(s -> s.get("siteId").asString().equals(county))
			.findFirst().orElseThrow();
		var countyBefore = before.get("sites").valueStream().filter(s -> s.get("siteId").asString().equals(county))
			.findFirst().orElseThrow();
		assertThat(countyLine.get("empty").asLong()).isEqualTo(countyBefore.get("empty").asLong() + 1);

		var drill = api.get(supervisor, "/api/v1/supervision/content?siteId=" + county).body();
		assertThat(drill.get("columns").valueStream().allMatch(c -> c.get("siteId").asString().equals(county))).isTrue();
		assertThat(drill.get("columns").valueStream().filter(c -> c.get("columnName").asString().equals("监督演练空白栏目"))
			.findFirst().orElseThrow().get("statusLabel").asString()).isEqualTo("空白");

		var xlsx = api.download(supervisor, "/api/v1/supervision/content/xlsx?siteId=" + county);
		assertThat(xlsx.status()).isEqualTo(200);
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			assertThat(book.getSheetName(0)).isEqualTo("网站");
			var columns = book.getSheet("问题栏目");
			var names = new java.util.ArrayList<String>();
			columns.forEach(row -> names.add(row.getCell(1).getStringCellValue()));
			assertThat(names).contains("栏目", "监督演练空白栏目");
			assertThat(book.getSheet("超期留言").getRow(0).getCell(4).getStringCellValue()).isEqualTo("超期工作日");
		}

		var editor = api.token("editor", "GovSite@2026");
		var refused = api.get(editor, "/api/v1/supervision/content");
		assertThat(refused.status()).isEqualTo(403);
		var unknown = api.get(supervisor, "/api/v1/supervision/content?siteId=00000000-0000-0000-0000-000000000001");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.detail()).isEqualTo("没有这个运行中的网站");
	}
}
