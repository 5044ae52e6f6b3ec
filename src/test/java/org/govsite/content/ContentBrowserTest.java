package org.govsite.content;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Drives the content screens in headless Chromium: the editor writes an article with the WYSIWYG editor, edits it and
 * compares the revisions, submits it; a reviewer of the wrong step is refused in Chinese; the first reviewer finds it
 * in the inbox and approves it. Every page checked with axe-core, and no CSP (console) errors.
 */
@Tag("slow") // a real browser: run by the full suite (CI), not the quick default run
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContentBrowserTest {

	static final String PASSWORD = "GovSite@2026";
	static final String PORTAL = "示例自治州人民政府门户网站";

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

	final List<com.microsoft.playwright.BrowserContext> contexts = new CopyOnWriteArrayList<>();
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
		// Where each browser ended, for reading a failure: target/content-browser/<n>.png
		int n = 0;
		for (var context : contexts) {
			for (var page : context.pages()) {
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(Paths.get("target", "content-browser", n + ".png")));
				try {
					java.nio.file.Files.writeString(Paths.get("target", "content-browser", (n++) + ".txt"),
							page.url() + "\n" + page.locator("main").innerText());
				}
				catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}
		}
		contexts.forEach(com.microsoft.playwright.BrowserContext::close);
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
			// Failed loads are caught below with their address (the browser's own favicon probe is not a page's).
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

	/** A draft written through the API in a column of the portal (by its slug); its id. */
	static String draft(org.govsite.support.Api api, String editorToken, String columnSlug, String title, String body) {
		var admin = api.token("admin", PASSWORD);
		var portal = api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> "9901000001".equals(site.path("siteCode").asString())).findFirst().orElseThrow().get("id").asString();
		var column = api.get(admin, "/api/v1/sites/" + portal + "/columns").body().valueStream()
			.filter(c -> c.get("slug").asString().equals(columnSlug)).findFirst().orElseThrow().get("id").asString();
		return api.post(editorToken, "/api/v1/articles", new java.util.HashMap<>(java.util.Map.of("columnId", column,
				"title", title, "body", body))).body().get("id").asString();
	}

	static void assertAccessible(Page page) {
		org.govsite.support.Axe.assertAccessible(page);
	}

	static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	@Test
	void editorWritesWithTheEditorAndTheFirstReviewerApprovesFromTheInbox() {
		var suffix = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 99_999));
		var title = "示例自治州召开网站内容保障会议" + suffix;

		// The editor finds the portal's columns with their standing.
		var editor = signedIn("editor");
		link(editor, "栏目与信息").click();
		assertThat(editor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("栏目与信息"))).isVisible();
		link(editor, PORTAL).click();
		assertThat(editor.locator("table.column-tree")).containsText("要闻动态");
		assertThat(editor.locator("table.column-tree")).containsText("不考核");
		assertAccessible(editor);

		// 写信息 in 要闻动态, typing into the WYSIWYG editor.
		link(editor, "要闻动态").click();
		link(editor, "写信息").click();
		var body = editor.locator(".ql-editor");
		assertThat(body).isVisible();
		assertThat(editor.locator("textarea#body")).isHidden();
		assertThat(editor.locator(".policy-block")).isHidden();
		assertAccessible(editor);
		editor.locator("#title").fill(title);
		body.click();
		editor.keyboard().type("会议要求各部门按期更新政府网站栏目。");
		editor.keyboard().press("Enter");
		editor.keyboard().type("第二段：未按期更新的栏目将被通报。");
		editor.locator("#source").fill("示例自治州政府办公室");
		button(editor, "保存").click();

		assertThat(editor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
		assertThat(editor.getByRole(AriaRole.STATUS).first()).containsText("已保存信息");
		assertThat(editor.locator("#article-state")).containsText("草稿");
		assertThat(editor.locator(".article-body p")).hasCount(2);
		assertThat(editor.locator(".article-body")).containsText("第二段：未按期更新的栏目将被通报。");
		var articleUrl = editor.url();

		// A second revision, then the diff marks what was added and removed, in words and not only colour.
		link(editor, "修改信息").click();
		assertThat(editor.locator(".ql-editor")).containsText("第二段");
		editor.locator("#title").fill(title + "（修订）");
		editor.locator(".ql-editor").click();
		editor.keyboard().press("Control+End");
		editor.keyboard().press("Enter");
		editor.keyboard().type("第三段：新增的要求。");
		button(editor, "保存").click();
		assertThat(editor.getByRole(AriaRole.STATUS).first()).containsText("第 2 版");
		button(editor, "比较版本").click();
		assertThat(editor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("版本比较：" + title + "（修订）")))
			.isVisible();
		var added = editor.locator(".diff li.diff-added");
		var removed = editor.locator(".diff li.diff-removed");
		assertThat(added.filter(new Locator.FilterOptions().setHasText("第三段：新增的要求。"))).containsText("新增");
		assertThat(added.filter(new Locator.FilterOptions().setHasText(title + "（修订）"))).containsText("新增");
		assertThat(removed.filter(new Locator.FilterOptions().setHasText(title))).containsText("删除");
		assertAccessible(editor);

		// Submitted for review.
		editor.navigate(articleUrl);
		button(editor, "提交审核").click();
		assertThat(editor.locator("#article-state")).containsText("待初审");
		assertThat(editor.locator(".timeline")).containsText("提交审核");
		assertAccessible(editor);

		// The second reviewer may not take the first step: the service's Chinese reason is shown.
		var reviewer2 = signedIn("reviewer2");
		reviewer2.navigate(articleUrl);
		button(reviewer2, "审核通过").click();
		assertThat(reviewer2.getByRole(AriaRole.ALERT)).containsText("只有本网站的「初审」人员才能执行初审");
		assertThat(reviewer2.locator("#article-state")).containsText("待初审");

		// The first reviewer finds it in the inbox and approves it.
		var reviewer1 = signedIn("reviewer1");
		assertThat(reviewer1.locator("#content-block")).containsText("审核待办");
		reviewer1.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^审核待办"))).click();
		assertThat(reviewer1.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("审核待办"))).isVisible();
		var row = reviewer1.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(title + "（修订）"));
		assertThat(row).containsText("待初审");
		assertAccessible(reviewer1);
		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title + "（修订）")).click();
		reviewer1.getByLabel("审核意见（选填）").fill("内容属实，同意报复审");
		button(reviewer1, "审核通过").click();
		assertThat(reviewer1.getByRole(AriaRole.STATUS).first()).containsText("已执行「审核通过」");
		assertThat(reviewer1.locator("#article-state")).containsText("待复审");
		assertThat(reviewer1.locator(".timeline")).containsText("初审人员"); // people's names, not account names
		assertThat(reviewer1.locator(".timeline")).containsText("内容属实，同意报复审"); // 审核意见 on approval (defect 11)
		// 审签单: the review record as a sheet to print and file
		link(reviewer1, "审签单").click();
		assertThat(reviewer1.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("信息发布审签单"))).isVisible();
		assertThat(reviewer1.locator("#sign-steps")).containsText("内容属实，同意报复审");
		assertThat(reviewer1.locator("#sign-steps")).containsText("初审人员");
		assertAccessible(reviewer1);

		assertThat(consoleErrors).isEmpty();
	}

	/**
	 * Issue 14, defect 6: the 内容检查 card on the article page shows a serious finding that refuses 提交审核; the editor
	 * marks it 误报 with a reason, submits, and the reviewer reads the mark.
	 */
	@Test
	void editorSeesTheContentCheckMarksAFalsePositiveAndTheReviewerReadsIt() {
		var api = new org.govsite.support.Api(port);
		var editorToken = api.token("editor", PASSWORD);
		var article = draft(api, editorToken, "yaowen", "档案馆举办历史文献展", "<p>展出的告示写有中华人民共合国字样，系原件照录。</p>");

		var editor = signedIn("editor");
		editor.navigate(url("/content/articles/" + article));
		var card = editor.locator("#checks");
		assertThat(card.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("内容检查"))).isVisible();
		var item = card.locator(".check-item").filter(new Locator.FilterOptions().setHasText("中华人民共合国"));
		assertThat(item).containsText("将阻止发布");
		assertThat(item).containsText("位置：正文第 8 字");
		assertThat(item.locator("mark")).hasText("中华人民共合国");
		assertAccessible(editor);

		button(editor, "提交审核").click();
		assertThat(editor.getByRole(AriaRole.ALERT).first()).containsText("内容检查发现 1 处严重问题");
		assertThat(editor.locator("#article-state")).containsText("草稿");

		item.locator("summary").click();
		item.getByLabel("误报理由").fill("历史文献原件照录，不作改动");
		button(editor, "标记「中华人民共合国」为误报").click();
		assertThat(editor.getByRole(AriaRole.STATUS).first()).containsText("已将「中华人民共合国」标记为误报");
		assertThat(item).containsText("编辑标记为误报：历史文献原件照录，不作改动");
		assertThat(item).containsText("已标记误报");
		assertAccessible(editor);
		button(editor, "提交审核").click();
		assertThat(editor.locator("#article-state")).containsText("待初审");

		var reviewer1 = signedIn("reviewer1");
		// the inbox shows the finding inline, with the editor's reason (issue 14)
		reviewer1.navigate(url("/review/inbox"));
		var row = reviewer1.locator("tr").filter(new Locator.FilterOptions().setHasText("档案馆举办历史文献展"));
		assertThat(row.locator(".inbox-findings summary")).containsText("1 处已由编辑标记误报");
		row.locator(".inbox-findings summary").click();
		assertThat(row.locator(".inbox-findings li")).containsText("误报理由：历史文献原件照录，不作改动");
		assertAccessible(reviewer1);
		var tasks = api.get(api.token("reviewer1", PASSWORD), "/api/v1/review/tasks").body().valueStream()
			.filter(task -> task.get("id").asString().equals(article)).findFirst().orElseThrow();
		assertThat(tasks.at("/checks/findings/0/matched").asString()).isEqualTo("中华人民共合国");
		reviewer1.navigate(url("/content/articles/" + article));
		assertThat(reviewer1.locator("#checks .check-item")).containsText("编辑标记为误报：历史文献原件照录，不作改动");
		assertThat(reviewer1.locator("#checks details")).hasCount(0);
		assertAccessible(reviewer1);
		assertThat(consoleErrors).isEmpty();
	}

	/** Issue 14, defect 3: attachments are uploaded, listed, refused with a reason, reordered and removed in the console. */
	@Test
	void theTownshipEditorWorksInItsChannelOnlyAndTheAdministratorGrantsSuchARole() {
		// the township's editor (Art. 6): the county portal's columns page shows the channel's subtree only
		var township = signedIn("township");
		township.navigate(url("/content"));
		link(township, "甲县人民政府门户网站").click();
		var rows = township.locator("main table tbody tr");
		assertThat(rows).hasCount(3);
		assertThat(township.locator("main table")).containsText("镇务动态");
		assertThat(township.locator("main table")).not().containsText("县政要闻");
		assertAccessible(township);
		township.setViewportSize(390, 844);
		township.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "content-browser", "township-phone.png"))
			.setFullPage(true));
		assertAccessible(township);

		// the security administrator limits a new reviewer's role to the channel in the user form
		var api = new org.govsite.support.Api(port);
		var admin = api.token("admin", PASSWORD);
		var unit = api.get(admin, "/api/v1/units").body().valueStream()
			.filter(u -> u.get("name").asString().equals("甲县城关镇人民政府")).findFirst().orElseThrow().get("id").asString();
		var user = api.post(admin, "/api/v1/users", java.util.Map.of("username", "townrev" + System.nanoTime() % 100000,
				"displayName", "城关镇审核员", "unitId", unit, "password", "Town-Review-2026!")).body().get("id").asString();
		var security = signedIn("security");
		security.navigate(url("/users/" + user));
		security.getByLabel("角色", new Page.GetByLabelOptions().setExact(true)).selectOption("FIRST_REVIEWER");
		security.getByLabel("网站（站点角色须选择）").selectOption(new com.microsoft.playwright.options.SelectOption()
			.setLabel("甲县人民政府门户网站"));
		security.getByLabel("限定栏目（编辑、审核角色可选）").selectOption(new com.microsoft.playwright.options.SelectOption()
			.setLabel("城关镇"));
		assertAccessible(security);
		button(security, "授予角色").click();
		assertThat(security.locator("main")).containsText("已授予角色");
		assertThat(security.locator("main table")).containsText("甲县人民政府门户网站 › 城关镇（含下级栏目）");
		security.setViewportSize(390, 844);
		security.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "content-browser", "grant-column-phone.png"))
			.setFullPage(true));
		assertAccessible(security);
	}

	@Test
	void editorMovesTwoDraftsAtOnceFromTheColumnsList() {
		var api = new org.govsite.support.Api(port);
		var editorToken = api.token("editor", PASSWORD);
		var first = draft(api, editorToken, "tzgg", "批量演练：第一份通知", "<p>一。</p>");
		var second = draft(api, editorToken, "tzgg", "批量演练：第二份通知", "<p>二。</p>");
		var column = api.get(editorToken, "/api/v1/articles/" + first).body().get("homeColumnId").asString();

		var page = signedIn("editor");
		page.navigate(url("/content/columns/" + column));
		page.getByLabel("选择：批量演练：第一份通知").check();
		page.getByLabel("选择：批量演练：第二份通知").check();
		page.getByLabel("批量操作（先在下表中勾选信息）").selectOption("MOVE");
		page.getByLabel("目标栏目（移动、复制时选择；复制可选其他网站，即信息报送）")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("要闻动态"));
		assertAccessible(page);
		button(page, "执行").click();
		assertThat(page.locator("main")).containsText("已「移动到栏目」2 条信息");
		assertThat(page.locator("main table")).not().containsText("批量演练：第一份通知");
		page.setViewportSize(390, 844);
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "content-browser", "batch-phone.png"))
			.setFullPage(true));
		assertAccessible(page);
		assertThat(api.get(editorToken, "/api/v1/articles/" + second).body().get("homeColumnId").asString()).isNotEqualTo(column);
	}

	/** Issue 14, defect 4: a Word document pasted into the editor keeps its table, alignment and indent. */
	@Test
	void editorPastesFromWordAndTheTableAlignmentAndIndentReachTheSavedBody() {
		var word = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body><div class=WordSection1>"
				+ "<p class=MsoNormal align=center style='text-align:center'><b>关于开展安全检查的通知</b></p>"
				+ "<p class=MsoNormal style='text-indent:21.0pt'>各乡镇人民政府：现将有关事项通知如下。</p>"
				+ "<table class=MsoTableGrid border=1><tr><td><p><b>序号</b></p></td><td><p><b>检查内容</b></p></td></tr>"
				+ "<tr><td><p align=center>1</p></td><td><p>消防设施</p></td></tr></table>"
				+ "<p class=MsoNormal><img width=100 height=80 src=\"file:///C:/Users/a/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png\"></p>"
				+ "</div></body></html>";
		var page = signedIn("editor");
		var api = new org.govsite.support.Api(port);
		var editorToken = api.token("editor", PASSWORD);
		var column = api.get(editorToken, "/api/v1/articles/" + draft(api, editorToken, "tzgg", "粘贴演练占位", "<p>占位</p>"))
			.body().get("homeColumnId").asString();
		page.navigate(url("/content/articles/new?column=" + column));
		page.locator("#title").fill("关于开展安全检查的通知（粘贴自 Word）");
		page.locator(".ql-editor").click();
		page.evaluate("html => { const data = new DataTransfer(); data.setData('text/html', html);"
				+ " data.setData('text/plain', '关于开展安全检查的通知');"
				+ " document.querySelector('.ql-editor').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })); }",
				word);
		assertThat(page.locator(".ql-editor .gov-table th")).hasCount(2);
		assertThat(page.locator(".ql-editor p.align-center")).containsText("关于开展安全检查的通知");
		assertThat(page.locator(".ql-editor p.indent-first-2em")).containsText("各乡镇人民政府");
		assertThat(page.locator(".paste-notice")).containsText("有 1 张图片来自本机文件");
		assertAccessible(page);
		button(page, "保存").click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("已保存信息");
		assertThat(page.locator(".article-body table th")).hasCount(2);
		page.setViewportSize(390, 844);
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "content-browser", "word-paste-phone.png"))
			.setFullPage(true));

		var id = page.url().replaceAll(".*/articles/([0-9a-f-]{36}).*", "$1");
		var body = api.get(editorToken, "/api/v1/articles/" + id).body().at("/revision/body").asString();
		org.assertj.core.api.Assertions.assertThat(body)
			.contains("<p class=\"align-center\"><strong>关于开展安全检查的通知</strong></p>",
					"<p class=\"indent-first-2em\">各乡镇人民政府&#xff1a;现将有关事项通知如下。</p>",
					"<thead><tr><th scope=\"col\">序号</th><th scope=\"col\">检查内容</th></tr></thead>",
					"<td class=\"align-center\">1</td><td>消防设施</td>")
			.doesNotContain("style", "Mso", "file:", "<img");
		org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
	}

	@Test
	void editorUploadsSeveralAttachmentsAndIsToldWhichOneWasRefused() {
		var api = new org.govsite.support.Api(port);
		var editorToken = api.token("editor", PASSWORD);
		var article = draft(api, editorToken, "tzgg", "附件上传演练通知", "<p>见附件。</p>");
		var pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

		var page = signedIn("editor");
		page.navigate(url("/content/articles/" + article));
		var card = page.locator("#attachments");
		assertThat(card).containsText("本文没有附件。");
		page.getByLabel("上传附件（可多选）").setInputFiles(new com.microsoft.playwright.options.FilePayload[] {
				new com.microsoft.playwright.options.FilePayload("报名表.pdf", "application/pdf", pdf),
				new com.microsoft.playwright.options.FilePayload("说明.pdf", "application/pdf", pdf),
				new com.microsoft.playwright.options.FilePayload("脚本.pdf", "application/pdf",
						"<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)) });
		button(page, "上传").click();
		assertThat(page.locator("#attachments [role=status]")).containsText("已上传 2 个附件：报名表.pdf、说明.pdf");
		assertThat(page.locator("#attachments [role=alert]")).containsText("「脚本.pdf」：附件「脚本.pdf」的类型不受支持");
		assertThat(page.locator("#attachments ol li")).hasCount(2);
		assertAccessible(page);

		button(page, "下移：报名表.pdf").click();
		assertThat(page.locator("#attachments ol li").first()).containsText("说明.pdf");
		button(page, "删除：说明.pdf").click();
		assertThat(page.locator("#attachments ol li")).hasCount(1);
		assertThat(page.locator("#attachments ol li").first()).containsText("报名表.pdf");
		page.setViewportSize(390, 844);
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "content-browser", "attachments-phone.png"))
			.setFullPage(true));
		assertAccessible(page);
		assertThat(api.get(editorToken, "/api/v1/articles/" + article + "/attachments").body().size()).isEqualTo(1);
	}

	@Test
	void siteAdministratorMaintainsColumnsAndIsToldWhyAFullColumnStays() {
		var suffix = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 99_999));
		var admin = signedIn("siteadmin");
		admin.navigate(url("/content"));
		assertThat(admin.locator("tbody")).containsText(PORTAL);
		assertAccessible(admin);
		link(admin, PORTAL).click();

		// A new column: first an inline error for the missing name, then saved under 要闻动态.
		link(admin, "新建栏目").click();
		assertAccessible(admin);
		admin.locator("#slug").fill("bmdt" + suffix);
		admin.locator("#updateClass").selectOption("DYNAMIC");
		button(admin, "保存").click();
		assertThat(admin.locator("#name-error")).hasText("请填写栏目名称");
		admin.locator("#name").fill("部门动态" + suffix);
		admin.locator("#parentId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("要闻动态"));
		admin.locator("#firstLevel").uncheck();
		button(admin, "保存").click();
		assertThat(admin.getByRole(AriaRole.STATUS).first()).containsText("已新建栏目「部门动态" + suffix + "」");
		var row = admin.locator("table.column-tree tbody tr").filter(new Locator.FilterOptions().setHasText("部门动态" + suffix));
		assertThat(row.locator("td.depth-1")).isVisible();
		assertThat(row).containsText("空白");

		// 要闻动态 still holds articles: hiding it is refused with the service's reason.
		link(admin, "要闻动态").click();
		assertAccessible(admin);
		button(admin, "隐藏栏目").or(link(admin, "隐藏栏目")).click();
		var dialog = admin.locator("#dialog-HIDE");
		assertThat(dialog).isVisible();
		dialog.getByLabel("理由").fill("栏目整合");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("确认隐藏栏目")).click();
		assertThat(admin.getByRole(AriaRole.ALERT)).containsText("中还有信息，请先把内容移到其他栏目再隐藏");
		assertThat(consoleErrors).isEmpty();
	}
}
