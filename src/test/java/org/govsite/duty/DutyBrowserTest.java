package org.govsite.duty;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.options.AriaRole;
import org.govsite.shared.BeijingTime;
import org.govsite.support.Api;
import org.govsite.support.BrowserTestSupport;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 24-hour duty in headless Chromium: the operator plans a shift (refused while incomplete, what was typed kept),
 * the officer on shift acknowledges an alert on a phone and leaves the handover note; the morning's 监测日报 on a
 * phone and a site's drill-down on a desktop. axe-core on every page.
 */
@Tag("slow") // a real browser: run by the full suite (CI), not the quick default run
@GovSiteTest
class DutyBrowserTest extends BrowserTestSupport {

	static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired DutyDesk desk;
	@Autowired JdbcClient jdbc;

	@Test
	void aShiftIsPlannedAndItsOfficerAcknowledgesAnAlertOnAPhone() {
		var admin = desktop();
		signIn(admin, "admin");
		admin.navigate(url("/monitoring"));
		admin.getByRole(AriaRole.LINK, exact("值班")).click();
		assertThat(admin.getByRole(AriaRole.HEADING, exact("值班"))).isVisible();
		assertAccessible(admin);

		// refused while incomplete: the sentences, and the officer typed is still there
		admin.getByLabel("值班员（用户名）").fill("duty");
		admin.getByRole(AriaRole.BUTTON, exact("排班")).click();
		assertThat(admin.getByRole(AriaRole.ALERT)).containsText("请填写带班领导");
		assertThat(admin.getByRole(AriaRole.ALERT)).containsText("请填写开始时间");
		assertThat(admin.getByLabel("值班员（用户名）")).hasValue("duty");
		assertAccessible(admin);

		var now = LocalDateTime.now(BeijingTime.ZONE);
		admin.getByLabel("带班领导（用户名）").fill("supervisor");
		admin.getByLabel("开始时间").fill(now.minusHours(1).format(LOCAL));
		admin.getByLabel("结束时间").fill(now.plusHours(8).format(LOCAL));
		admin.getByRole(AriaRole.BUTTON, exact("排班")).click();
		assertThat(admin.getByRole(AriaRole.STATUS).first()).containsText("已排班：duty（带班领导 supervisor）");
		assertThat(admin.locator("#roster")).containsText("（当班）");
		assertThat(admin.locator("#duty-officer")).hasText("duty");

		// an incident alert reaches the officer on shift, who acknowledges it on a phone and hands over
		var site = jdbc.sql("SELECT id FROM site WHERE site_code = '9901000001'").query(UUID.class).single();
		desk.raise("INCIDENT", UUID.randomUUID(), site, "浏览器测试网站 无法访问", "连续 3 次探测失败：HTTP 503");
		var officer = phone();
		signIn(officer, "duty");
		officer.navigate(url("/duty"));
		assertThat(officer.locator("#alerts")).containsText("浏览器测试网站 无法访问");
		assertAccessible(officer);
		assertFitsThePhone(officer);
		officer.getByRole(AriaRole.BUTTON, exact("确认告警：浏览器测试网站 无法访问")).click();
		assertThat(officer.getByRole(AriaRole.STATUS).first()).containsText("已确认告警：浏览器测试网站 无法访问");
		assertThat(officer.getByRole(AriaRole.BUTTON, exact("确认告警：浏览器测试网站 无法访问"))).hasCount(0);
		officer.getByLabel("本班情况及交接事项").fill("门户网站 03:10 无法访问，03:25 恢复，已电话通知运维。");
		officer.getByRole(AriaRole.BUTTON, exact("保存交接班记录")).click();
		assertThat(officer.locator("#roster")).containsText("03:25 恢复");
		assertAccessible(officer);
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void theMorningReportOnAPhoneAndASitesDrillDown() {
		var api = new Api(port);
		var yesterday = BeijingTime.today(java.time.Clock.systemUTC()).minusDays(1);
		var written = api.post(api.token("admin", PASSWORD), "/api/v1/monitoring/daily-reports/" + yesterday, Map.of());
		assertThat(written.status()).as(written.raw()).isEqualTo(200);

		var officer = phone();
		signIn(officer, "duty");
		officer.navigate(url("/monitoring/daily"));
		assertThat(officer.getByRole(AriaRole.HEADING, exact("监测日报（" + yesterday + "）"))).isVisible();
		assertThat(officer.locator("#daily-sites-table")).containsText("示例自治州人民政府门户网站");
		assertAccessible(officer);
		assertFitsThePhone(officer);

		var admin = desktop();
		signIn(admin, "admin");
		admin.navigate(url("/monitoring/daily"));
		assertThat(admin.locator("#daily-chart canvas")).hasCount(1);
		admin.locator("#daily-sites-table").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
			.setName("示例自治州人民政府门户网站").setExact(true)).click();
		assertThat(admin.getByRole(AriaRole.HEADING, exact("示例自治州人民政府门户网站：监测情况"))).isVisible();
		assertThat(admin.locator("#freshness")).containsText("平台内（按发布记录）");
		assertAccessible(admin);
		// the settings form refuses a bad interval and keeps it
		admin.getByLabel("探测间隔（分钟）").fill("100");
		admin.getByRole(AriaRole.BUTTON, exact("保存设置")).click();
		assertThat(admin.getByRole(AriaRole.ALERT)).containsText("探测间隔须在 1 至 72 分钟之间");
		assertThat(admin.getByLabel("探测间隔（分钟）")).hasValue("100");
		assertAccessible(admin);
		admin.navigate(url("/monitoring/incidents"));
		assertThat(admin.getByRole(AriaRole.HEADING, exact("故障"))).isVisible();
		assertAccessible(admin);
		assertThat(consoleErrors).isEmpty();
	}
}
