package org.govsite.interaction;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.govsite.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The interaction platform end to end in headless Chromium: a citizen on a phone submits a message on the portal's
 * public form and follows it by query code; the responder accepts and answers it in the console; the citizen sees the
 * answer. Also: escaping of what citizens type, the calendar page and its refusals, the statistics chart, and
 * axe-core on every page visited.
 */
@Tag("slow") // a real browser: run by the full suite (CI), not the quick default run
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InteractionBrowserTest {

	static final String PASSWORD = "GovSite@2026";
	static final String PORTAL = "9901000001";

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

	final List<BrowserContext> contexts = new CopyOnWriteArrayList<>();
	final List<String> consoleErrors = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void launch() {
		playwright = Playwright.create();
		browser = Chromium.launch(playwright);
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@AfterEach
	void shut() {
		contexts.forEach(BrowserContext::close);
	}

	Page phone() {
		return open(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(375, 812).setIsMobile(true)
			.setHasTouch(true));
	}

	Page desktop() {
		return open(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900));
	}

	private Page open(Browser.NewContextOptions options) {
		var context = browser.newContext(options);
		contexts.add(context);
		var page = context.newPage();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(page.url() + ": " + message.text());
			}
		});
		page.onResponse(response -> {
			if (response.status() == 404) {
				consoleErrors.add("404 " + response.url());
			}
		});
		return page;
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void signIn(Page page, String username) {
		page.navigate(url("/login"));
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("概览"))).isVisible();
	}

	static void assertAccessible(Page page) {
		org.govsite.support.Axe.assertAccessible(page);
	}

	/** The page never scrolls sideways on a phone. */
	static void assertFitsThePhone(Page page) {
		assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(375);
	}

	static Page.GetByRoleOptions exact(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	@Test
	void citizenAsksOnAPhoneTheResponderAnswersInTheConsole() {
		var suffix = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
		var mobile = "139" + suffix;
		var title = "垃圾分类收运时间咨询" + suffix;
		var payload = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">";
		var content = "请问小区厨余垃圾每天几点收运？" + payload;

		// The citizen, on a phone: the portal's public form.
		var citizen = phone();
		citizen.navigate(url("/public/messages/" + PORTAL + "/new"));
		assertThat(citizen.getByRole(AriaRole.HEADING, exact("我要留言"))).isVisible();
		assertAccessible(citizen);
		assertFitsThePhone(citizen);
		citizen.getByLabel("留言类别").selectOption("CONSULTATION");
		citizen.getByRole(AriaRole.TEXTBOX, exact("标题")).fill(title);
		citizen.getByRole(AriaRole.TEXTBOX, exact("留言内容")).fill(content);
		citizen.getByRole(AriaRole.TEXTBOX, exact("姓名")).fill("王小明");
		citizen.getByRole(AriaRole.TEXTBOX, exact("手机号码")).fill(mobile);
		citizen.getByLabel("同意公开留言及答复").check();
		var question = citizen.locator("label[for=captchaAnswer] span").first().textContent().strip();
		assertThat(question).matches("[一二三四五六七八九十][加减][一二三四五六七八九十]等于几？");
		citizen.getByLabel("验证问题").fill(Integer.toString(PublicClient.solve(question)));
		citizen.getByRole(AriaRole.BUTTON, exact("提交留言")).click();

		assertThat(citizen.getByRole(AriaRole.HEADING, exact("留言已提交"))).isVisible();
		assertAccessible(citizen);
		var queryCode = citizen.locator(".code").textContent().strip();
		assertThat(queryCode).matches("[23456789A-HJKMNP-Z]{12}");

		// The status page by query code and mobile number.
		citizen.navigate(url("/public/messages/status"));
		assertAccessible(citizen);
		assertFitsThePhone(citizen);
		checkStatus(citizen, queryCode, mobile);
		assertThat(citizen.locator(".result")).containsText("待受理");
		assertAccessible(citizen);

		// The published Q&A of the portal.
		citizen.navigate(url("/public/messages/" + PORTAL));
		assertThat(citizen.getByRole(AriaRole.HEADING, exact("留言公开"))).isVisible();
		assertAccessible(citizen);
		assertFitsThePhone(citizen);

		// The responder, at a desk: finds the message, accepts it, starts and answers it.
		var responder = desktop();
		signIn(responder, "responder");
		responder.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("互动交流")).click();
		assertThat(responder.getByRole(AriaRole.HEADING, exact("留言办理"))).isVisible();
		assertAccessible(responder);
		var row = responder.locator("#results tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title));
		assertThat(row).containsText("咨询");
		assertThat(row).containsText(java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\s+剩余 [1-7] 个工作日"));
		assertThat(row).containsText("待受理");
		row.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(title)).click();

		assertThat(responder.getByRole(AriaRole.HEADING, exact(title))).isVisible();
		assertAccessible(responder);
		// What the citizen typed is shown as text: the markup is visible, nothing of it ran or became an element.
		assertThat(responder.locator("#message-content")).hasText(content);
		assertThat(responder.locator("#message-content script, #message-content img")).hasCount(0);
		assertThat(responder.evaluate("typeof window.__pwned")).isEqualTo("undefined");
		assertThat(responder.locator("dl.fields")).containsText(mobile);
		assertThat(responder.locator("dl.fields")).containsText("王小明");

		responder.getByRole(AriaRole.BUTTON, exact("确认受理")).click();
		assertThat(responder.getByRole(AriaRole.STATUS)).containsText("留言当前状态：已受理");
		// Answering is offered only once handling has started.
		assertThat(responder.getByRole(AriaRole.BUTTON, exact("确认答复"))).hasCount(0);
		responder.getByRole(AriaRole.BUTTON, exact("确认开始办理")).click();
		assertThat(responder.getByRole(AriaRole.STATUS)).containsText("留言当前状态：办理中");
		// An extension past the three-month cap is refused with the service's Chinese reason; what was typed stays.
		responder.getByLabel("延期理由").fill("需会同城管部门核实");
		responder.getByLabel("延期工作日数").fill("100");
		responder.getByRole(AriaRole.BUTTON, exact("确认申请延期")).click();
		assertThat(responder.getByRole(AriaRole.ALERT)).containsText("未能执行「申请延期」");
		assertThat(responder.getByRole(AriaRole.ALERT)).containsText("超过自收到留言之日起三个月的上限");
		assertThat(responder.getByLabel("延期理由")).hasValue("需会同城管部门核实");
		assertAccessible(responder);
		responder.getByLabel("答复内容").fill("您好，小区厨余垃圾每天早上 7 点和晚上 7 点各收运一次。");
		responder.getByRole(AriaRole.BUTTON, exact("确认答复")).click();
		assertThat(responder.getByRole(AriaRole.STATUS)).containsText("留言当前状态：已答复");
		assertThat(responder.locator(".timeline")).containsText("受理");
		assertThat(responder.locator(".timeline")).containsText("答复");
		assertAccessible(responder);

		// The citizen sees the answer.
		citizen.navigate(url("/public/messages/status"));
		checkStatus(citizen, queryCode, mobile);
		assertThat(citizen.locator(".result")).containsText("已答复");
		assertThat(citizen.locator(".result")).containsText("每天早上 7 点");
		assertThat(consoleErrors).isEmpty();
	}

	private static void checkStatus(Page page, String queryCode, String mobile) {
		page.getByRole(AriaRole.TEXTBOX, exact("查询码")).fill(queryCode);
		page.getByRole(AriaRole.TEXTBOX, exact("手机号码")).fill(mobile);
		page.getByRole(AriaRole.BUTTON, exact("查询")).click();
		assertThat(page.locator(".result")).isVisible();
	}

	@Test
	void personalDataIsMaskedForReadersWhoAreNotResponders() {
		var mobile = "137" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
		var citizen = new PublicClient(port);
		var receipt = citizen.submit(citizen.message(PORTAL, "SUGGESTION", "建议增加公交班次", "建议 12 路公交增加早高峰班次。",
				"李四海", mobile));
		assertThat(receipt.status()).isEqualTo(201);
		var id = receipt.body().get("id").asString();

		var reviewer = desktop();
		signIn(reviewer, "reviewer1");
		reviewer.navigate(url("/interaction/messages/" + id));
		assertThat(reviewer.getByRole(AriaRole.HEADING, exact("建议增加公交班次"))).isVisible();
		assertThat(reviewer.locator("dl.fields")).containsText(mobile.substring(0, 3) + "****" + mobile.substring(7));
		assertThat(reviewer.locator("dl.fields")).not().containsText(mobile);
		assertThat(reviewer.locator("dl.fields")).containsText("李**");
		assertThat(reviewer.getByText("留言人的个人信息仅对负责办理的互动办理员显示。")).isVisible();
		// The 初审 signs off replies only: no responder's action is offered on a new message.
		assertThat(reviewer.getByRole(AriaRole.BUTTON, exact("确认受理"))).hasCount(0);
		assertAccessible(reviewer);
	}

	@Test
	void responderRequestsAnExtensionAndTheSupervisorApprovesIt() {
		var title = "路灯维修进度" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
		var citizen = new PublicClient(port);
		var receipt = citizen.submit(citizen.message(PORTAL, "COMPLAINT", title, "小区门口路灯坏了两周。", "赵六",
				"136" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)));
		assertThat(receipt.status()).isEqualTo(201);
		var id = receipt.body().get("id").asString();

		var responder = desktop();
		signIn(responder, "responder");
		responder.navigate(url("/interaction/messages/" + id));
		responder.getByRole(AriaRole.BUTTON, exact("确认受理")).click();
		assertThat(responder.getByRole(AriaRole.STATUS)).containsText("已受理");
		responder.getByLabel("延期理由").fill("需协调供电部门更换线路");
		responder.getByLabel("延期工作日数").fill("5");
		responder.getByRole(AriaRole.BUTTON, exact("确认申请延期")).click();
		assertThat(responder.getByRole(AriaRole.STATUS)).containsText("已执行「申请延期」");
		assertThat(responder.locator("dl.fields")).containsText("延期待批准");
		// The responder cannot approve; the form for a second request is gone.
		assertThat(responder.getByRole(AriaRole.BUTTON, exact("确认批准延期"))).hasCount(0);
		assertThat(responder.getByRole(AriaRole.BUTTON, exact("确认申请延期"))).hasCount(0);

		var supervisor = desktop();
		signIn(supervisor, "supervisor");
		supervisor.navigate(url("/interaction/supervision"));
		assertAccessible(supervisor);
		var row = supervisor.locator("tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title));
		assertThat(row).containsText("5 个工作日");
		assertThat(row).containsText("需协调供电部门更换线路");
		row.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("批准延期：" + title)).click();
		assertThat(supervisor.getByRole(AriaRole.STATUS)).containsText("已执行「批准延期」");
		assertThat(supervisor.locator("tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title))).hasCount(0);

		responder.reload();
		assertThat(responder.locator("dl.fields")).containsText("已延期");
		assertThat(responder.locator(".timeline")).containsText("批准延期");
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void calendarShowsTheYearTheBannerAndRefusesABadNotice() {
		var admin = desktop();
		signIn(admin, "admin");
		// Today (2026-11-25) 2027 is not announced: every console page shows the banner, with a link for the admin.
		var banner = admin.locator(".calendar-banner");
		assertThat(banner).containsText("2027 年节假日安排尚未录入");
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("录入 2027 年放假安排")).click();
		assertThat(admin.getByRole(AriaRole.HEADING, exact("工作日历：2027 年"))).isVisible();
		assertThat(admin.locator("table")).containsText("暂定（按法定节假日推算）");
		assertAccessible(admin);

		// The deadline calculator.
		admin.getByLabel("收到日期").fill("2026-09-30");
		admin.getByLabel("工作日数").fill("3");
		admin.getByRole(AriaRole.BUTTON, exact("计算期限")).click();
		// 1–7 October are days off, Saturday 10 October is a make-up workday: 8, 9, 10 October.
		assertThat(admin.locator("#calc-result")).containsText("2026-10-10");

		// A make-up workday on a weekday is refused with the service's reason; nothing is saved.
		admin.navigate(url("/calendar?year=2027"));
		admin.getByLabel("批量录入（选填）").fill("2027-01-01,元旦,放假\n2027-01-04,元旦,调休上班");
		admin.getByRole(AriaRole.BUTTON, exact("保存 2027 年放假安排")).click();
		assertThat(admin.getByRole(AriaRole.ALERT)).containsText("2027 年放假安排未保存");
		assertThat(admin.getByLabel("批量录入（选填）")).hasValue("2027-01-01,元旦,放假\n2027-01-04,元旦,调休上班");
		assertAccessible(admin);

		// Rows are added and removed with the external script.
		var rows = admin.locator("#notice-rows .notice-row");
		int before = rows.count();
		admin.getByRole(AriaRole.BUTTON, exact("添加一行")).click();
		assertThat(rows).hasCount(before + 1);
		rows.last().getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("删除该行")).click();
		assertThat(rows).hasCount(before);

		// Others read the calendar and see the banner without the link.
		var responder = desktop();
		signIn(responder, "responder");
		assertThat(responder.locator(".calendar-banner")).containsText("2027 年节假日安排尚未录入");
		assertThat(responder.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("录入 2027 年放假安排"))).hasCount(0);
		responder.navigate(url("/calendar"));
		assertThat(responder.getByRole(AriaRole.HEADING, exact("工作日历：2026 年"))).isVisible();
		assertThat(responder.locator("table")).containsText("国务院放假通知（随平台发布）");
		assertThat(responder.locator("#notice-form")).hasCount(0);
		assertAccessible(responder);

		// Only those whose deadlines the calendar sets (or who enter it) are told: not an editor (issue 14, defect 11).
		var editor = desktop();
		signIn(editor, "editor");
		assertThat(editor.locator(".calendar-banner")).hasCount(0);
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void supervisorSeesStatisticsWithTheChartAndTheOutbox() {
		var supervisor = desktop();
		signIn(supervisor, "supervisor");
		supervisor.navigate(url("/interaction/statistics"));
		assertThat(supervisor.getByRole(AriaRole.HEADING, exact("留言统计"))).isVisible();
		assertThat(supervisor.locator("#monthly-chart canvas")).hasCount(1);
		assertThat(supervisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("导出 CSV"))).isVisible();
		assertAccessible(supervisor);
		var download = supervisor.waitForDownload(
				() -> supervisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("导出 CSV")).click());
		assertThat(download.suggestedFilename()).endsWith(".csv");

		supervisor.navigate(url("/interaction/supervision"));
		assertThat(supervisor.getByRole(AriaRole.HEADING, exact("督办与延期审批"))).isVisible();
		assertAccessible(supervisor);

		supervisor.navigate(url("/interaction/outbox"));
		assertThat(supervisor.getByRole(AriaRole.HEADING, exact("通知发件箱"))).isVisible();
		assertAccessible(supervisor);
		assertThat(consoleErrors).isEmpty();
	}
}
