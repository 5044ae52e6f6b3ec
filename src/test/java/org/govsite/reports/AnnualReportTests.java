package org.govsite.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.interaction.PublicClient;
import org.govsite.shared.BeijingTime;
import org.govsite.support.Api;
import org.govsite.support.Console;
import org.govsite.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The annual work report form of the demo portal for 2026 (issue 12, "Done when"): its figures equal counts taken
 * here from the database with plain SQL, it exports to XLSX, it is reviewed, signed off and published from January
 * 2027 on the portal's home page; units are reminded; the supervisor sees who published and the summary form.
 */
@ReportsContext
class AnnualReportTests {

	static final String PORTAL = "9901000001";
	static final String PASSWORD = "GovSite@2026";

	@LocalServerPort int port;
	@Autowired MutableClock clock;
	@Autowired JdbcClient jdbc;
	@Autowired ReportWatch watch;

	final HttpClient http = HttpClient.newHttpClient();

	void moveTo(String day) {
		var target = LocalDate.parse(day).atTime(9, 0).atZone(BeijingTime.ZONE).toInstant();
		clock.advance(Duration.between(clock.instant(), target));
	}

	String siteOf(String code) {
		return jdbc.sql("SELECT CAST(id AS TEXT) FROM site WHERE site_code = ?").param(code).query(String.class).single();
	}

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Test
	void theDemoPortalsFormMatchesTheDatabaseExportsToXlsxAndIsPublishedOnTheHomePage() throws Exception {
		moveTo("2026-04-01");
		var api = new Api(port);
		var site = siteOf(PORTAL);
		var path = "/api/v1/sites/" + site + "/annual-reports/2026";
		// other suites sharing this application context may have left messages of 2026 on the portal: count from here
		var receivedBefore = count(RECEIVED_2026, site);
		var closedBefore = count(RECEIVED_2026 + CLOSED, site);
		seedInteraction(api, site);

		var admin = api.token("siteadmin", PASSWORD);
		var supervisor = api.token("supervisor", PASSWORD);
		var draft = api.get(admin, path);
		assertThat(draft.status()).as(draft.raw()).isEqualTo(200);
		assertThat(api.get(api.token("vendor", PASSWORD), path).status()).isEqualTo(403);
		assertThat(api.get(api.token("editor", PASSWORD), path).status()).isEqualTo(200); // same unit reads
		var fields = draft.body().get("fields");
		assertFiguresEqualTheDatabase(fields, site);
		assertThat(fields.get("articles").asLong()).isPositive();
		assertThat(fields.get("messagesReceived").asLong()).isEqualTo(receivedBefore + 3);
		assertThat(fields.get("messagesClosed").asLong()).isEqualTo(closedBefore + 2);
		assertThat(fields.get("siteCode").asString()).isEqualTo(PORTAL);
		// 办事服务 from the service catalogue: the portal's items, counted here from the database
		assertThat(fields.get("serviceItems").asLong())
			.isEqualTo(count("SELECT count(*) FROM service_item WHERE site_id = CAST(? AS UUID)", site));
		assertThat(fields.get("onlineServiceItems").asLong()).isEqualTo(
				count("SELECT count(*) FROM service_item WHERE site_id = CAST(? AS UUID) AND online", site));
		assertThat(draft.body().get("status").asString()).isEqualTo("DRAFT");

		// the unit fills in what the platform does not know; taken figures and bad values are refused, all at once
		var refused = api.put(admin, path, Map.of("articles", 5, "pageViews", "-1", "smartQa", "也许"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.raw()).contains("「信息发布（条）：总数」由系统取数（内容管理：本年度发布的信息），不能手工填写",
				"「访问情况：网站总访问量」应填写非负整数", "「互动交流：是否提供智能问答功能」应填写“是”或“否”");
		var typed = new LinkedHashMap<String, Object>();
		typed.put("pageViews", 1234567);
		typed.put("uniqueVisitors", 45678);
		typed.put("smartQa", true);
		typed.put("weiboName", "示例自治州发布");
		typed.put("filler", "王五");
		typed.put("phone", "0999-1234567");
		typed.put("filledOn", "2027-01-10");
		var saved = api.put(admin, path, typed);
		assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
		assertThat(saved.body().get("fields").get("pageViews").asLong()).isEqualTo(1234567);
		assertThat(saved.body().get("fields").get("smartQa").asBoolean()).isTrue();
		assertThat(api.put(api.token("editor", PASSWORD), path, Map.of("pageViews", 1)).status()).isEqualTo(403);

		// XLSX: one sheet, label and value in the form's order
		var xlsx = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "?format=xlsx"))
			.header("Authorization", "Bearer " + admin).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(1);
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("示例自治州人民政府门户网站2026年政府网站工作年度报表");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("网站基本信息：网站名称");
			var byLabel = new HashMap<String, org.apache.poi.ss.usermodel.Cell>();
			for (var row : sheet) {
				if (row.getCell(1) != null) {
					byLabel.put(row.getCell(0).getStringCellValue(), row.getCell(1));
				}
			}
			assertThat((long) byLabel.get("信息发布（条）：总数").getNumericCellValue()).isEqualTo(fields.get("articles").asLong());
			assertThat((long) byLabel.get("互动交流：收到留言数量").getNumericCellValue()).isEqualTo(receivedBefore + 3);
			assertThat((long) byLabel.get("访问情况：网站总访问量").getNumericCellValue()).isEqualTo(1234567);
			assertThat(byLabel.get("互动交流：是否提供智能问答功能").getStringCellValue()).isEqualTo("是");
			assertThat(byLabel.get("填报人").getStringCellValue()).isEqualTo("王五");
		}

		// reviewed, but not published before the year ends nor without the sign-off names
		assertThat(api.post(admin, path + "/transitions", Map.of("action", "SUBMIT")).status()).isEqualTo(200);
		var early = api.post(admin, path + "/transitions", Map.of("action", "PUBLISH"));
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.body().get("reasons").toString()).contains("2026年度报表须在该年度结束后发布（2027-01-01 起）",
				"发布前须填写单位负责人", "发布前须填写审核人");
		assertThat(api.put(admin, path, Map.of("unitHead", "张三")).detail()).isEqualTo("报表当前状态为「已审核」，不能修改");
		assertThat(api.post(admin, path + "/transitions", Map.of("action", "RETURN")).detail()).isEqualTo("退回修改须说明理由");
		assertThat(api.post(admin, path + "/transitions", Map.of("action", "RETURN", "reason", "补填签发人")).status()).isEqualTo(200);
		assertThat(api.put(admin, path, Map.of("unitHead", "张三", "reviewer", "李四")).status()).isEqualTo(200);
		assertThat(api.post(admin, path + "/recomputation", Map.of()).status()).isEqualTo(200);
		assertThat(api.post(admin, path + "/transitions", Map.of("action", "SUBMIT")).status()).isEqualTo(200);

		// January: every government site without a published form is reminded, once per kind
		moveTo("2027-01-04");
		watch.run();
		watch.run();
		assertThat(reminders(site)).containsExactly("DUE");
		assertThat(reminders(siteOf("9901000002"))).containsExactly("DUE");

		moveTo("2027-01-15");
		admin = api.token("siteadmin", PASSWORD);
		supervisor = api.token("supervisor", PASSWORD);
		awaitBuilt();
		var published = api.post(admin, path + "/transitions", Map.of("action", "PUBLISH"));
		assertThat(published.status()).as(published.raw()).isEqualTo(200);
		assertThat(published.body().get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(published.body().get("publishedBy").asString()).isEqualTo("siteadmin");
		assertFiguresEqualTheDatabase(published.body().get("fields"), site);
		assertThat(api.put(admin, path, Map.of("pageViews", 1)).status()).isEqualTo(409);

		// the public page, printable, and the link on the portal's home page
		var page = text("/public/annual-reports/" + PORTAL + "/2026");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("示例自治州人民政府门户网站2026年政府网站工作年度报表", "/css/interaction.css",
				"<td id=\"field-articles\">" + fields.get("articles").asLong() + "</td>",
				"<td id=\"field-messagesReceived\">" + (receivedBefore + 3) + "</td>", "<td id=\"field-pageViews\">1234567</td>", "张三");
		assertThat(text("/public/annual-reports/" + PORTAL + "/2025").statusCode()).isEqualTo(404);
		await().atMost(Duration.ofSeconds(60)).until(() -> text("/sites/" + PORTAL + "/index.html").body()
			.contains("/public/annual-reports/" + PORTAL + "/2026"));
		assertThat(text("/sites/" + PORTAL + "/index.html").body()).contains("2026年政府网站工作年度报表");

		// the supervisor's table and the prefecture's summary form
		var summary = api.get(supervisor, "/api/v1/annual-reports/2026");
		assertThat(summary.status()).as(summary.raw()).isEqualTo(200);
		var standings = new LinkedHashMap<String, JsonNode>();
		summary.body().get("standings").forEach(s -> standings.put(s.get("siteName").asString(), s));
		assertThat(standings.get("示例自治州人民政府门户网站").get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(standings.get("示例自治州教育局网站").get("status").asString()).isEqualTo("DRAFT");
		assertThat(summary.body().get("published").asLong()).isEqualTo(1);
		assertThat(summary.body().get("fields").get("messagesReceived").asLong())
			.isGreaterThanOrEqualTo(3);
		assertThat(summary.body().get("fields").get("pageViews").asLong()).isEqualTo(1234567);
		assertThat(api.get(admin, "/api/v1/annual-reports/2026").status()).isEqualTo(403);

		// late units: last call and overdue, only for who has not published
		moveTo("2027-01-27");
		watch.run();
		moveTo("2027-02-01");
		watch.run();
		assertThat(reminders(site)).containsExactly("DUE");
		assertThat(reminders(siteOf("9901000002"))).containsExactly("DUE", "LAST_CALL", "OVERDUE");
		assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'ANNUAL_REPORT_REMINDED' AND target_id = ?",
				siteOf("9901000002") + "/2026")).isEqualTo(3);

		// the console: the form with its sources, the supervisor's table
		var console = new Console(port);
		console.signIn("siteadmin", PASSWORD);
		var form = console.get("/reports/annual/" + site + "/2026");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("2026年政府网站工作年度报表", "取自内容管理：本年度发布的信息", "更正", "网站年度报表");
		var supervisors = new Console(port);
		supervisors.signIn("supervisor", PASSWORD);
		assertThat(supervisors.get("/reports/annual?year=2026").body()).contains("示例自治州教育局网站", "逾期未发布");
		assertThat(supervisors.get("/reports/annual/summary?year=2026").body()).contains("全州政府网站工作年度报表汇总",
				"<td id=\"sum-pageViews\">1234567</td>");

		// a correction reopens the form with a reason, audited; the home page link goes
		admin = api.token("siteadmin", PASSWORD);
		assertThat(api.post(admin, path + "/transitions", Map.of("action", "CORRECT")).detail())
			.isEqualTo("更正已发布的报表须说明理由");
		var corrected = api.post(admin, path + "/transitions", Map.of("action", "CORRECT", "reason", "访问量统计口径更正"));
		assertThat(corrected.body().get("status").asString()).isEqualTo("DRAFT");
		assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'ANNUAL_REPORT_CORRECT' AND target_id = ?",
				site + "/2026")).isEqualTo(1);
		assertThat(text("/public/annual-reports/" + PORTAL + "/2026").statusCode()).isEqualTo(404);
	}

	/** Three messages (one answered after two days, one answered and published, one open), a solicitation, an interview. */
	void seedInteraction(Api api, String site) {
		var citizen = new PublicClient(port);
		var responder = api.token("responder", PASSWORD);
		var reviewer = api.token("reviewer1", PASSWORD);
		var ids = new java.util.ArrayList<String>();
		for (var title : List.of("道路维修", "路灯不亮", "噪音扰民")) {
			var sent = citizen.submit(citizen.message(PORTAL, "CONSULTATION", title, title + "的问题请处理", "赵六",
					"1580000" + (1000 + ids.size())));
			assertThat(sent.status()).as(sent.raw()).isEqualTo(201);
			ids.add(sent.body().get("id").asString());
		}
		moveTo("2026-04-03");
		responder = api.token("responder", PASSWORD);
		reviewer = api.token("reviewer1", PASSWORD);
		for (var id : ids.subList(0, 2)) {
			var accepted = api.post(responder, "/api/v1/messages/" + id + "/transitions", Map.of("action", "ACCEPT"));
			assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
			var started = api.post(responder, "/api/v1/messages/" + id + "/transitions", Map.of("action", "START", "comment", "开始办理"));
			assertThat(started.status()).as(started.raw()).isEqualTo(200);
		}
		var answer = api.post(responder, "/api/v1/messages/" + ids.get(0) + "/transitions", Map.of("action", "ANSWER", "reply", "已安排维修。"));
		assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
		assertThat(api.post(responder, "/api/v1/messages/" + ids.get(1) + "/transitions", Map.of("action", "ANSWER", "reply", "已修复。")).status()).isEqualTo(200);
		assertThat(api.post(reviewer, "/api/v1/messages/" + ids.get(1) + "/transitions", Map.of("action", "SIGN_OFF")).status()).isEqualTo(200);
		assertThat(api.post(responder, "/api/v1/messages/" + ids.get(1) + "/transitions", Map.of("action", "PUBLISH")).status()).isEqualTo(200);

		var form = new LinkedHashMap<String, Object>();
		form.put("siteId", site);
		form.put("title", "年度报表用征集");
		form.put("description", "说明");
		form.put("startsAt", clock.instant().minusSeconds(60).atOffset(ZoneOffset.ofHours(8)).toString());
		form.put("endsAt", clock.instant().plus(Duration.ofHours(2)).atOffset(ZoneOffset.ofHours(8)).toString());
		var s = api.post(responder, "/api/v1/solicitations", form).body().get("id").asString();
		assertThat(api.post(responder, "/api/v1/solicitations/" + s + "/transitions", Map.of("action", "OPEN")).status()).isEqualTo(200);
		assertThat(citizen.submit("/api/v1/public/solicitations/" + PORTAL + "/" + s + "/opinions",
				citizen.input("甲", "15900000011", "意见一")).status()).isEqualTo(201);

		var interview = new LinkedHashMap<String, Object>();
		interview.put("siteId", site);
		interview.put("title", "年度报表用访谈");
		interview.put("description", "访谈简介");
		interview.put("scheduledAt", clock.instant().plus(Duration.ofDays(1)).atOffset(ZoneOffset.ofHours(8)).toString());
		interview.put("guests", List.of(Map.of("name", "王明", "title", "局长", "unit", "州交通运输局")));
		var i = api.post(responder, "/api/v1/interviews", interview).body().get("id").asString();
		assertThat(citizen.submit("/api/v1/public/interviews/" + PORTAL + "/" + i + "/questions",
				citizen.input("丙", "15900000013", "提问一")).status()).isEqualTo(201);
		assertThat(api.post(responder, "/api/v1/interviews/" + i + "/transitions", Map.of("action", "START")).status()).isEqualTo(200);
	}

	/** The counts of the "Done when", taken here with plain SQL. */
	void assertFiguresEqualTheDatabase(JsonNode fields, String site) {
		var from = java.sql.Timestamp.from(LocalDate.of(2026, 1, 1).atStartOfDay(BeijingTime.ZONE).toInstant());
		var to = java.sql.Timestamp.from(LocalDate.of(2027, 1, 1).atStartOfDay(BeijingTime.ZONE).toInstant());
		var siteId = java.util.UUID.fromString(site);
		var live = "FROM article WHERE site_id = ? AND live_revision IS NOT NULL AND withdrawn_at IS NULL AND published_at >= ? AND published_at < ?";
		assertThat(fields.get("articles").asLong()).isEqualTo(count("SELECT count(*) " + live, siteId, from, to));
		assertThat(fields.get("interpretations").asLong())
			.isEqualTo(count("SELECT count(*) " + live + " AND kind = 'INTERPRETATION'", siteId, from, to));
		var received = "FROM interaction_message WHERE site_id = ? AND received_on BETWEEN '2026-01-01' AND '2026-12-31'";
		assertThat(fields.get("messagesReceived").asLong()).isEqualTo(count("SELECT count(*) " + received, siteId));
		var closed = received + " AND status IN ('ANSWERED', 'REJECTED', 'PUBLISHED') AND closed_at IS NOT NULL";
		assertThat(fields.get("messagesClosed").asLong()).isEqualTo(count("SELECT count(*) " + closed, siteId));
		var days = jdbc.sql("SELECT COALESCE(round(CAST(avg(EXTRACT(EPOCH FROM closed_at - received_at)) / 86400 AS numeric), 2), 0) " + closed)
			.params(siteId).query(Double.class).single();
		assertThat(fields.get("messageAverageDays").asDouble()).isEqualTo(days);
		assertThat(fields.get("publicReplies").asLong()).isEqualTo(count("SELECT count(*) " + received + " AND status = 'PUBLISHED'", siteId));
		assertThat(fields.get("solicitations").asLong()).isEqualTo(count(
				"SELECT count(*) FROM interaction_solicitation WHERE site_id = ? AND status <> 'DRAFT' AND opened_at >= ? AND opened_at < ?",
				siteId, from, to));
		assertThat(fields.get("opinions").asLong()).isEqualTo(count("""
				SELECT count(*) FROM interaction_opinion o JOIN interaction_solicitation s ON s.id = o.solicitation_id
				WHERE s.site_id = ? AND o.received_at >= ? AND o.received_at < ?""", siteId, from, to));
		assertThat(fields.get("interviews").asLong()).isEqualTo(count(
				"SELECT count(*) FROM interaction_interview WHERE site_id = ? AND started_at >= ? AND started_at < ?",
				siteId, from, to));
		assertThat(fields.get("interviewQuestions").asLong()).isEqualTo(count("""
				SELECT count(*) FROM interaction_question q JOIN interaction_interview i ON i.id = q.interview_id
				WHERE i.site_id = ? AND q.received_at >= ? AND q.received_at < ?""", siteId, from, to));
		assertThat(fields.get("solicitations").asLong()).isPositive();
		assertThat(fields.get("interviews").asLong()).isPositive();
	}

	static final String RECEIVED_2026 =
			"SELECT count(*) FROM interaction_message WHERE site_id = CAST(? AS UUID) AND received_on BETWEEN '2026-01-01' AND '2026-12-31'";
	static final String CLOSED = " AND status IN ('ANSWERED', 'REJECTED', 'PUBLISHED') AND closed_at IS NOT NULL";

	List<String> reminders(String site) {
		return jdbc.sql("SELECT kind FROM annual_report_reminder WHERE site_id = CAST(? AS UUID) AND year = 2026 ORDER BY raised_at")
			.param(site).query(String.class).list();
	}

	void awaitBuilt() {
		await().atMost(Duration.ofSeconds(60)).until(() -> text("/sites/" + PORTAL + "/index.html").statusCode() == 200);
	}

	HttpResponse<String> text(String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
