package org.govsite.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.govsite.shared.BeijingTime;
import org.govsite.support.Api;
import org.govsite.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The annual disclosure report of the demo portal for 2026: its request figures equal the counts taken here from the
 * requests as the office lists them; it is published from January 2027, frozen, public on the site, and the supervisor
 * sees who published.
 */
@DisclosureContext
class DisclosureReportTests {

	static final String PORTAL = "9901000001";
	/** The national table's rows, written out here independently of {@link DisclosureOutcome}. */
	static final Map<String, String> ROW = Map.of("DISCLOSED", "（一）予以公开", "ALREADY_PUBLIC", "（一）予以公开",
			"PARTLY_DISCLOSED", "（二）部分公开", "WITHHELD", "（三）不予公开", "NOT_EXIST", "（四）无法提供", "NOT_HELD",
			"（四）无法提供", "REPEATED", "（五）不予处理", "NOT_PROCESSED", "（五）不予处理");

	@LocalServerPort int port;
	@Autowired MutableClock clock;

	void moveTo(String day) {
		var target = LocalDate.parse(day).atTime(9, 0).atZone(BeijingTime.ZONE).toInstant();
		clock.advance(Duration.between(clock.instant(), target));
	}

	String register(Api api, String officer, String receivedOn) {
		var form = new HashMap<String, Object>();
		form.put("siteCode", PORTAL);
		form.put("applicantKind", "PERSON");
		form.put("applicantName", "李四");
		form.put("idNumber", "110101198001011234");
		form.put("mobile", "13900004444");
		form.put("description", "本机关 2025 年财政预算执行情况");
		form.put("preferredForm", "PAPER");
		form.put("delivery", "PICK_UP");
		form.put("channel", "IN_PERSON");
		form.put("receivedOn", receivedOn);
		var created = api.post(officer, "/api/v1/disclosure-requests", form);
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return created.body().get("id").asString();
	}

	void act(Api api, String officer, String id, Map<String, Object> body) {
		var moved = api.post(officer, "/api/v1/disclosure-requests/" + id + "/transitions", body);
		assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
	}

	@Test
	void theRequestFiguresEqualTheCountsOfTheRequestsAndTheReportIsPublishedOnTheSite() throws Exception {
		var api = new Api(port);
		moveTo("2026-06-10");
		var officer = api.token("disclosure", "GovSite@2026");
		var supervisor = api.token("supervisor", "GovSite@2026");
		var carried = register(api, officer, "2025-12-22");
		act(api, officer, carried, Map.of("action", "ANSWER", "on", "2026-01-09", "outcome", "DISCLOSED", "reply", "予以公开。"));
		var withheld = register(api, officer, "2026-03-02");
		act(api, officer, withheld, Map.of("action", "ANSWER", "on", "2026-03-20", "outcome", "WITHHELD", "ground",
				"属于国家秘密，依据条例第十四条不予公开", "reply", "不予公开。"));
		var absent = register(api, officer, "2026-03-03");
		act(api, officer, absent, Map.of("action", "ANSWER", "on", "2026-03-10", "outcome", "NOT_EXIST", "reply", "经检索，该信息不存在。"));
		var abandoned = register(api, officer, "2026-04-01");
		act(api, officer, abandoned, Map.of("action", "REQUEST_COMPLETION", "on", "2026-04-02", "note", "请写明所需信息的年份"));
		act(api, officer, abandoned, Map.of("action", "ABANDON", "note", "申请人逾期未补正"));
		register(api, officer, "2026-06-01");

		var siteId = api.get(officer, "/api/v1/disclosure-requests/" + withheld).body().get("siteId").asString();
		var draft = api.get(officer, "/api/v1/sites/" + siteId + "/disclosure-reports/2026");
		assertThat(draft.status()).as(draft.raw()).isEqualTo(200);
		assertThat(api.get(api.token("editor", "GovSite@2026"), "/api/v1/sites/" + siteId + "/disclosure-reports/2026")
			.status()).isEqualTo(403);
		assertFiguresEqualCounts(draft.body().get("figures"), api.get(officer, "/api/v1/disclosure-requests").body());

		var written = Map.<String, Object>of("overview", "2026年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。",
				"problems", "依申请公开答复的规范性有待提高。", "otherMatters", "无。", "reconsiderations", 1,
				"reconsiderationsUpheld", 1, "lawsuits", 0);
		assertThat(api.put(officer, "/api/v1/sites/" + siteId + "/disclosure-reports/2026", written).status())
			.isEqualTo(200);
		var early = api.post(officer, "/api/v1/sites/" + siteId + "/disclosure-reports/2026/publication", Map.of());
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.detail()).isEqualTo("2026年度报告须在该年度结束后发布（2027-01-01 起）");

		// January: every government site that has not published is reminded, once
		moveTo("2027-01-04");
		watch.run();
		assertThat(reminders(siteId)).containsExactly("DUE");
		watch.run();
		assertThat(reminders(siteId)).containsExactly("DUE");
		assertThat(reminders(siteOf("9901000002"))).containsExactly("DUE");

		moveTo("2027-01-15");
		officer = api.token("disclosure", "GovSite@2026"); // a new day, a new sign-in (tokens live 8 hours)
		supervisor = api.token("supervisor", "GovSite@2026");
		var published = api.post(officer, "/api/v1/sites/" + siteId + "/disclosure-reports/2026/publication", Map.of());
		assertThat(published.status()).as(published.raw()).isEqualTo(200);
		assertThat(published.body().get("publishedBy").asString()).isEqualTo("disclosure");
		assertThat(published.body().get("overdue").asBoolean()).isFalse();
		assertFiguresEqualCounts(published.body().get("figures"), api.get(officer, "/api/v1/disclosure-requests").body());
		assertThat(api.post(officer, "/api/v1/sites/" + siteId + "/disclosure-reports/2026/publication", Map.of())
			.detail()).isEqualTo("2026年度报告已发布，不能重复发布");
		assertThat(api.put(officer, "/api/v1/sites/" + siteId + "/disclosure-reports/2026", written).status())
			.isEqualTo(409);

		var page = html("/public/disclosure/" + PORTAL + "/reports/2026");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("2026年政府信息公开工作年度报告", "依申请公开答复的规范性有待提高。",
				"<td id=\"new-requests\">" + published.body().get("figures").get("newRequests").asLong() + "</td>");
		assertThat(html("/public/disclosure/" + PORTAL + "/reports/2025").statusCode()).isEqualTo(404);

		var overview = api.get(supervisor, "/api/v1/disclosure-reports?year=2026").body();
		var bySite = new LinkedHashMap<String, JsonNode>();
		overview.forEach(r -> bySite.put(r.get("siteName").asString(), r));
		assertThat(bySite.get("示例自治州人民政府门户网站").get("publishedBy").asString()).isEqualTo("disclosure");
		assertThat(bySite.get("示例自治州教育局网站").get("publishedAt").isNull()).isTrue();
		assertThat(api.get(officer, "/api/v1/disclosure-reports?year=2026").status()).isEqualTo(403);

		// the last call within five working days of 31 January, and overdue after it: only for who has not published
		moveTo("2027-01-26");
		watch.run();
		moveTo("2027-02-01");
		watch.run();
		assertThat(reminders(siteId)).containsExactly("DUE");
		assertThat(reminders(siteOf("9901000002"))).containsExactly("DUE", "LAST_CALL", "OVERDUE");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'DISCLOSURE_REPORT_REMINDED' AND target_id = ?")
			.param(siteOf("9901000002") + "/2026").query(Long.class).single()).isEqualTo(3);

		// the console door: the officer's list and report, a refusal in Chinese that keeps what was typed
		var console = new org.govsite.support.Console(port);
		console.signIn("disclosure", "GovSite@2026");
		var list = console.get("/disclosure/reports?year=2026");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("示例自治州人民政府门户网站", "已发布");
		var portalPage = console.get("/disclosure/reports/" + siteId + "/2026");
		assertThat(portalPage.body()).contains("2026年政府信息公开工作年度报告", "依申请公开答复的规范性有待提高。")
			.doesNotContain("发布年度报告</button>");
		var education = siteOf("9901000002");
		assertThat(console.get("/disclosure/reports/" + education + "/2026").status()).isEqualTo(403);
		var supervisors = new org.govsite.support.Console(port);
		supervisors.signIn("supervisor", "GovSite@2026");
		assertThat(supervisors.get("/disclosure/reports?year=2026").body()).contains("示例自治州教育局网站", "逾期未发布");
		var lastYear = console.get("/disclosure/reports/" + siteId + "/2025");
		assertThat(lastYear.body()).contains("发布年度报告</button>", "已超过发布期限（2026-01-31）");
		var refused = console.submit("/disclosure/reports/" + siteId + "/2025", "/disclosure/reports/" + siteId + "/2025",
				Map.of("overview", "二〇二五年度总体情况", "reconsiderations", "1", "reconsiderationsUpheld", "2",
						"lawsuits", "一"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("行政复议和行政诉讼的件数应填写整数", "二〇二五年度总体情况");
	}

	@Autowired DisclosureWatch watch;
	@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

	java.util.List<String> reminders(String site) {
		return jdbc.sql("SELECT kind FROM disclosure_report_reminder WHERE site_id = CAST(? AS UUID) AND year = 2026 ORDER BY raised_at")
			.param(site).query(String.class).list();
	}

	String siteOf(String code) {
		return jdbc.sql("SELECT CAST(id AS TEXT) FROM site WHERE site_code = ?").param(code).query(String.class).single();
	}

	java.net.http.HttpResponse<String> html(String path) throws Exception {
		return java.net.http.HttpClient.newHttpClient().send(
				java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path)).GET().build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
	}

	/** Counts taken from the office's list of requests, independently of the report's SQL. */
	static void assertFiguresEqualCounts(JsonNode figures, JsonNode requests) {
		var start = LocalDate.of(2026, 1, 1);
		var end = LocalDate.of(2026, 12, 31);
		long fresh = 0;
		long carriedOver = 0;
		long late = 0;
		var rows = new LinkedHashMap<String, Long>();
		for (var r : requests) {
			if (!r.get("siteName").asString().equals("示例自治州人民政府门户网站")) {
				continue;
			}
			var received = LocalDate.parse(r.get("receivedOn").asString());
			LocalDate closed = null;
			String row = null;
			if (r.get("status").asString().equals("ANSWERED")) {
				closed = LocalDate.parse(r.get("answeredOn").asString());
				row = ROW.get(r.get("outcome").asString());
			}
			else if (r.get("status").asString().equals("ABANDONED")) {
				for (var step : r.get("history")) {
					if (step.get("to").asString().equals("ABANDONED")) {
						closed = LocalDate.parse(step.get("actedOn").asString());
					}
				}
				row = "（六）其他处理";
			}
			if (!received.isBefore(start) && !received.isAfter(end)) {
				fresh++;
			}
			if (received.isBefore(start) && (closed == null || !closed.isBefore(start))) {
				carriedOver++;
			}
			if (closed != null && !closed.isBefore(start) && !closed.isAfter(end)) {
				rows.merge(row, 1L, Long::sum);
				if (r.get("clock").get("late").asBoolean() && r.get("status").asString().equals("ANSWERED")) {
					late++;
				}
			}
		}
		long total = rows.values().stream().mapToLong(Long::longValue).sum();
		assertThat(figures.get("newRequests").asLong()).isEqualTo(fresh);
		assertThat(figures.get("carriedOver").asLong()).isEqualTo(carriedOver);
		assertThat(figures.get("total").asLong()).isEqualTo(total);
		assertThat(figures.get("carriedForward").asLong()).isEqualTo(fresh + carriedOver - total);
		assertThat(figures.get("late").asLong()).isEqualTo(late);
		for (var row : new String[] { "（一）予以公开", "（二）部分公开", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理" }) {
			assertThat(figures.get("outcomes").get(row).asLong()).as(row).isEqualTo(rows.getOrDefault(row, 0L));
		}
		assertThat(fresh).isGreaterThanOrEqualTo(4);
		assertThat(carriedOver).isGreaterThanOrEqualTo(1);
	}
}
