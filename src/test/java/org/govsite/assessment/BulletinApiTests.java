package org.govsite.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.shared.BeijingTime;
import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * 通报 through the API: issued once per ended month or quarter by the supervisor, every running government site
 * ranked (units by their sites' average), the trend against the previous bulletin, the workbook, and who may read the
 * evidence behind a line.
 */
@GovSiteTest
class BulletinApiTests {

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Clock clock;

	@Test
	void aMonthIsIssuedOnceRanksEverySiteAndComparesWithTheMonthBefore() throws IOException {
		var api = new Api(port);
		var supervisor = api.token("supervisor", "GovSite@2026");
		var today = BeijingTime.today(clock);
		var lastMonth = today.withDayOfMonth(1).minusDays(1);
		var monthBefore = lastMonth.withDayOfMonth(1).minusDays(1);

		var first = issue(api, supervisor, "MONTHLY", monthBefore);
		assertThat(first.status()).as(first.raw()).isEqualTo(201);
		var second = issue(api, supervisor, "MONTHLY", lastMonth);
		assertThat(second.status()).as(second.raw()).isEqualTo(201);

		// Once per period; a month not yet over; a month that does not exist.
		var again = issue(api, supervisor, "MONTHLY", lastMonth);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.detail()).contains("通报已经生成");
		var running = issue(api, supervisor, "MONTHLY", today);
		assertThat(running.status()).isEqualTo(422);
		assertThat(running.detail()).contains("尚未结束");
		var thirteen = api.post(supervisor, "/api/v1/bulletins", Map.of("kind", "MONTHLY", "year", 2026, "number", 13));
		assertThat(thirteen.status()).isEqualTo(422);
		assertThat(thirteen.detail()).contains("月份应在 1 至 12 之间");
		var nothing = api.post(supervisor, "/api/v1/bulletins", Map.of());
		assertThat(nothing.status()).isEqualTo(422);
		assertThat(nothing.raw()).contains("请选择通报类型").contains("请填写年份");

		var id = second.body().get("id").asString();
		var bulletin = api.get(supervisor, "/api/v1/bulletins/" + id);
		assertThat(bulletin.status()).as(bulletin.raw()).isEqualTo(200);
		var body = bulletin.body();
		assertThat(body.get("title").asString())
			.isEqualTo(lastMonth.getYear() + " 年 " + lastMonth.getMonthValue() + " 月全市政府网站检查情况通报");
		assertThat(body.get("from").asString()).isEqualTo(lastMonth.withDayOfMonth(1).toString());
		assertThat(body.get("to").asString()).isEqualTo(lastMonth.toString());

		// Every running government site, counted here from the database, is ranked 1…n, qualified ones first.
		long running_ = jdbc.sql("""
				SELECT count(*) FROM site WHERE status = 'RUNNING' AND type <> 'NON_GOVERNMENT'
				""").query(Long.class).single();
		var sites = list(body.get("sites"));
		assertThat(sites).hasSize((int) running_);
		assertThat(body.get("summary").get("sites").asInt()).isEqualTo((int) running_);
		for (int i = 0; i < sites.size(); i++) {
			assertThat(sites.get(i).get("rank").asInt()).isEqualTo(i + 1);
		}
		boolean seenUnqualified = false;
		for (var line : sites) {
			seenUnqualified |= !line.get("qualified").asBoolean();
			if (seenUnqualified) {
				assertThat(line.get("qualified").asBoolean()).as("qualified sites come first").isFalse();
			}
			// the month before was issued first: every line compares with it
			assertThat(line.get("previouslyQualified").isNull()).isFalse();
		}
		int qualified = body.get("summary").get("qualified").asInt() + body.get("summary").get("atRisk").asInt();
		assertThat(sites.stream().filter(l -> l.get("qualified").asBoolean()).count()).isEqualTo(qualified);

		// Units: as many as sponsor the ranked sites, best average first.
		var units = list(body.get("units"));
		long sponsors = jdbc.sql("""
				SELECT count(DISTINCT sponsor_unit_id) FROM site WHERE status = 'RUNNING' AND type <> 'NON_GOVERNMENT'
				""").query(Long.class).single();
		assertThat(units).hasSize((int) sponsors);
		for (int i = 1; i < units.size(); i++) {
			assertThat(units.get(i).get("averageScore").asDouble())
				.isLessThanOrEqualTo(units.get(i - 1).get("averageScore").asDouble());
		}
		// A site unqualified both months is listed as failing again.
		for (var line : list(body.get("failedAgain"))) {
			assertThat(line.get("qualified").asBoolean()).isFalse();
			assertThat(line.get("previouslyQualified").asBoolean()).isFalse();
		}

		// The list, newest period first.
		var listed = api.get(supervisor, "/api/v1/bulletins");
		assertThat(list(listed.body()).stream().map(b -> b.get("id").asString()).toList()).startsWith(id,
				first.body().get("id").asString());

		// The workbook carries the same ranking.
		var workbook = api.download(supervisor, "/api/v1/bulletins/" + id + "?format=xlsx");
		assertThat(workbook.status()).isEqualTo(200);
		assertThat(workbook.contentType()).contains("spreadsheetml");
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
			assertThat(book.getSheet("概况").getRow(0).getCell(0).getStringCellValue()).isEqualTo(body.get("title").asString());
			var siteSheet = book.getSheet("网站排名");
			assertThat(siteSheet.getLastRowNum()).isEqualTo(sites.size());
			assertThat(siteSheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(sites.get(0).get("siteName").asString());
			assertThat(book.getSheet("单位排名").getLastRowNum()).isEqualTo(units.size());
		}
		assertThat(api.get(supervisor, "/api/v1/bulletins/" + id + "?format=pdf").status()).isEqualTo(422);

		// The audit trail has the issue.
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'BULLETIN_ISSUED'").query(Long.class).single())
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void unitsReadTheBulletinButOnlyTheirOwnEvidenceAndCannotIssue() {
		var api = new Api(port);
		var supervisor = api.token("supervisor", "GovSite@2026");
		var editor = api.token("editor", "GovSite@2026");
		var quarter = BeijingTime.today(clock).withDayOfMonth(1).minusMonths(3);
		int number = (quarter.getMonthValue() - 1) / 3 + 1;
		var end = LocalDate.of(quarter.getYear(), (number - 1) * 3 + 1, 1).plusMonths(3).minusDays(1);
		var refused = api.post(editor, "/api/v1/bulletins", Map.of("kind", "QUARTERLY", "year", quarter.getYear(), "number", number));
		assertThat(refused.status()).isEqualTo(403);
		var issued = api.post(supervisor, "/api/v1/bulletins",
				Map.of("kind", "QUARTERLY", "year", quarter.getYear(), "number", number));
		if (!end.isBefore(BeijingTime.today(clock))) {
			assertThat(issued.status()).isEqualTo(422);
			return;
		}
		assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
		var id = issued.body().get("id").asString();
		assertThat(api.get(editor, "/api/v1/bulletins/" + id).status()).isEqualTo(200);

		var portal = siteId("9901000001");
		var market = siteId("9901000005");
		var own = api.get(editor, "/api/v1/bulletins/" + id + "/sites/" + portal);
		assertThat(own.status()).as(own.raw()).isEqualTo(200);
		assertThat(own.body().get("siteId").asString()).isEqualTo(portal);
		var other = api.get(editor, "/api/v1/bulletins/" + id + "/sites/" + market);
		assertThat(other.status()).isEqualTo(403);
		assertThat(api.get(supervisor, "/api/v1/bulletins/" + id + "/sites/" + market).status()).isEqualTo(200);
		assertThat(api.get(null, "/api/v1/bulletins/" + id).status()).isEqualTo(401);
		assertThat(api.get(supervisor, "/api/v1/bulletins/not-a-bulletin").status()).isEqualTo(404);
	}

	private static Api.Response issue(Api api, String token, String kind, LocalDate month) {
		return api.post(token, "/api/v1/bulletins",
				Map.of("kind", kind, "year", month.getYear(), "number", month.getMonthValue()));
	}

	private String siteId(String code) {
		return jdbc.sql("SELECT id::text FROM site WHERE site_code = ?").param(code).query(String.class).single();
	}

	private static List<JsonNode> list(JsonNode array) {
		var list = new ArrayList<JsonNode>();
		array.forEach(list::add);
		return list;
	}
}
