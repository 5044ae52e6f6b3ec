package org.govsite.content;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.govsite.content.ContentBrowserTest.PASSWORD;
import static org.govsite.content.ContentBrowserTest.PORTAL;
import static org.govsite.content.ContentBrowserTest.assertAccessible;
import static org.govsite.content.ContentBrowserTest.button;
import static org.govsite.content.ContentBrowserTest.link;

import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.govsite.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Drives the special-topic and headline-directive screens in headless Chromium: the site administrator opens a topic,
 * starts it, creates a column in it through the column form's topic picker and archives it (its column is then
 * 不考核); the cyberspace office issues a directive to the portal, the editor adopts it into 网站头条 and lands on the
 * draft, and the board shows 已采用. Every new page checked with axe-core, and no CSP (console) errors.
 */
@Tag("slow") // a real browser: run by the full suite (CI), not the quick default run
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TopicDirectiveBrowserTest {

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
	void shut(TestInfo test) {
		// Where each browser ended, for reading a failure: target/topic-directive-browser/<test>-<n>.png
		var name = test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test");
		int n = 0;
		for (var context : contexts) {
			for (var page : context.pages()) {
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(Paths.get("target", "topic-directive-browser", name + "-" + n + ".png")));
				try {
					java.nio.file.Files.writeString(Paths.get("target", "topic-directive-browser", name + "-" + (n++) + ".txt"),
							page.url() + "\n" + page.locator("main").innerText());
				}
				catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}
		}
		contexts.forEach(BrowserContext::close);
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** A fresh browser context (its own session) signed in as the user; its console errors and failed loads are kept. */
	Page signedIn(String username) {
		var context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
		contexts.add(context);
		var page = context.newPage();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
				consoleErrors.add(username + " " + page.url() + ": " + message.text());
			}
		});
		page.onResponse(response -> {
			if (response.status() >= 400) {
				consoleErrors.add(username + " " + response.status() + " " + response.url());
			}
		});
		page.navigate(url("/login"));
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("概览"))).isVisible();
		return page;
	}

	static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/** Waits for the page with this heading to finish loading, so that its script opens dialogs. */
	static void loaded(Page page, String title) {
		assertThat(heading(page, title)).isVisible();
		page.waitForLoadState();
	}

	@Test
	void siteAdministratorRunsATopicWhoseColumnsLeaveTheDeadlinesWhenArchived() {
		var suffix = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 99_999));
		var name = "学习贯彻专题" + suffix;
		var admin = signedIn("siteadmin");
		admin.navigate(url("/content"));
		assertThat(admin.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("头条指令"))).isVisible();
		link(admin, PORTAL).click();
		link(admin, "专题专栏").click();
		assertThat(heading(admin, PORTAL + " · 专题专栏")).isVisible();
		assertAccessible(admin);

		// Opening a topic: first an inline error for the missing name, then saved in 筹备.
		link(admin, "开设专题").click();
		admin.locator("#slug").fill("xxgc" + suffix);
		button(admin, "保存").click();
		assertThat(admin.locator("#name-error")).hasText("请填写专题名称");
		assertAccessible(admin);
		admin.locator("#name").fill(name);
		admin.locator("#bannerPath").fill("/banner/xxgc" + suffix + ".png");
		button(admin, "保存").click();
		assertThat(admin.getByRole(AriaRole.STATUS).first()).containsText("已开设专题「" + name + "」");
		var row = admin.locator("table.topic-list tbody tr").filter(new Locator.FilterOptions().setHasText(name));
		assertThat(row).containsText("筹备");
		assertThat(row).containsText("/banner/xxgc" + suffix + ".png");
		assertAccessible(admin);

		button(admin, "启动专题" + name).click();
		assertThat(admin.getByRole(AriaRole.STATUS).first()).containsText("已启动专题「" + name + "」");
		assertThat(row).containsText("进行中");

		// A column inside the topic, through the column form's topic picker.
		admin.navigate(url("/content"));
		link(admin, PORTAL).click();
		link(admin, "新建栏目").click();
		admin.locator("#topicId").selectOption(new SelectOption().setLabel(name + "（进行中）"));
		admin.locator("#name").fill("专题动态" + suffix);
		admin.locator("#slug").fill("ztdt" + suffix);
		admin.locator("#updateClass").selectOption("DYNAMIC");
		button(admin, "保存").click();
		assertThat(admin.getByRole(AriaRole.STATUS).first()).containsText("已新建栏目「专题动态" + suffix + "」");
		var columnRow = admin.locator("table.column-tree tbody tr")
			.filter(new Locator.FilterOptions().setHasText("专题动态" + suffix));
		assertThat(columnRow).containsText("专题：" + name);
		assertThat(columnRow).containsText("空白");

		// Archived with a reason, in the dialog: the topic's column is then 不考核.
		link(admin, "专题专栏").click();
		loaded(admin, PORTAL + " · 专题专栏");
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("归档专题" + name)).click();
		var dialog = admin.locator("dialog[open]");
		assertThat(dialog).isVisible();
		dialog.getByLabel("归档理由").fill("专题活动结束");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("确认归档")).click();
		assertThat(admin.getByRole(AriaRole.STATUS).first()).containsText("已归档专题「" + name + "」");
		assertThat(row).containsText("已归档");
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name + "的栏目")).click();
		assertThat(heading(admin, "专题「" + name + "」的栏目")).isVisible();
		assertThat(columnRow).containsText("不考核");
		assertThat(columnRow).containsText("专题：" + name + "（已归档）");
		assertAccessible(admin);
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void theCyberspaceOfficeIssuesADirectiveThatThePortalsEditorAdopts() {
		var suffix = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 99_999));
		var title = "关于转载重要新闻稿件的通知" + suffix;

		var cyberspace = signedIn("cyberspace");
		cyberspace.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("头条指令")).click();
		assertThat(heading(cyberspace, "头条指令")).isVisible();
		link(cyberspace, "下发指令").click();
		assertThat(cyberspace.locator("#place")).hasValue("头条");
		assertAccessible(cyberspace);
		button(cyberspace, "下发").click();
		assertThat(cyberspace.locator("#title-error")).hasText("请填写指令标题");
		assertThat(cyberspace.locator("#targetSiteIds-error")).hasText("请选择目标网站");
		assertAccessible(cyberspace);
		cyberspace.locator("#title").fill(title);
		cyberspace.locator("#body").fill("请各网站在头条位置转载该稿件。");
		cyberspace.locator("#link").fill("https://www.example.gov.cn/news/" + suffix + ".html");
		cyberspace.getByLabel(PORTAL, new Page.GetByLabelOptions().setExact(true)).check();
		button(cyberspace, "下发").click();
		assertThat(cyberspace.getByRole(AriaRole.STATUS).first()).containsText("已下发指令「" + title + "」到 1 个网站");
		var directive = cyberspace.locator(".directive").filter(new Locator.FilterOptions().setHasText(title));
		assertThat(directive.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(PORTAL))).containsText("待处理");

		// The portal's editor adopts it into 网站头条 and lands on the draft.
		var editor = signedIn("editor");
		editor.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("头条指令")).click();
		var pending = editor.locator("table.pending-directives tbody tr").filter(new Locator.FilterOptions().setHasText(title));
		assertThat(pending).containsText(PORTAL);
		pending.getByText("指令内容").click();
		assertThat(pending.locator(".directive-body")).containsText("请各网站在头条位置转载该稿件。");
		assertThat(pending).containsText("发布位置：头条");
		assertAccessible(editor);
		pending.getByLabel("采用到栏目").selectOption(new SelectOption().setLabel("网站头条"));
		pending.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("采用指令" + title)).click();
		assertThat(heading(editor, title)).isVisible();
		assertThat(editor.getByRole(AriaRole.STATUS).first()).containsText("已采用指令，在「网站头条」生成草稿");
		assertThat(editor.locator("#article-state")).containsText("草稿");
		assertThat(editor.url()).contains("/content/articles/");

		// The board shows 已采用 for the portal, with who answered.
		cyberspace.reload();
		var target = directive.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(PORTAL));
		assertThat(target).containsText("已采用");
		assertThat(target).containsText("editor");
		assertAccessible(cyberspace);

		// A second directive is not adopted: the reason is asked for in a dialog and shown on the board.
		var declined = "关于转载专题稿件的通知" + suffix;
		link(cyberspace, "下发指令").click();
		cyberspace.locator("#title").fill(declined);
		cyberspace.locator("#link").fill("https://www.example.gov.cn/news/z" + suffix + ".html");
		cyberspace.getByLabel(PORTAL, new Page.GetByLabelOptions().setExact(true)).check();
		button(cyberspace, "下发").click();
		assertThat(cyberspace.getByRole(AriaRole.STATUS).first()).containsText("已下发指令「" + declined + "」");
		link(editor, "头条指令").click();
		loaded(editor, "头条指令");
		editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("不采用指令" + declined)).click();
		var dialog = editor.locator("dialog[open]");
		assertThat(dialog).isVisible();
		dialog.getByLabel("不采用理由").fill("本网站已发布同题稿件");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("确认不采用")).click();
		assertThat(editor.getByRole(AriaRole.STATUS).first()).containsText("已记录不采用的理由");
		assertThat(editor.locator("table.pending-directives tbody tr").filter(new Locator.FilterOptions().setHasText(declined)))
			.hasCount(0);
		cyberspace.reload();
		var answer = cyberspace.locator(".directive").filter(new Locator.FilterOptions().setHasText(declined))
			.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(PORTAL));
		assertThat(answer).containsText("未采用");
		assertThat(answer).containsText("本网站已发布同题稿件");
		assertThat(consoleErrors).isEmpty();
	}
}
