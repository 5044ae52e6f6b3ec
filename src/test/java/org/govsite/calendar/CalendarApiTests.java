package org.govsite.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The calendar API end to end: bearer tokens, the embedded database, the audit trail and the problem documents. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CalendarApiTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingDayCalendar calendar;

	@Test
	void answersDeadlinesDaysAndYearsAndLetsOnlyTheSystemAdministratorEditAYear() throws Exception {
		var admin = token("admin");
		var supervisor = token("supervisor");

		// Not signed in: 401.
		assertThat(call("GET", "/api/v1/calendar/days/2026-02-17", null, null).statusCode()).isEqualTo(401);

		var deadline = call("GET", "/api/v1/calendar/deadline?from=2026-02-13&workdays=2", supervisor, null);
		assertThat(deadline.statusCode()).isEqualTo(200);
		assertThat(json(deadline).get("deadline").asString()).isEqualTo("2026-02-24");
		assertThat(json(deadline).get("provisional").asBoolean()).isFalse();

		var provisional = json(call("GET", "/api/v1/calendar/deadline?from=2026-12-28&workdays=5", supervisor, null));
		assertThat(provisional.get("deadline").asString()).isEqualTo("2027-01-05");
		assertThat(provisional.get("provisional").asBoolean()).isTrue();

		var day = json(call("GET", "/api/v1/calendar/days/2026-02-14", supervisor, null));
		assertThat(day.get("date").asString()).isEqualTo("2026-02-14");
		assertThat(day.get("workingDay").asBoolean()).isTrue();
		assertThat(day.get("reason").asString()).isEqualTo("调休上班（春节）");
		assertThat(day.get("provisional").asBoolean()).isFalse();

		// Bad input: problem documents with Chinese details.
		var badDate = call("GET", "/api/v1/calendar/days/2026-13-01", supervisor, null);
		assertThat(badDate.statusCode()).isEqualTo(422);
		assertThat(json(badDate).get("detail").asString()).contains("无法识别");
		var tooMany = call("GET", "/api/v1/calendar/deadline?from=2026-02-13&workdays=367", supervisor, null);
		assertThat(tooMany.statusCode()).isEqualTo(422);
		assertThat(json(tooMany).get("detail").asString()).contains("1 至 366");
		assertThat(call("GET", "/api/v1/calendar/deadline?from=2026-02-13&workdays=0", supervisor, null).statusCode())
			.isEqualTo(422);

		// 2027 is bundled but not announced: provisional, with the statutory holidays listed.
		var year2027 = json(call("GET", "/api/v1/calendar/years/2027", supervisor, null));
		assertThat(year2027.get("announced").asBoolean()).isFalse();
		assertThat(year2027.get("source").asString()).isEqualTo("BUNDLED");
		assertThat(year2027.get("days").size()).isZero();
		assertThat(year2027.get("provisionalHolidays").size()).isEqualTo(13);
		assertThat(calendar.nextYearMissing(java.time.LocalDate.of(2026, 11, 25))).isTrue();

		var notice = """
				{"announced": true, "days": [
				  {"date": "2027-02-06", "name": "春节", "offDay": true},
				  {"date": "2027-02-10", "name": "春节", "offDay": true},
				  {"date": "2027-02-20", "name": "春节", "offDay": false}
				]}""";

		// The supervisor may read but not edit.
		var forbidden = call("PUT", "/api/v1/calendar/years/2027", supervisor, notice);
		assertThat(forbidden.statusCode()).isEqualTo(403);

		// Invalid notices are refused with every reason.
		var invalid = call("PUT", "/api/v1/calendar/years/2027", admin, """
				{"announced": true, "days": [{"date": "2028-01-01", "name": " ", "offDay": true}]}""");
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(json(invalid).get("detail").asString()).contains("不在 2027 年内").contains("请填写节日名称");

		long auditedBefore = audited();
		var replaced = call("PUT", "/api/v1/calendar/years/2027", admin, notice);
		assertThat(replaced.statusCode()).isEqualTo(200);
		assertThat(json(replaced).get("source").asString()).isEqualTo("PLATFORM");
		assertThat(json(replaced).get("announced").asBoolean()).isTrue();
		assertThat(audited()).isEqualTo(auditedBefore + 1);
		assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = ? ORDER BY seq DESC LIMIT 1")
			.param(WorkingDayCalendar.AUDIT_ACTION)
			.query(String.class)
			.single()).isEqualTo("admin");

		var year = json(call("GET", "/api/v1/calendar/years/2027", supervisor, null));
		assertThat(year.get("source").asString()).isEqualTo("PLATFORM");
		assertThat(year.get("days").size()).isEqualTo(3);
		assertThat(calendar.nextYearMissing(java.time.LocalDate.of(2026, 11, 25))).isFalse();

		var makeUp = json(call("GET", "/api/v1/calendar/days/2027-02-20", supervisor, null));
		assertThat(makeUp.get("workingDay").asBoolean()).isTrue();
		assertThat(makeUp.get("reason").asString()).isEqualTo("调休上班（春节）");
		assertThat(makeUp.get("provisional").asBoolean()).isFalse();
		var holiday = json(call("GET", "/api/v1/calendar/days/2027-02-10", supervisor, null));
		assertThat(holiday.get("workingDay").asBoolean()).isFalse();
		assertThat(holiday.get("reason").asString()).isEqualTo("春节");

		// Back to "not announced", as bundled: answers are provisional again.
		assertThat(call("PUT", "/api/v1/calendar/years/2027", admin, "{\"announced\": false, \"days\": []}").statusCode())
			.isEqualTo(200);
		assertThat(audited()).isEqualTo(auditedBefore + 2);
		assertThat(json(call("GET", "/api/v1/calendar/days/2027-02-10", supervisor, null)).get("provisional").asBoolean())
			.isTrue();
	}

	private long audited() {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ?")
			.param(WorkingDayCalendar.AUDIT_ACTION)
			.query(Long.class)
			.single();
	}

	private String token(String username) throws Exception {
		var response = call("POST", "/api/v1/tokens", null,
				"{\"username\": \"" + username + "\", \"password\": \"GovSite@2026\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json(response).get("token").asString();
	}

	private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}
}
