package org.govsite.rectification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.govsite.support.BrowserTestSupport;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The supervisor's day in headless Chromium: the overview that says which sites would fail today (desktop and phone),
 * a monthly 通报 issued from the console and read as the printable page with the evidence behind a site's line, and a
 * rectification notice from issue to closure — refused without a responsible person (what was typed stays), answered
 * item by item by the portal's site administrator, submitted, verified; the portal's annual report form (政府网站工作年度报表)
 * filled, signed, published and read on a phone. axe-core on every page.
 */
@Tag("slow") // a real browser: run by the full suite (CI), not the quick default run
@GovSiteTest
class SupervisionBrowserTest extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOverviewAndAMonthlyBulletinWithItsEvidence() {
		var supervisor = desktop();
		signIn(supervisor, "supervisor");
		supervisor.getByRole(AriaRole.LINK, exact("监管总览")).click();
		assertThat(supervisor.getByRole(AriaRole.HEADING, exact("监管总览"))).isVisible();
		assertThat(supervisor.locator("#supervision-chart canvas")).hasCount(1);
		assertAccessible(supervisor);

		supervisor.getByRole(AriaRole.LINK, exact("检查通报")).click();
		assertThat(supervisor.getByRole(AriaRole.HEADING, exact("检查通报"))).isVisible();
		assertAccessible(supervisor);
		// August: the API suite issues later months on the same database
		// a fifth quarter passes the browser's own check (1–12) and is refused by the service
		supervisor.getByLabel("通报类型").selectOption("QUARTERLY");
		supervisor.getByLabel("年份").fill("2026");
		supervisor.getByLabel("月份或季度").fill("5");
		supervisor.getByRole(AriaRole.BUTTON, exact("生成通报")).click();
		assertThat(supervisor.getByRole(AriaRole.ALERT)).containsText("季度应在 1 至 4 之间");
		assertThat(supervisor.getByLabel("月份或季度")).hasValue("5");
		supervisor.getByLabel("通报类型").selectOption("MONTHLY");
		assertAccessible(supervisor);
		supervisor.getByLabel("月份或季度").fill("8");
		supervisor.getByRole(AriaRole.BUTTON, exact("生成通报")).click();
		assertThat(supervisor.getByRole(AriaRole.HEADING, exact("2026 年 8 月全市政府网站检查情况通报"))).isVisible();
		assertThat(supervisor.locator("#site-ranking tbody tr").first()).containsText("1");
		assertThat(supervisor.locator("#unit-ranking tbody tr")).not().hasCount(0);
		assertAccessible(supervisor);
		var download = supervisor.waitForDownload(
				() -> supervisor.getByRole(AriaRole.LINK, exact("下载 Excel")).click());
		assertThat(download.suggestedFilename()).endsWith(".xlsx");
		// Printed, the navigation and buttons are gone and the tables stay.
		supervisor.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
		assertThat(supervisor.locator(".sidenav")).isHidden();
		assertThat(supervisor.getByRole(AriaRole.LINK, exact("下载 Excel"))).isHidden();
		assertThat(supervisor.locator("#site-ranking")).isVisible();
		supervisor.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));

		var portalLine = supervisor.locator("#site-ranking tbody tr")
			.filter(new Locator.FilterOptions().setHasText("示例自治州人民政府门户网站"));
		portalLine.getByRole(AriaRole.LINK).first().click();
		assertThat(supervisor.getByRole(AriaRole.HEADING, exact("示例自治州人民政府门户网站：评估依据"))).isVisible();
		assertAccessible(supervisor);

		var phone = phone();
		signIn(phone, "supervisor");
		phone.navigate(url("/supervision"));
		assertThat(phone.getByRole(AriaRole.HEADING, exact("监管总览"))).isVisible();
		assertFitsThePhone(phone);
		assertAccessible(phone);
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void theContentSupervisionScreenFromTheDashboardToASitesColumnsAndTheWorkbook() {
		var supervisor = desktop();
		signIn(supervisor, "supervisor");
		var block = supervisor.locator("#supervision-block");
		assertThat(block).containsText("已超期栏目");
		supervisor.getByRole(AriaRole.LINK, exact("查看各网站明细并导出 Excel")).click();
		assertThat(supervisor.getByRole(AriaRole.HEADING, exact("内容保障监督"))).isVisible();
		assertAccessible(supervisor);
		supervisor.getByRole(AriaRole.LINK, exact("查看「甲县人民政府门户网站」的问题栏目")).click();
		assertThat(supervisor.getByRole(AriaRole.HEADING, exact("「甲县人民政府门户网站」需关注的栏目"))).isVisible();
		assertThat(supervisor.locator("#column-lines tbody tr").first()).containsText("甲县人民政府门户网站");
		var download = supervisor.waitForDownload(
				() -> supervisor.getByRole(AriaRole.LINK, exact("导出 Excel")).click());
		assertThat(download.suggestedFilename()).isEqualTo("内容保障监督.xlsx");
		assertAccessible(supervisor);

		var phone = phone();
		signIn(phone, "supervisor");
		phone.navigate(url("/supervision/content"));
		assertThat(phone.getByRole(AriaRole.HEADING, exact("内容保障监督"))).isVisible();
		assertFitsThePhone(phone);
		assertAccessible(phone);
		phone.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(java.nio.file.Paths.get("target", "supervision-content-phone.png")));
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void theAnnualReportFormIsFilledSignedPublishedAndReadOnTheSite() {
		var portal = jdbc.sql("SELECT id::text FROM site WHERE site_code = '9901000001'").query(String.class).single();
		var admin = desktop();
		signIn(admin, "siteadmin");
		admin.getByRole(AriaRole.LINK, exact("网站年度报表")).click();
		assertAccessible(admin);
		admin.navigate(url("/reports/annual/" + portal + "/2025"));
		assertThat(admin.getByRole(AriaRole.HEADING, exact("示例自治州人民政府门户网站2025年政府网站工作年度报表"))).isVisible();
		assertAccessible(admin);
		// A count that is not a number is refused with a sentence; what was typed stays.
		admin.getByLabel("独立用户访问总量").fill("十二万");
		admin.getByRole(AriaRole.BUTTON, exact("保存")).click();
		assertThat(admin.getByRole(AriaRole.ALERT)).isVisible();
		assertThat(admin.getByLabel("独立用户访问总量")).hasValue("十二万");
		admin.getByLabel("独立用户访问总量").fill("123456");
		admin.getByLabel("单位负责人").fill("王明");
		admin.getByLabel("审核人").fill("李华");
		admin.getByLabel("填报人").fill("张敏");
		admin.getByLabel("联系电话").fill("0999-1234567");
		admin.getByLabel("填报日期").fill("2026-01-10");
		admin.getByRole(AriaRole.BUTTON, exact("保存")).click();
		assertThat(admin.locator(".flash")).isVisible();
		admin.getByRole(AriaRole.BUTTON, exact("审核通过")).click();
		admin.getByRole(AriaRole.BUTTON, exact("发布")).click();
		assertThat(admin.locator(".badge")).containsText("已发布");
		assertAccessible(admin);

		// The public page, on a phone without a session: the figures and the sign-off, printable.
		var citizen = phone();
		citizen.navigate(url("/public/annual-reports/9901000001/2025"));
		assertThat(citizen.locator("body")).containsText("123456");
		assertThat(citizen.locator("body")).containsText("王明");
		assertFitsThePhone(citizen);
		assertAccessible(citizen);

		var supervisor = desktop();
		signIn(supervisor, "supervisor");
		supervisor.navigate(url("/reports/annual/summary?year=2025"));
		assertAccessible(supervisor);
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void aRectificationRunsFromNoticeToClosure() {
		var item = "首页“工作动态”栏目两周未更新" + ThreadLocalRandom.current().nextInt(1000, 9999);
		var supervisor = desktop();
		signIn(supervisor, "supervisor");
		supervisor.getByRole(AriaRole.LINK, exact("整改通知")).click();
		assertThat(supervisor.getByRole(AriaRole.HEADING, exact("整改通知"))).isVisible();
		supervisor.getByRole(AriaRole.LINK, exact("下发整改通知")).click();
		assertThat(supervisor.getByRole(AriaRole.HEADING, exact("下发整改通知"))).isVisible();
		assertAccessible(supervisor);
		supervisor.getByLabel("整改网站").selectOption(new com.microsoft.playwright.options.SelectOption()
			.setLabel("示例自治州人民政府门户网站（示例自治州人民政府办公室）"));
		supervisor.getByLabel("其他整改项（选填，每行一项）").fill(item);
		supervisor.getByLabel("整改期限（工作日）").fill("5");
		supervisor.getByRole(AriaRole.BUTTON, exact("下发整改通知")).click();
		// No responsible person: refused with the sentence, what was typed stays.
		assertThat(supervisor.getByRole(AriaRole.ALERT)).containsText("请填写整改责任人");
		assertThat(supervisor.getByLabel("其他整改项（选填，每行一项）")).hasValue(item);
		assertAccessible(supervisor);
		supervisor.getByLabel("整改责任人").fill("王主任");
		supervisor.getByRole(AriaRole.BUTTON, exact("下发整改通知")).click();
		assertThat(supervisor.locator("#notice-status")).containsText("整改中");
		assertThat(supervisor.locator(".rectification-items")).containsText(item);
		var notice = supervisor.url();
		// The supervisor does not answer for the unit and cannot verify what was not submitted.
		assertThat(supervisor.getByRole(AriaRole.BUTTON, exact("保存第 1 项答复"))).hasCount(0);
		assertThat(supervisor.getByRole(AriaRole.BUTTON, exact("核验通过"))).hasCount(0);
		assertAccessible(supervisor);

		var unit = desktop();
		signIn(unit, "siteadmin");
		unit.navigate(notice);
		unit.getByRole(AriaRole.BUTTON, exact("提交核验")).click();
		assertThat(unit.getByRole(AriaRole.ALERT)).containsText("还有 1 项整改未答复，不能提交核验");
		unit.getByLabel("第 1 项整改情况").fill("已补充发布 3 条工作动态，并明确专人每周更新");
		unit.getByLabel("第 1 项整改佐证").fill("https://www.shilizhou.gov.cn/gzdt/");
		unit.getByRole(AriaRole.BUTTON, exact("保存第 1 项答复")).click();
		assertThat(unit.locator(".flash")).containsText("已保存整改答复");
		unit.getByRole(AriaRole.BUTTON, exact("提交核验")).click();
		assertThat(unit.locator("#notice-status")).containsText("待核验");
		assertAccessible(unit);

		supervisor.reload();
		supervisor.getByRole(AriaRole.BUTTON, exact("退回重改")).click();
		assertThat(supervisor.getByRole(AriaRole.ALERT)).containsText("退回重改须写明原因");
		supervisor.getByRole(AriaRole.BUTTON, exact("核验通过")).click();
		assertThat(supervisor.locator("#notice-status")).containsText("已办结");
		assertThat(supervisor.locator(".timeline")).containsText("核验通过 → 已办结");
		assertAccessible(supervisor);
		assertThat(consoleErrors).isEmpty();
	}
}
