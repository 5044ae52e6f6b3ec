package org.govsite.monitoring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.govsite.support.Api;
import org.govsite.support.Chromium;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The duty officer's night: the board shows what a scan of a live test site found, the officer opens the broken link,
 * confirms it, is refused 已整改 while the re-check still sees a 404, and marks it fixed once the page is back. axe-core
 * on the board, the list and the finding's page.
 */
@Tag("slow") // a real browser: run by the full suite (CI), not the quick default run
@GovSiteTest
class MonitoringBrowserTest {

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;

	@Test
	void boardAndAFindingsLifecycle() {
		var fixed = new AtomicBoolean();
		try (var site = new TestSite(); var playwright = Playwright.create()) {
			site.html("/", "<html><head><meta name=\"PubDate\" content=\"2026-11-28\"></head><body>"
					+ "<a href=\"/notice.html\">通知公告</a></body></html>");
			site.route("/notice.html", (exchange, hit) -> TestSite.send(exchange, fixed.get() ? 200 : 404, "text/html",
					"<html></html>", StandardCharsets.UTF_8));
			var api = new Api(port);
			var admin = api.token("admin", "GovSite@2026");
			var portal = jdbc.sql("SELECT id::text FROM site WHERE site_code = '9901000001'").query(String.class).single();
			api.put(admin, "/api/v1/monitoring/sites/" + portal, Map.of("baseUrl", site.url("/").toString()));
			var id = api.post(admin, "/api/v1/monitoring/sites/" + portal + "/scans", Map.of("checks", List.of("LINKS")))
				.body().get("id").asString();
			await().atMost(Duration.ofSeconds(90)).until(() -> api.get(admin, "/api/v1/monitoring/scans/" + id).body()
				.get("status").asString().equals("DONE"));

			var browser = Chromium.launch(playwright);
			var page = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")).newPage();
			page.navigate("http://localhost:" + port + "/login");
			page.getByLabel("用户名").fill("duty");
			page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill("GovSite@2026");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("监测值班")).click();

			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("监测值班台"))).isVisible();
			var row = page.locator("#board tbody tr", new Page.LocatorOptions().setHasText("示例自治州人民政府门户网站"));
			assertThat(row).containsText("预警");
			assertThat(row.locator("td").nth(3)).hasText("1");
			accessible(page);

			row.getByRole(AriaRole.LINK).first().click();
			// the site's drill-down: its standing, the scan that ran, and the way to its findings
			assertThat(page.locator("#site-level")).hasText("预警");
			assertThat(page.locator("#site-base-url")).containsText(site.url("/").toString());
			assertThat(page.locator("#site-scans")).containsText("已完成");
			accessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("该网站的监测问题")).click();
			assertThat(page.locator("#findings")).containsText("链接：失效链接");
			accessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("链接：失效链接")).click();
			assertThat(page.locator("#finding-status")).hasText("待处理");
			accessible(page);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认")).click();
			assertThat(page.locator("#finding-status")).hasText("已确认");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("已整改（立即复查）")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("复查仍发现该问题（404），不能标记为已整改");
			assertThat(page.locator("#finding-status")).hasText("已确认");
			accessible(page);

			fixed.set(true);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("已整改（立即复查）")).click();
			assertThat(page.locator("#finding-status")).hasText("已整改");
			assertThat(page.locator("#history")).containsText("复查通过：200");
			browser.close();
		}
	}

	/** 网页防篡改 from the console: the duty officer finds the defaced home page and puts it back with one button. */
	@Test
	void aTamperedHomePageRestoredFromTheConsole(@Autowired org.govsite.publishing.PublishedFiles files) throws Exception {
		var api = new Api(port);
		var admin = api.token("admin", "GovSite@2026");
		var portal = jdbc.sql("SELECT id::text FROM site WHERE site_code = '9901000001'").query(String.class).single();
		var site = new org.govsite.site.SiteId(java.util.UUID.fromString(portal));
		api.post(admin, "/api/v1/sites/" + portal + "/rebuild", Map.of());
		await().atMost(Duration.ofSeconds(180)).until(() -> "DONE"
			.equals(api.get(admin, "/api/v1/sites/" + portal + "/rebuild").body().get("status").asString()));
		var key = jdbc.sql("SELECT site_key FROM publish_site WHERE site_id = ?").param(site.value()).query(String.class).single();
		api.put(admin, "/api/v1/monitoring/sites/" + portal, Map.of("baseUrl", "http://127.0.0.1:" + port + "/sites/" + key + "/"));
		var index = files.location(site, "index.html").orElseThrow();
		var published = java.nio.file.Files.readString(index);
		java.nio.file.Files.writeString(index, "<html><body><h1>Hacked by 澳门新葡京</h1></body></html>");
		var id = api.post(admin, "/api/v1/monitoring/sites/" + portal + "/scans", Map.of("checks", List.of("TAMPER")))
			.body().get("id").asString();
		await().atMost(Duration.ofSeconds(120)).until(() -> api.get(admin, "/api/v1/monitoring/scans/" + id).body()
			.get("status").asString().equals("DONE"));

		try (var playwright = Playwright.create()) {
			var browser = Chromium.launch(playwright);
			var page = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")).newPage();
			page.navigate("http://localhost:" + port + "/login");
			page.getByLabel("用户名").fill("duty");
			page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill("GovSite@2026");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
			page.navigate("http://localhost:" + port + "/monitoring/findings?check=TAMPER&status=OPEN");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("网页篡改：文件被篡改")).first().click();
			assertThat(page.locator("#finding-status")).hasText("待处理");
			assertThat(page.locator("main")).containsText("文件 index.html 与发布版本不一致");
			accessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("一键恢复")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("已将被篡改的文件恢复为发布版本 index.html");
			assertThat(page.locator("#finding-status")).hasText("已整改");
			assertThat(page.locator("#history")).containsText("复查通过：文件与发布版本一致");
			accessible(page);
			page.setViewportSize(390, 844);
			page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/tamper-restored-phone.png")).setFullPage(true));
			org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(index)).isEqualTo(published);
			browser.close();
		}
	}

	static void accessible(Page page) {
		org.govsite.support.Axe.assertAccessible(page);
	}
}
