package org.govsite.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14: the demo prefecture shows every screen alive — columns with articles on every site, an overdue and an empty
 * column on the portal, a late and a new message for the responder, a solicitation open for opinions and an interview
 * announced. Other tests add to the same data, so each check looks for the demo's own items, never at totals.
 */
@GovSiteTest
class DemoDataTests {

	static final String PASSWORD = "GovSite@2026";
	static final String PORTAL = "9901000001";

	@LocalServerPort int port;

	Api api;
	String admin;

	@BeforeEach
	void tokens() {
		api = new Api(port);
		admin = api.token("admin", PASSWORD);
	}

	/** The demo's sites by main domain (other tests register sites of their own). */
	static final List<String> DOMAINS = List.of("www.shilizhou.gov.cn", "www.jiaxian.gov.cn", "www.yixian.gov.cn",
			"www.bingshi.gov.cn", "jyj.shilizhou.gov.cn", "wjw.shilizhou.gov.cn", "sthjj.shilizhou.gov.cn",
			"scjgj.shilizhou.gov.cn", "www.slzyjsxy.edu.cn");

	@Test
	void everyDemoSiteHasColumnsWithPublishedArticles() {
		// (not asked whether each still runs: other tests close or merge demo sites)
		var demo = api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> DOMAINS.contains(site.path("mainDomain").asString())).toList();
		assertThat(demo).hasSize(DOMAINS.size());
		for (var site : demo) {
			var columns = columns(site.get("id").asString());
			assertThat(columns).as(site.get("name").asString()).isNotEmpty();
			assertThat(columns).as(site.get("name").asString() + " has published articles")
				.anyMatch(column -> column.get("publishedCount").asLong() > 0);
		}
	}

	@Test
	void eachReviewerOfThePortalHasAnArticleWaiting() {
		assertThat(inbox("reviewer1")).contains("全州开展政府网站内容保障专项检查");
		assertThat(inbox("reviewer2")).contains("州大数据中心完成政务云平台扩容");
		assertThat(inbox("chief")).contains("关于做好元旦春节期间政府网站安全保障工作的通知");
	}

	@Test
	void eachOtherSitesDeskHasAnArticleWaitingForItsFirstReview() {
		for (var prefix : List.of("jiaxian", "yixian", "bingshi", "jyj", "wjw", "sthjj", "scjgj", "college")) {
			var reviewer = api.token(prefix + ".reviewer1", PASSWORD);
			var inbox = api.get(reviewer, "/api/v1/review/inbox").body().valueStream()
				.map(item -> item.get("author").asString()).toList();
			assertThat(inbox).as(prefix).contains(prefix + ".editor");
		}
	}

	@Test
	void thePortalHasAnOverdueAndAnEmptyColumn() {
		var columns = columns(siteId(PORTAL));
		var overdue = bySlug(columns, "bmdt");
		assertThat(overdue.at("/standing/status").asString()).isEqualTo("OVERDUE");
		// the 补录 keeps its original date: published_at carries the past day, so the column's last update is that day
		var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		assertThat(LocalDate.parse(overdue.at("/standing/lastUpdate").asString()))
			.isBeforeOrEqualTo(today.minusDays(DemoContent.OVERDUE_DAYS_AGO));
		assertThat(overdue.get("publishedCount").asLong()).isEqualTo(1);
		var empty = bySlug(columns, "rsxx");
		assertThat(empty.get("kind").asString()).isEqualTo("LIST");
		assertThat(empty.at("/standing/status").asString()).isEqualTo("EMPTY");
	}

	@Test
	void theResponderFindsALateMessageANewOneAndAPublishedAnswer() {
		var responder = api.token("responder", PASSWORD);
		var messages = api.get(responder, "/api/v1/messages?siteId=" + siteId(PORTAL)).body();
		var late = byTitle(messages, "咨询新生儿办理城乡居民医保参保登记的流程");
		assertThat(late.get("status").asString()).isEqualTo("RECEIVED");
		assertThat(late.at("/clock/overdue").asBoolean()).isTrue();
		assertThat(late.at("/clock/workingDaysLeft").asInt()).isNegative();
		var fresh = byTitle(messages, "建议在州政务服务中心增设自助服务终端");
		assertThat(fresh.get("status").asString()).isEqualTo("RECEIVED");
		assertThat(fresh.at("/clock/overdue").asBoolean()).isFalse();
		// the overdue list the responder filters by says the same
		assertThat(api.get(responder, "/api/v1/messages?overdue=true").raw()).contains(late.get("id").asString())
			.doesNotContain(fresh.get("id").asString());
		// and one answered, its reply signed off and published
		var published = byTitle(messages, "咨询居民身份证异地换领需要哪些材料");
		assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(api.get(null, "/api/v1/public/messages?siteCode=" + PORTAL).raw()).contains("咨询居民身份证异地换领需要哪些材料");
	}

	@Test
	void theDutyOfficerIsOnShiftAndTheDisclosureOfficerHasARequestToAnswer() {
		var duty = api.token("duty", PASSWORD);
		assertThat(api.get(duty, "/api/v1/duty/shifts").body().valueStream()
			.anyMatch(shift -> shift.path("officer").asString().equals("duty"))).isTrue();
		var disclosure = api.token("disclosure", PASSWORD);
		var requests = api.get(disclosure, "/api/v1/disclosure-requests").body();
		assertThat(requests.valueStream().anyMatch(r -> r.path("applicantName").asString().equals("刘建国")))
			.as(requests.toString()).isTrue();
	}

	@Test
	void theSecurityAdministratorHasAnAccountToGrantAndTheCyberspaceOfficeADirectiveToFollow() {
		var security = api.token("security", PASSWORD);
		assertThat(api.get(security, "/api/v1/users").body().valueStream()
			.filter(u -> u.get("username").asString().equals("newclerk")).findFirst().orElseThrow().get("grants").size())
			.isZero();
		var cyberspace = api.token("cyberspace", PASSWORD);
		assertThat(api.get(cyberspace, "/api/v1/directives/board").raw()).contains("转发：全国政府网站与政务新媒体检查情况通报");
	}

	@Test
	void aSolicitationIsOpenForOpinionsAndAnInterviewIsAnnounced() {
		var responder = api.token("responder", PASSWORD);
		var portal = siteId(PORTAL);
		var solicitation = byTitle(api.get(responder, "/api/v1/solicitations?siteId=" + portal).body(),
				"《示例自治州政府网站集约化建设方案（征求意见稿）》公开征求意见");
		assertThat(solicitation.get("status").asString()).isEqualTo("OPEN");
		assertThat(solicitation.get("acceptingOpinions").asBoolean()).isTrue();
		assertThat(solicitation.get("opinions").asLong()).isEqualTo(1);
		var interview = byTitle(api.get(responder, "/api/v1/interviews?siteId=" + portal).body(), "聚焦政府网站与政务新媒体建设");
		assertThat(interview.get("status").asString()).isEqualTo("SCHEDULED");
		assertThat(interview.get("pending").asLong()).isEqualTo(1);
		assertThat(interview.get("guests")).hasSize(2);
	}

	private List<String> inbox(String username) {
		return api.get(api.token(username, PASSWORD), "/api/v1/review/inbox").body().valueStream()
			.map(item -> item.get("title").asString()).toList();
	}

	private List<JsonNode> columns(String siteId) {
		var response = api.get(admin, "/api/v1/sites/" + siteId + "/columns");
		assertThat(response.status()).as(response.raw()).isEqualTo(200);
		return response.body().valueStream().toList();
	}

	private String siteId(String code) {
		return api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> code.equals(site.path("siteCode").asString())).findFirst().orElseThrow().get("id").asString();
	}

	private static JsonNode bySlug(List<JsonNode> columns, String slug) {
		return columns.stream().filter(column -> column.get("slug").asString().equals(slug)).findFirst().orElseThrow();
	}

	private static JsonNode byTitle(JsonNode list, String title) {
		return list.valueStream().filter(item -> item.get("title").asString().equals(title)).findFirst()
			.orElseThrow(() -> new AssertionError("no 「" + title + "」 in " + list));
	}

	@Test
	void theVendorSeesItsContractAndQualificationComingUpForRenewal() {
		var vendor = api.token("vendor", PASSWORD);
		var mine = api.get(vendor, "/api/v1/vendors").body();
		assertThat(mine).hasSize(1);
		assertThat(mine.get(0).get("name").asString()).isEqualTo("示例信息技术有限公司");
		assertThat(mine.get(0).get("expiring").asLong()).isEqualTo(2);
		var record = api.get(vendor, "/api/v1/vendors/" + mine.get(0).get("id").asString()).body();
		assertThat(record.at("/contracts/0/contractNo").asString()).isEqualTo("SLZ-YW-DEMO-01");
		assertThat(record.at("/contracts/0/expiry").asString()).isEqualTo("EXPIRING");
		assertThat(record.at("/qualifications/0/expiry").asString()).isEqualTo("EXPIRING");
		// the console's overview shows the same on the vendor's first sign-in
		var console = new org.govsite.support.Console(port);
		assertThat(console.signIn("vendor", PASSWORD)).endsWith("/");
		var overview = console.get("/").body();
		assertThat(overview).contains("本单位运维服务：示例信息技术有限公司", "SLZ-YW-DEMO-01", "即将到期",
				"有 2 项合同或资质即将到期。");
	}
}
