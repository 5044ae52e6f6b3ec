package org.govsite.disclosure;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.govsite.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request for disclosure in headless Chromium: an applicant on a phone, cookies cleared, sends the public form
 * (refused first, then with the captcha answered from its Chinese words) and gets a tracking code; the disclosure
 * office answers it on the request screen; the applicant sees the answer and the letter by tracking code. axe-core
 * finds nothing on the form (both times), the receipt, the office's list and request screen, and the status page.
 */
@Tag("slow") // a real browser: run by the full suite (CI), not the quick default run
@DisclosureContext
class DisclosureBrowserTest {

	static final String PORTAL = "9901000001";

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort int port;

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

	Page open(Browser.NewContextOptions options) {
		var context = browser.newContext(options);
		contexts.add(context);
		var page = context.newPage();
		page.onConsoleMessage(message -> {
			// a refused form answers 422 on purpose (Chromium logs that status); anything else is an error
			if ("error".equals(message.type()) && !message.text().contains("status of 422")) {
				consoleErrors.add(page.url() + ": " + message.text());
			}
		});
		return page;
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	static void assertAccessible(Page page) {
		org.govsite.support.Axe.assertAccessible(page);
	}

	static void assertFitsThePhone(Page page) {
		assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(375);
	}

	@Test
	void anApplicantOnAPhoneAsksTheOfficeAnswersAndTheApplicantFollowsByTrackingCode() {
		var mobile = "137" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
		var phone = open(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(375, 812)
			.setIsMobile(true).setHasTouch(true));
		phone.context().clearCookies();
		phone.navigate(url("/public/disclosure/" + PORTAL + "/new"));
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("政府信息公开申请").setExact(true)))
			.isVisible();
		assertAccessible(phone);
		assertFitsThePhone(phone);

		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();
		assertThat(phone.locator("#error-summary")).containsText("请填写所需政府信息的名称、文号或者便于查询的其他特征性描述");
		assertThat(phone.locator("#error-summary")).containsText("验证问题回答错误或已过期，请重新作答");
		assertAccessible(phone);
		assertFitsThePhone(phone);

		phone.context().clearCookies();
		phone.navigate(url("/public/disclosure/" + PORTAL + "/new"));
		phone.getByLabel("公民", new Page.GetByLabelOptions().setExact(true)).check();
		phone.getByLabel("姓名或单位名称").fill("王五");
		phone.getByLabel("身份证件号码或统一社会信用代码").fill("110101199505051234");
		phone.getByLabel("手机号码（查询办理进度时需要）").fill(mobile);
		phone.getByLabel("所需政府信息的名称、文号或者便于查询的其他特征性描述").fill("城关镇 2026 年道路改造工程的环境影响评价文件");
		phone.getByLabel("信息的提供形式").selectOption("ELECTRONIC");
		phone.getByLabel("获取信息的方式").selectOption("ONLINE");
		var question = phone.locator("label[for=captchaAnswer] span").first().textContent();
		phone.getByLabel("验证问题", new Page.GetByLabelOptions().setExact(false))
			.fill(Integer.toString(DisclosureRequestApiTests.solve(question)));
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("申请已提交"))).isVisible();
		var code = phone.locator(".code").textContent().strip();
		assertThat(code).startsWith("GK");
		assertAccessible(phone);
		assertFitsThePhone(phone);

		var office = open(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900));
		office.navigate(url("/login"));
		office.getByLabel("用户名").fill("disclosure");
		office.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill("GovSite@2026");
		office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
		assertThat(office.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("概览"))).isVisible();
		office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("依申请公开")).click();
		assertThat(office.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("依申请公开"))).isVisible();
		assertAccessible(office);
		office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code)).click();
		assertThat(office.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("政府信息公开申请 " + code)))
			.isVisible();
		assertAccessible(office);

		var answer = office.locator("form[aria-labelledby=action-ANSWER]");
		answer.getByLabel("答复结果").selectOption("WITHHELD");
		answer.getByLabel("答复内容（写入答复告知书）").fill("经审查，您申请的信息不予公开。");
		answer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("确认答复")).click();
		assertThat(office.getByRole(AriaRole.ALERT)).containsText("「不予公开」须写明理由和法律依据");
		assertAccessible(office);
		answer = office.locator("form[aria-labelledby=action-ANSWER]");
		answer.getByLabel("理由和法律依据，或已主动公开信息的获取途径").fill("涉及第三方商业秘密，依据条例第十五条不予公开");
		answer.getByLabel("答复内容（写入答复告知书）").fill("经审查，您申请的信息不予公开。");
		answer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("确认答复")).click();
		assertThat(office.getByRole(AriaRole.STATUS)).containsText("已答复");
		assertThat(office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("下载答复告知书（DOCX）"))).isVisible();
		assertAccessible(office);

		phone.context().clearCookies();
		phone.navigate(url("/public/disclosure/status"));
		phone.getByLabel("查询码").fill(code.toLowerCase());
		phone.getByLabel("手机号码").fill(mobile);
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
		assertThat(phone.locator("#status-label")).hasText("已答复");
		assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下载答复告知书"))).isVisible();
		assertAccessible(phone);
		assertFitsThePhone(phone);
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void theCatalogueReadsOnAPhoneAndTheOfficeKeepsItsAnnualReportInTheConsole() {
		var phone = open(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(375, 812)
			.setIsMobile(true).setHasTouch(true));
		phone.context().clearCookies();
		phone.navigate(url("/public/disclosure/catalogue?site=9901000001"));
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("政府信息公开目录"))).isVisible();
		// the demo's 管理办法 carries a 索引号 typed in by hand: it is in the catalogue
		assertThat(phone.getByText("99010000/2026-00001")).isVisible();
		phone.getByLabel("文种").selectOption("NOTICE");
		phone.getByLabel("标题、文号或索引号").fill("没有这份文件");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("检索")).click();
		assertThat(phone.getByText("没有符合条件的公开信息。")).isVisible();
		assertAccessible(phone);
		assertFitsThePhone(phone);

		var office = open(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900));
		office.navigate(url("/login"));
		office.getByLabel("用户名").fill("disclosure");
		office.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill("GovSite@2026");
		office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
		office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("信息公开年报")).click();
		assertThat(office.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("政府信息公开工作年度报告"))).isVisible();
		assertAccessible(office);
		office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("示例自治州人民政府门户网站")).click();
		assertAccessible(office);
		var textarea = office.getByLabel("一、总体情况");
		if (textarea.count() > 0) {
			office.getByLabel("行政复议总计").fill("两件");
			office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
			assertThat(office.getByRole(AriaRole.ALERT)).containsText("行政复议和行政诉讼的件数应填写整数");
			assertAccessible(office);
		}
		assertThat(consoleErrors).isEmpty();
	}
}
