package org.govsite.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service catalogue through the API, the console and the public pages, on the demo prefecture: who may write,
 * refusals as sentences, the check of missing elements, the all-or-nothing import of case volumes, the figures for the
 * annual report form, and the services veto of the assessment.
 */
@GovSiteTest
class ServiceCatalogueTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Clock clock;
	@Autowired
	ServiceCatalogue catalogue;

	Api api;
	String siteadmin;
	String supervisor;
	UUID portal;
	String office;
	String health;
	LocalDate today;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		siteadmin = api.token("siteadmin", "GovSite@2026");
		supervisor = api.token("supervisor", "GovSite@2026");
		portal = site("9901000001");
		office = unit("示例自治州人民政府办公室");
		health = unit("示例自治州卫生健康委员会");
		today = BeijingTime.today(clock);
	}

	UUID site(String code) {
		return jdbc.sql("SELECT id FROM site WHERE site_code = ?").param(code).query(UUID.class).single();
	}

	String unit(String name) {
		return jdbc.sql("SELECT id FROM unit WHERE name = ?").param(name).query(UUID.class).single().toString();
	}

	static Map<String, Object> item(String unit, String name, boolean complete, boolean online) {
		var form = new HashMap<String, Object>();
		form.put("unitId", unit);
		form.put("theme", "社会保障");
		form.put("serviceObject", "NATURAL_PERSON");
		form.put("name", name);
		form.put("conditions", "本州户籍居民");
		form.put("materials", "居民身份证");
		form.put("location", "州政务服务中心");
		form.put("phone", "0999-1234567");
		if (complete) {
			form.put("legalBasis", "《中华人民共和国社会保险法》");
			form.put("agency", "州社保局");
			form.put("fees", "不收费");
			form.put("hours", "工作日 9:00—17:00");
			form.put("process", "申请→受理→办结");
		}
		form.put("online", online);
		if (online) {
			form.put("onlineUrl", "https://zwfw.example.gov.cn/item/" + UUID.randomUUID());
		}
		return form;
	}

	static List<String> strings(JsonNode array) {
		var list = new ArrayList<String>();
		array.forEach(n -> list.add(n.asString()));
		return list;
	}

	@Test
	void anItemIsWrittenReadChangedAndDeletedWithEveryWriteAudited() {
		var name = "失业保险金申领" + UUID.randomUUID().toString().substring(0, 6);
		var created = api.post(siteadmin, "/api/v1/sites/" + portal + "/services", item(office, name, false, true));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var id = created.body().get("id").asString();
		assertThat(strings(created.body().get("missingElements"))).containsExactly("设定依据", "办理机构", "收费标准", "办理时间",
				"办理流程");
		assertThat(created.body().get("unitName").asString()).isEqualTo("示例自治州人民政府办公室");

		var read = api.get(supervisor, "/api/v1/services/" + id);
		assertThat(read.status()).isEqualTo(200);
		var form = item(office, name, true, true);
		form.put("version", read.body().get("version").asLong());
		var changed = api.put(siteadmin, "/api/v1/services/" + id, form);
		assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
		assertThat(changed.body().get("missingElements")).isEmpty();

		// the version read before the change is stale now
		var stale = api.put(siteadmin, "/api/v1/services/" + id, form);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.detail()).isEqualTo("服务事项「" + name + "」已被他人修改，请刷新后重新编辑");

		var listed = api.get(siteadmin, "/api/v1/sites/" + portal + "/services?theme=社会保障&unitId=" + office);
		assertThat(listed.body().toString()).contains(name);
		assertThat(api.get(siteadmin, "/api/v1/sites/" + portal + "/services?unitId=" + health).body().toString())
			.doesNotContain(name);

		assertThat(api.delete(siteadmin, "/api/v1/services/" + id).status()).isEqualTo(204);
		assertThat(api.get(siteadmin, "/api/v1/services/" + id).status()).isEqualTo(404);
		for (var action : List.of("SERVICE_ITEM_CREATED", "SERVICE_ITEM_CHANGED", "SERVICE_ITEM_DELETED")) {
			assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND target_id = ?").params(action, id)
				.query(Long.class).single()).as(action).isEqualTo(1);
		}
	}

	@Test
	void refusesABadItemWithEveryReasonAndWritersOutsideTheUnitOrSite() {
		var bad = new HashMap<String, Object>();
		bad.put("unitId", office);
		bad.put("theme", "旅游");
		bad.put("online", true);
		bad.put("formsUrl", "javascript:alert(1)");
		var refused = api.post(siteadmin, "/api/v1/sites/" + portal + "/services", bad);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(strings(refused.body().get("reasons"))).contains("主题「旅游」不在可选范围内（社会保障、就业创业、教育、医疗卫生、户籍、婚姻生育、住房、交通出行、民政、企业开办、市场监管、生态环境、税务、其他）",
				"请选择服务对象（自然人、法人或两者）", "请填写事项名称", "可在线办理的事项请填写省政务服务平台的办理链接",
				"表格下载链接应为以 http:// 或 https:// 开头的网址，或本站以 / 开头的路径");
		var badUrl = item(office, "测试事项" + UUID.randomUUID(), true, false);
		badUrl.put("onlineUrl", "ftp://example.gov.cn/x");
		assertThat(api.post(siteadmin, "/api/v1/sites/" + portal + "/services", badUrl).detail())
			.isEqualTo("在线办理链接应为以 http:// 或 https:// 开头的完整网址");

		// the portal's editor belongs to the general office: its items yes, the health commission's no
		var editor = api.token("editor", "GovSite@2026");
		var own = api.post(editor, "/api/v1/sites/" + portal + "/services", item(office, "编辑的事项" + UUID.randomUUID(), true, true));
		assertThat(own.status()).as(own.raw()).isEqualTo(201);
		var other = api.post(editor, "/api/v1/sites/" + portal + "/services", item(health, "卫健事项" + UUID.randomUUID(), true, true));
		assertThat(other.status()).isEqualTo(403);
		assertThat(other.detail()).isEqualTo("只有事项主办单位的编辑、本网站的站点管理员或系统管理员才能编辑服务事项");
		var vendor = api.token("vendor", "GovSite@2026");
		var byVendor = api.put(vendor, "/api/v1/services/" + own.body().get("id").asString(), item(office, "改名", true, true));
		assertThat(byVendor.status()).isEqualTo(403);
		assertThat(byVendor.detail()).isEqualTo("运维厂商人员不能编辑服务事项");
		assertThat(api.post(supervisor, "/api/v1/sites/" + portal + "/services", item(office, "监管", true, true)).status())
			.isEqualTo(403);

		var duplicate = api.post(siteadmin, "/api/v1/sites/" + portal + "/services", item(office, "城乡居民基本养老保险参保登记", true, true));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.detail()).isEqualTo("本网站已有名为「城乡居民基本养老保险参保登记」的服务事项");
		assertThat(api.get(siteadmin, "/api/v1/services/not-an-id").status()).isEqualTo(404);
	}

	@Test
	void theCheckListsTheDemoItemsWhoseGuidesLackElements() {
		var check = api.get(supervisor, "/api/v1/sites/" + portal + "/services/check");
		assertThat(check.status()).isEqualTo(200);
		var missing = new HashMap<String, List<String>>();
		check.body().get("incomplete").forEach(i -> missing.put(i.get("name").asString(), strings(i.get("missingElements"))));
		assertThat(missing).containsEntry("义务教育阶段学生转学", List.of("收费标准", "办理时间"))
			.containsEntry("母婴保健技术服务机构执业许可", List.of("设定依据", "收费标准", "办理时间", "办理流程"))
			.doesNotContainKey("医师执业注册");
	}

	@Test
	void anImportWithBadLinesIsRefusedWithTheirNumbersAndSavesNothingAGoodOneSavesEveryLine() throws Exception {
		var site = site("9901810001");
		var admin = api.token("admin", "GovSite@2026");
		var names = new ArrayList<String>();
		for (int i = 0; i < 2; i++) {
			var name = "丙市事项" + i + UUID.randomUUID().toString().substring(0, 6);
			names.add(name);
			assertThat(api.post(admin, "/api/v1/sites/" + site + "/services", item(office, name, true, i == 0)).status()).isEqualTo(201);
		}
		var bad = "\uFEFF事项名称,年份,自然人办件量,法人办件量\r\n" + names.get(0) + ",2025,10,2\r\n没有这个事项,2025,1,1\r\n"
				+ names.get(1) + ",25,-3,x\r\n";
		var refused = upload(admin, site, "text/csv", bad.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(422);
		var reasons = strings(JsonMapper.builder().build().readTree(refused.body()).get("reasons"));
		assertThat(reasons).containsExactly("第 3 行：本网站没有名称为「没有这个事项」的服务事项",
				"第 4 行：年份「25」应为四位数字；自然人办件量「-3」应为不小于 0 的整数；法人办件量「x」应为不小于 0 的整数");
		assertThat(catalogue.figures(new SiteId(site), 2025).casesTotal()).isZero();

		var good = xlsx(List.of(List.of("事项名称", "年份", "自然人办件量", "法人办件量"), List.of(names.get(0), "2025", "120", "8"),
				List.of(names.get(1), "2025", "30", "0"), List.of(names.get(1), "2024", "5", "1")));
		var saved = upload(admin, site, XLSX, good);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(saved.body()).contains("\"lines\":3");
		assertThat(catalogue.figures(new SiteId(site), 2025)).isEqualTo(new ServiceFigures(true, 2, 1, 158, 150, 8));
		assertThat(catalogue.figures(new SiteId(site), 2024)).isEqualTo(new ServiceFigures(true, 2, 1, 6, 5, 1));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'SERVICE_CASE_VOLUMES_IMPORTED' AND target_id = ?")
			.param(site.toString()).query(Long.class).single()).isEqualTo(1);

		// the demo portal's 2025 figures from the demo import; a department site without items has no catalogue
		assertThat(catalogue.figures(new SiteId(portal), 2025).casesTotal()).isGreaterThanOrEqualTo(5058);
		assertThat(catalogue.figures(new SiteId(site("9901000004")), 2025))
			.isEqualTo(new ServiceFigures(false, 0, 0, 0, 0, 0));
	}

	@Test
	void thePublicEntranceGroupsItemsByThemeAndUnitAndShowsEachGuide() {
		var response = api.get(null, "/api/v1/public/sites/9901000001/services");
		assertThat(response.status()).isEqualTo(200);
		var themes = new ArrayList<String>();
		response.body().get("themes").forEach(t -> themes.add(t.get("name").asString()));
		assertThat(themes).contains("社会保障", "户籍", "教育", "医疗卫生");
		assertThat(response.body().get("units").toString()).contains("示例自治州卫生健康委员会");
		assertThat(response.body().toString()).doesNotContain("version").doesNotContain("createdBy");
		assertThat(api.get(null, "/api/v1/public/sites/0000000000/services").status()).isEqualTo(404);

		var console = new Console(port);
		var page = console.get("/public/services?site=9901000001");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>办事服务</h1>", "按主题", "按部门", "城乡居民基本养老保险参保登记");
		assertThat(console.get("/public/services?site=9901000001&view=unit").body()).contains("示例自治州卫生健康委员会");
		var id = jdbc.sql("SELECT id FROM service_item WHERE name = '医师执业注册'").query(UUID.class).single();
		var guide = console.get("/public/services/" + id + "?site=9901000001");
		assertThat(guide.status()).isEqualTo(200);
		assertThat(guide.body()).contains("在线办理", "设定依据", "《中华人民共和国医师法》第十三条", "https://zwfw.example.gov.cn/item/1004");
		var offline = jdbc.sql("SELECT id FROM service_item WHERE name = '母婴保健技术服务机构执业许可'").query(UUID.class).single();
		assertThat(console.get("/public/services/" + offline + "?site=9901000001").body()).contains("暂未提供");
		assertThat(console.get("/public/services?site=nope").status()).isEqualTo(404);
	}

	@Test
	void theConsoleListsItemsWithBadgesAndKeepsWhatWasTypedWhenRefused() {
		var console = new Console(port);
		assertThat(console.signIn("siteadmin", "GovSite@2026")).endsWith("/");
		var list = console.get("/services?site=" + portal);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("办事服务", "缺 4 类", "缺 2 类", "要素齐全", "导入办件量");
		var refused = console.submit("/services/new?site=" + portal, "/services/new?site=" + portal,
				Map.of("unitId", office, "theme", "社会保障", "serviceObject", "BOTH", "name", "保留我输入的内容",
						"online", "on", "onlineUrl", "javascript:alert(1)"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("在线办理链接应为以 http:// 或 https:// 开头的完整网址", "value=\"保留我输入的内容\"");
		var saved = console.submit("/services/new?site=" + portal, "/services/new?site=" + portal,
				Map.of("unitId", office, "theme", "社会保障", "serviceObject", "BOTH", "name", "控制台新建" + UUID.randomUUID()));
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);

		var vendor = new Console(port);
		vendor.signIn("vendor", "GovSite@2026");
		var id = jdbc.sql("SELECT id FROM service_item WHERE name = '医师执业注册'").query(UUID.class).single();
		var page = vendor.get("/services/" + id + "/edit");
		assertThat(page.status()).isEqualTo(200);
		var post = vendor.submit("/services/" + id + "/edit", "/services/" + id + "/edit", Map.of("name", "x"));
		assertThat(post.status()).isEqualTo(403);
	}

	@Test
	void fiveItemsEachMissingFourElementsAreTheServicesVetoNamingThemAndCompletingTheGuidesRemovesIt() {
		var site = site("9901220001");
		var admin = api.token("admin", "GovSite@2026");
		var poor = new ArrayList<String>();
		var ids = new ArrayList<String>();
		for (int i = 0; i < 5; i++) {
			var name = "乙县事项" + i + "-" + UUID.randomUUID().toString().substring(0, 6);
			var created = api.post(admin, "/api/v1/sites/" + site + "/services", item(office, name, false, i == 0));
			assertThat(created.status()).as(created.raw()).isEqualTo(201);
			poor.add(name);
			ids.add(created.body().get("id").asString());
		}
		var result = assess(site);
		var vetoes = items(result, "vetoes", "SERVICES_NOT_PRACTICAL");
		assertThat(vetoes).singleElement().satisfies(v -> {
			assertThat(v.get("reason").asString()).isEqualTo("5 个服务事项的办事指南各缺少 4 类以上要素（5 个即单项否决）");
			var labels = new ArrayList<String>();
			v.get("evidence").forEach(e -> labels.add(e.get("label").asString()));
			assertThat(labels).containsExactlyInAnyOrderElementsOf(poor);
			assertThat(v.get("evidence").get(0).get("detail").asString())
				.isEqualTo("办事指南缺少 5 类要素：设定依据、办理机构、收费标准、办理时间、办理流程");
		});
		assertThat(result.get("qualified").asBoolean()).isFalse();

		for (int i = 0; i < 5; i++) {
			assertThat(api.put(admin, "/api/v1/services/" + ids.get(i), item(office, poor.get(i), true, i == 0)).status())
				.isEqualTo(200);
		}
		var after = assess(site);
		assertThat(items(after, "vetoes", "SERVICES_NOT_PRACTICAL")).isEmpty();
		assertThat(items(after, "warnings", "SERVICES_NOT_PRACTICAL")).isEmpty();

		// a department site whose unit has no items offers no public services: neither vetoed nor unscored
		var department = assess(site("9901000004"));
		assertThat(items(department, "vetoes", "SERVICES_NOT_PRACTICAL")).isEmpty();
		assertThat(items(department, "unscored", "SERVICES_NOT_PRACTICAL")).isEmpty();
		// a portal without any item has no online service
		var bare = assess(site("9901210001"));
		assertThat(items(bare, "vetoes", "SERVICES_NOT_PRACTICAL")).singleElement()
			.satisfies(v -> assertThat(v.get("reason").asString()).isEqualTo("没有提供在线服务"));
	}

	// ------------------------------------------------------------------ helpers

	JsonNode assess(UUID site) {
		var created = api.post(supervisor, "/api/v1/assessments",
				Map.of("from", today.withDayOfMonth(1).toString(), "to", today.toString(), "siteIds", List.of(site)));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var report = api.get(supervisor, "/api/v1/assessments/" + created.body().get("id").asString());
		return report.body().get("sites").get(0);
	}

	static List<JsonNode> items(JsonNode result, String list, String item) {
		var found = new ArrayList<JsonNode>();
		result.get(list).forEach(node -> {
			if (node.get("item").asString().equals(item)) {
				found.add(node);
			}
		});
		return found;
	}

	HttpResponse<String> upload(String token, UUID site, String type, byte[] body) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sites/" + site
				+ "/services/case-volumes"))
			.header("Authorization", "Bearer " + token).header("Content-Type", type)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static byte[] xlsx(List<List<String>> rows) throws IOException {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("办件量");
			for (int r = 0; r < rows.size(); r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					var text = rows.get(r).get(c);
					if (r > 0 && c > 0) {
						row.createCell(c).setCellValue(Double.parseDouble(text));
					}
					else {
						row.createCell(c).setCellValue(text);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
