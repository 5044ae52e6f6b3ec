package org.govsite.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.govsite.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public search page in headless Chromium: per-site and platform-wide, on a phone, pagination, axe-core. */
@GovSiteTest
@Tag("slow")
class SearchPageBrowserTests {

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort int port;

	BrowserContext context;
	Page page;
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

	void open(int width, int height) {
		context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(width, height));
		page = context.newPage();
		page.onConsoleMessage(message -> {
			// the refused search answers 400 on purpose; anything else (CSP, scripts, missing files) is an error
			if ("error".equals(message.type()) && !message.text().contains("status of 400")) {
				consoleErrors.add(page.url() + ": " + message.text());
			}
		});
	}

	@AfterEach
	void shut() {
		if (context != null) {
			context.close();
		}
	}

	@Test
	void thePerSitePageShowsTheSiteFindsByPinyinAndPaginatesAccessibly() {
		var api = new Api(port);
		var search = new SearchApiTests();
		search.api = api;
		search.port = port;
		search.editor = api.token("editor", "GovSite@2026");
		search.reviewer1 = api.token("reviewer1", "GovSite@2026");
		search.reviewer2 = api.token("reviewer2", "GovSite@2026");
		search.admin = api.token("admin", "GovSite@2026");
		for (int i = 1; i <= 11; i++) {
			search.publish(search.form("yaowen", "候鸟迁徙监测简报（第" + i + "期）", "<p>本期监测到候鸟" + i + "群。</p>"));
		}
		await().atMost(Duration.ofSeconds(5)).until(() -> api.get(null, "/api/v1/search?q=%E5%80%99%E9%B8%9F").body()
			.get("total").asLong() >= 11);

		open(1280, 900);
		page.navigate("http://localhost:" + port + "/public/search?site=9901000001");
		assertThat(page.locator(".site-name")).hasText("示例自治州人民政府门户网站");
		page.getByLabel("检索词").fill("候鸟迁徙");
		page.locator("main").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("搜索")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("找到 11 条与「候鸟迁徙」相关的结果");
		assertThat(page.locator("ol.hits > li h3")).hasCount(10);
		assertThat(page.locator("ol.hits > li h3 em").first()).isVisible();
		var second = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("分页"))
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("第 2 页"));
		second.click();
		assertThat(page.locator("ol.hits > li h3")).hasCount(1);
		assertThat(page.locator("a[aria-current=page]")).hasText("2");
		page.goBack();
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/search-page.png")).setFullPage(true));
		axe();

		page.navigate("http://localhost:" + port + "/public/search?q=hnqx");
		assertThat(page.locator("h1")).hasText("全平台搜索");
		axe();
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void onAPhoneAHomophoneTypoIsFoundWithTheWordsItMeantAndThePageStaysAccessible() {
		open(375, 740);
		page.navigate("http://localhost:" + port + "/public/search?q=%E6%94%BF%E5%BA%9C%E7%BD%91%E5%8D%A0&site=9901000001");
		// 政府网占 sounds like 政府网站: the titles are found, and the words they were found by offered
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("找到");
		assertThat(page.locator(".suggestion")).containsText("您是不是要找");
		assertThat(page.locator(".suggestion a")).hasText("政府网站");
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/search-phone.png")).setFullPage(true));
		axe();
		var overflow = (Boolean) page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
		assertThat(overflow).isFalse();

		page.navigate("http://localhost:" + port + "/public/search?q=x&from=2026-13-01");
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("起始日期「2026-13-01」无效，请按 yyyy-MM-dd 填写，例如 2026-03-01");
		axe();
		assertThat(consoleErrors).isEmpty();
	}

	private void axe() {
		org.govsite.support.Axe.assertAccessible(page);
	}
}
