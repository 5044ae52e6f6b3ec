package org.govsite.publishing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.govsite.support.GovSiteTest;
import org.govsite.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public pages in headless Chromium: axe-core finds no violations on home, list, article and topic pages, in
 * normal and in ageing-friendly mode; the mode is toggled by keyboard and persists; nothing is requested from another
 * host; no CSP errors. Draft preview for the site's editor only.
 */
@Tag("slow")
@GovSiteTest
class PublishingBrowserTest {

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort int port;
	@Autowired PublishQueue queue;

	BrowserContext context;
	Page page;
	final List<String> consoleErrors = new CopyOnWriteArrayList<>();
	final List<String> foreignRequests = new CopyOnWriteArrayList<>();

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

	@BeforeEach
	void open() {
		context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
		page = context.newPage();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(page.url() + ": " + message.text());
			}
		});
		page.onRequest(request -> {
			if (!request.url().startsWith("http://localhost:" + port + "/")) {
				foreignRequests.add(request.url());
			}
		});
	}

	@AfterEach
	void shut() {
		context.close();
	}

	@Test
	void publicPagesHaveNoAccessibilityViolationsInNormalAndAgeingFriendlyMode() {
		var support = new PublishingSupport(port);
		var portal = support.portalId();
		// a running special topic with a column and an article, a policy with its interpretation
		var topic = support.api.post(support.admin, "/api/v1/topics", Map.of("siteId", portal, "name", "优化营商环境专题",
				"slug", "yshj", "description", "持续优化营商环境", "startsOn", LocalDate.now().toString()));
		assertThat(topic.status()).as(topic.raw()).isEqualTo(201);
		var topicId = topic.body().get("id").asString();
		support.api.post(support.admin, "/api/v1/topics/" + topicId + "/start", Map.of());
		var column = new HashMap<String, Object>();
		column.put("siteId", portal);
		column.put("topicId", topicId);
		column.put("name", "专题动态");
		column.put("slug", "ztdt");
		column.put("kind", "LIST");
		column.put("updateClass", "EXEMPT");
		column.put("sortOrder", 1);
		assertThat(support.api.post(support.admin, "/api/v1/columns", column).status()).isEqualTo(201);
		var article = support.publish("ztdt", "营商环境专题工作动态", Map.of("source", "州发展改革委"));
		var articleUrl = support.awaitUrl(article);
		var rebuild = support.api.post(support.admin, "/api/v1/sites/" + portal + "/rebuild", Map.of());
		assertThat(rebuild.status()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(
				support.api.get(support.admin, "/api/v1/sites/" + portal + "/rebuild").body().get("status").asString()) && queue.idle());
		var policyUrl = "/sites/9901000001/" + support.api.get(support.admin, "/api/v1/sites/" + portal + "/columns").body()
			.valueStream().filter(c -> c.get("slug").asString().equals("zcwj")).findFirst().orElseThrow().get("slug").asString() + "/index.html";

		var pages = List.of("/sites/9901000001/index.html", "/sites/9901000001/yaowen/index.html", articleUrl,
				"/sites/9901000001/zt/yshj/index.html", "/sites/9901000001/zt/yshj/ztdt/index.html", policyUrl,
				"/sites/9901000001/bsfw/index.html", "/sites/9901000001/no-such-page.html");
		for (var path : pages) {
			page.navigate(url(path));
			assertAccessible(page);
		}
		// the policy's page lists its interpretation and the interpretation links back
		page.navigate(url(policyUrl));
		// other tests share this database and may have published newer policies: pick the demo policy by its title
		page.locator(".news-list a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("示例自治州政府网站管理办法")).first().click();
		assertThat(page.locator(".related")).containsText("解读");
		page.locator(".related a").first().click();
		assertThat(page.locator(".related h2")).hasText("相关政策文件");

		// ageing-friendly mode by keyboard: focus the button, press Enter; it persists across pages
		page.navigate(url("/sites/9901000001/index.html"));
		var toggle = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("长者模式"));
		assertThat(toggle).hasAttribute("aria-pressed", "false");
		toggle.focus();
		page.keyboard().press("Enter");
		assertThat(toggle).hasAttribute("aria-pressed", "true");
		assertThat(page.locator("html")).hasClass(java.util.regex.Pattern.compile("\\belder\\b"));
		var size = (Number) page.evaluate("() => parseFloat(getComputedStyle(document.documentElement).fontSize)");
		assertThat(size.doubleValue()).isGreaterThanOrEqualTo(20);
		for (var path : pages) {
			page.navigate(url(path));
			assertThat(page.locator("html")).hasClass(java.util.regex.Pattern.compile("\\belder\\b"));
			assertAccessible(page);
		}
		page.keyboard().press("Tab");
		assertThat(page.locator(".skip-link")).isFocused();

		// on a phone
		page.setViewportSize(375, 740);
		page.navigate(url(articleUrl));
		var overflow = (Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
		assertThat(overflow).isFalse();
		assertAccessible(page);

		assertThat(foreignRequests).isEmpty();
		// the only errors: the browser reporting the 404 status of the page that does not exist
		assertThat(consoleErrors).allMatch(error -> error.contains("no-such-page.html") && error.contains("404"));
	}

	@Test
	void aDraftIsPreviewedOnlyByTheSitesEditorsAndReviewers() {
		var support = new PublishingSupport(port);
		var form = new HashMap<String, Object>();
		form.put("columnId", support.columnId("yaowen"));
		form.put("title", "尚未发布的稿件");
		form.put("body", "<p>草稿正文。</p>");
		form.put("important", false);
		var id = support.api.post(support.editor, "/api/v1/articles", form).body().get("id").asString();

		signIn("editor");
		consoleErrors.clear(); // the console's sign-in page has no favicon: not ours
		page.navigate(url("/preview/articles/" + id));
		assertThat(page.locator(".preview-banner")).containsText("预览");
		assertThat(page.locator("h1")).hasText("尚未发布的稿件");
		assertThat(page.locator("meta[name=robots]")).hasAttribute("content", "noindex, nofollow");
		assertAccessible(page);
		assertThat(consoleErrors).isEmpty();

		// the one read policy for content that is not live (security issue, item 2): the supervising office may look
		// (oversight), a vendor's staff may not
		context.clearCookies();
		signIn("supervisor");
		assertThat(page.navigate(url("/preview/articles/" + id)).status()).isEqualTo(200);
		context.clearCookies();
		signIn("vendor");
		var refused = page.navigate(url("/preview/articles/" + id));
		assertThat(refused.status()).isIn(403, 404);
	}

	@Test
	void theConsoleRebuildsASiteWithAProgressBarAndExplainsARefusedColour() {
		var support = new PublishingSupport(port);
		var portal = support.portalId();
		signIn("admin");
		consoleErrors.clear();
		page.navigate(url("/publishing/sites/" + portal));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("网站发布：示例自治州人民政府门户网站"))).isVisible();
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("重新生成全站")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("已开始全站生成");
		// htmx polls the progress fragment until the run is done
		assertThat(page.locator("#progress label")).containsText("已完成", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
		assertThat(page.locator("#rebuild-progress")).hasAttribute("value", "100");

		page.getByLabel("主色调（白色文字在其上的对比度须不低于 4.5:1）").fill("#ffd700");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存主题")).click();
		assertThat(page.locator("#theme-errors")).containsText("低于无障碍要求的 4.5:1");
		assertAccessible(page);
		assertThat(consoleErrors).isEmpty();

		context.clearCookies();
		signIn("editor");
		assertThat(page.navigate(url("/publishing/sites/" + portal)).status()).isEqualTo(403);
	}

	void signIn(String username) {
		page.navigate(url("/login"));
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill(PublishingSupport.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("概览"))).isVisible();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	static void assertAccessible(Page page) {
		org.govsite.support.Axe.assertAccessible(page);
	}
}
