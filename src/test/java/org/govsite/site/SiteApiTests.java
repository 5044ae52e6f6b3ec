package org.govsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Site registration and lifecycle through the real HTTP API, on real PostgreSQL. */
@GovSiteTest
class SiteApiTests {

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;

	Api api;
	String admin;

	@BeforeEach
	void signIn() {
		api = new Api(port);
		admin = api.token("admin", "GovSite@2026");
	}

	@Test
	void registersADepartmentSiteAndReadsItBack() {
		var unit = newUnit("示例自治州林业和草原局", "DEPARTMENT", null);
		var created = api.post(admin, "/api/v1/sites", site("示例自治州林业和草原局网站", "DEPARTMENT", "9901000021",
				"lcj.shilizhou.gov.cn", unit));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().get("status").asString()).isEqualTo("APPLIED");

		var read = api.get(admin, "/api/v1/sites/" + created.body().get("id").asString());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().get("siteCode").asString()).isEqualTo("9901000021");
		assertThat(read.body().get("mainDomain").asString()).isEqualTo("lcj.shilizhou.gov.cn");
		assertThat(read.body().get("sponsorUnitName").asString()).isEqualTo("示例自治州林业和草原局");
	}

	@Test
	void refusesABadSiteCodeWithAChineseProblemAndWritesNothing() {
		var unit = newUnit("示例自治州水利局", "DEPARTMENT", null);
		long before = siteCount();
		var response = api.post(admin, "/api/v1/sites", site("水利局网站", "DEPARTMENT", "99010A", "slj.shilizhou.gov.cn", unit));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.detail()).contains("网站标识码「99010A」格式不正确");
		assertThat(siteCount()).isEqualTo(before);
	}

	@Test
	void refusesADomainAlreadyUsedAnywhereOnThePlatform() {
		var unit = newUnit("示例自治州交通运输局", "DEPARTMENT", null);
		long before = siteCount();
		var response = api.post(admin, "/api/v1/sites", site("交通运输局网站", "DEPARTMENT", "9901000022",
				"WWW.ShiliZhou.gov.cn", unit));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.detail()).contains("域名「www.shilizhou.gov.cn」已被「示例自治州人民政府门户网站」使用");
		assertThat(siteCount()).isEqualTo(before);
	}

	@Test
	void refusesAGovCnDomainOnANonGovernmentSite() {
		var unit = newUnit("示例自治州第一中学", "NON_GOVERNMENT", null);
		long before = siteCount();
		var response = api.post(admin, "/api/v1/sites", site("第一中学网站", "NON_GOVERNMENT", null, "yz.shilizhou.gov.cn", unit));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.detail()).contains("非政府网站不得使用 .gov.cn 或 .政务 域名");
		assertThat(siteCount()).isEqualTo(before);
	}

	@Test
	void refusesAGovernmentSiteWithoutGovernmentDomainOrSiteCode() {
		var unit = newUnit("示例自治州审计局", "DEPARTMENT", null);
		var response = api.post(admin, "/api/v1/sites", site("审计局网站", "DEPARTMENT", null, "sjj.example.com", unit));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.body().get("reasons").valueStream().map(node -> node.asString()).toList())
			.contains("政府网站必须填写网站标识码", "政府网站的域名应以 .gov.cn 或 .政务 结尾：「sjj.example.com」不符合");
	}

	@Test
	void aCountyGovernmentHasAtMostOnePortal() {
		var county = unitId("甲县人民政府");
		var response = api.post(admin, "/api/v1/sites", site("甲县第二门户", "PORTAL", "9901210009", "www2.jiaxian.gov.cn", county));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.detail()).contains("「甲县人民政府」已有门户网站「甲县人民政府门户网站」，每个政府只能有一个门户网站");
	}

	@Test
	void aTownshipCannotSponsorASite() {
		var township = unitId("甲县城关镇人民政府");
		var response = api.post(admin, "/api/v1/sites", site("城关镇网站", "DEPARTMENT", "9901211001", "cgz.jiaxian.gov.cn", township));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.detail()).contains("乡镇（街道）不单独开设网站");
	}

	@Test
	void aCountyDepartmentPublishesOnItsPortalInstead() {
		var department = newUnit("甲县教育局", "DEPARTMENT", unitId("甲县人民政府"));
		var response = api.post(admin, "/api/v1/sites", site("甲县教育局网站", "DEPARTMENT", "9901210002", "jyj.jiaxian.gov.cn", department));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.detail()).contains("县级政府部门不单独开设网站");
	}

	@Test
	void walksTheLifecycleAndRefusesClosingBeforeThirtyDaysOfNotice() {
		var unit = newUnit("示例自治州统计局", "DEPARTMENT", null);
		var siteId = api.post(admin, "/api/v1/sites", site("统计局网站", "DEPARTMENT", "9901000023", "tjj.shilizhou.gov.cn", unit))
			.body().get("id").asString();

		var open = transition(siteId, Map.of("action", "OPEN", "reason", "试图跳过批准"));
		assertThat(open.status()).isEqualTo(409);
		assertThat(open.detail()).isEqualTo("网站当前状态为「申请中」，不能执行「开通运行」");

		assertThat(transition(siteId, Map.of("action", "APPROVE", "reason", "")).detail()).isEqualTo("请填写操作理由");
		assertThat(transition(siteId, Map.of("action", "APPROVE", "reason", "符合集约化要求")).status()).isEqualTo(200);
		assertThat(transition(siteId, Map.of("action", "OPEN", "reason", "备案完成")).body().get("status").asString())
			.isEqualTo("RUNNING");

		var noSuccessor = transition(siteId, Map.of("action", "ANNOUNCE_CLOSURE", "reason", "整合"));
		assertThat(noSuccessor.detail()).isEqualTo("关停公示须写明承接网站或存档决定");
		var announced = transition(siteId, Map.of("action", "ANNOUNCE_CLOSURE", "reason", "内容整合到门户网站",
				"successorSiteId", siteIdOf("示例自治州人民政府门户网站")));
		assertThat(announced.body().get("status").asString()).isEqualTo("CLOSING");

		var tooEarly = transition(siteId, Map.of("action", "CLOSE", "reason", "公示结束"));
		assertThat(tooEarly.status()).isEqualTo(409);
		assertThat(tooEarly.detail()).startsWith("关停公示须满 30 天，最早可于 ");

		var history = api.get(admin, "/api/v1/sites/" + siteId + "/transitions");
		assertThat(history.body().valueStream().map(step -> step.get("toStatus") == null
				? step.get("to").asString() : step.get("toStatus").asString()).toList())
			.containsExactly("APPLIED", "APPROVED", "RUNNING", "CLOSING");
		assertThat(history.body().get(1).get("actor").asString()).isEqualTo("admin");
		assertThat(history.body().get(1).get("reason").asString()).isEqualTo("符合集约化要求");
	}

	@Test
	void onlyPortalsReceiveMergedSites() {
		var unit = newUnit("示例自治州文化旅游局", "DEPARTMENT", null);
		var siteId = api.post(admin, "/api/v1/sites", site("文旅局网站", "DEPARTMENT", "9901000024", "wlj.shilizhou.gov.cn", unit))
			.body().get("id").asString();
		transition(siteId, Map.of("action", "APPROVE", "reason", "批准"));
		transition(siteId, Map.of("action", "OPEN", "reason", "开通"));
		var wrong = transition(siteId, Map.of("action", "MERGE", "reason", "整合", "mergeIntoId", siteIdOf("示例自治州教育局网站")));
		assertThat(wrong.detail()).isEqualTo("只能整合到运行中的政府门户网站，「示例自治州教育局网站」不是");
		var merged = transition(siteId, Map.of("action", "MERGE", "reason", "集约化整合", "mergeIntoId", siteIdOf("示例自治州人民政府门户网站")));
		assertThat(merged.body().get("status").asString()).isEqualTo("MERGED");
	}

	@Test
	void opensOnlyWithTheFilingsInPlace() {
		var unit = newUnit("示例自治州民政局", "DEPARTMENT", null);
		var body = site("民政局网站", "DEPARTMENT", "9901000026", "mzj.shilizhou.gov.cn", unit);
		body.remove("icpFiling");
		body.remove("publicSecurityFiling");
		var siteId = api.post(admin, "/api/v1/sites", body).body().get("id").asString();
		transition(siteId, Map.of("action", "APPROVE", "reason", "批准"));
		var open = transition(siteId, Map.of("action", "OPEN", "reason", "开通"));
		assertThat(open.status()).isEqualTo(409);
		assertThat(open.body().get("reasons").valueStream().map(node -> node.asString()).toList())
			.containsExactly("开通前须填写ICP备案号", "政府网站开通前须填写公安机关备案号");
	}

	@Test
	void editorsCannotRegisterSites() {
		var editor = api.token("editor", "GovSite@2026");
		var response = api.post(editor, "/api/v1/sites", site("x", "DEPARTMENT", "9901000025", "x.shilizhou.gov.cn", unitId("示例自治州教育局")));
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void unreadableRequestBodiesGetAChineseProblemDocument() {
		var response = api.post(admin, "/api/v1/sites", "不是一个对象");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.detail()).isEqualTo("请求内容无法解析，请检查 JSON 格式和字段取值");
	}

	@Test
	void requestsWithoutATokenGetAProblemDocument() {
		var response = api.get(null, "/api/v1/sites");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.detail()).contains("POST /api/v1/tokens");
	}

	private Api.Response transition(String siteId, Map<String, String> body) {
		return api.post(admin, "/api/v1/sites/" + siteId + "/transitions", body);
	}

	private long siteCount() {
		return jdbc.sql("SELECT count(*) FROM site").query(Long.class).single();
	}

	private String newUnit(String name, String kind, String parentId) {
		var body = new HashMap<String, Object>(Map.of("name", name, "kind", kind));
		if (parentId != null) {
			body.put("parentId", parentId);
		}
		var response = api.post(admin, "/api/v1/units", body);
		assertThat(response.status()).as(response.raw()).isEqualTo(201);
		return response.body().get("id").asString();
	}

	private String unitId(String name) {
		return api.get(admin, "/api/v1/units").body().valueStream()
			.filter(unit -> unit.get("name").asString().equals(name))
			.findFirst().orElseThrow().get("id").asString();
	}

	private String siteIdOf(String name) {
		return api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> site.get("name").asString().equals(name))
			.findFirst().orElseThrow().get("id").asString();
	}

	static Map<String, Object> site(String name, String type, String code, String domain, String sponsorUnitId) {
		var body = new HashMap<String, Object>();
		body.put("name", name);
		body.put("type", type);
		body.put("siteCode", code);
		body.put("domain", domain);
		body.put("sponsorUnitId", sponsorUnitId);
		body.put("aliases", List.of());
		body.put("icpFiling", "示ICP备" + domain.length() + "号");
		body.put("publicSecurityFiling", "示公网安备" + domain.length() + "号");
		return body;
	}
}
