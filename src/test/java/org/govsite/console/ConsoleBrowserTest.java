package org.govsite.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.govsite.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Drives the console in headless Chromium: sign-in, creating a unit and a site, lifecycle, refusals, accessibility. */
@Tag("slow") // a real browser: run by the full suite (CI), not the quick default run
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConsoleBrowserTest {

	static final String PASSWORD = "GovSite@2026";

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;
	Page page;

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

	/** Browser console errors, e.g. Content Security Policy violations; none are expected. */
	final List<String> consoleErrors = new java.util.concurrent.CopyOnWriteArrayList<>();

	@BeforeEach
	void open() {
		context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
		page = context.newPage();
		page.onConsoleMessage(message -> {
			// a refused form answers 422 (409 for a conflict) with the page and its sentences: not an error of the page
			if ("error".equals(message.type()) && !message.text().matches("(?s).*status of 4(09|22).*")) {
				consoleErrors.add(page.url() + ": " + message.text());
			}
		});
	}

	@AfterEach
	void shut() {
		context.close();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void signIn(String username) {
		signIn(username, PASSWORD);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("概览"))).isVisible();
	}

	void signIn(String username, String password) {
		page.navigate(url("/login"));
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
	}

	static void assertAccessible(Page page) {
		org.govsite.support.Axe.assertAccessible(page);
	}

	@Test
	void adminCreatesUnitAndDepartmentSiteThroughTheConsole() {
		page.navigate(url("/login"));
		assertAccessible(page);
		signIn("admin");
		assertThat(page.locator("header")).containsText("平台管理员");
		assertThat(page.locator("header")).containsText("示例自治州大数据中心");
		assertAccessible(page);

		var suffix = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 99_999));
		var unitName = "示例自治州测试局" + suffix;

		// A new department unit, first refused for a missing name (inline error), then created.
		page.navigate(url("/units/new"));
		page.getByLabel("单位类型").selectOption("DEPARTMENT");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
		assertThat(page.locator("#name-error")).hasText("请填写单位名称");
		page.getByLabel("单位名称").fill(unitName);
		page.getByLabel("行政区划代码").fill("990100");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(unitName))).isVisible();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("已新建单位");

		// The site form: a refusal from the service is shown in Chinese, then the corrected site is registered.
		page.navigate(url("/sites/new"));
		assertAccessible(page);
		var siteName = unitName + "网站";
		var domain = "csj" + suffix + ".shilizhou.gov.cn";
		page.getByLabel("网站名称").fill(siteName);
		page.getByLabel("网站类型").selectOption("DEPARTMENT");
		page.getByLabel("主域名").fill("csj" + suffix + ".example.com");
		page.getByLabel("主办单位").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(unitName + "（政府部门）"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("政府网站必须填写网站标识码");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("政府网站的域名应以 .gov.cn 或 .政务 结尾");

		page.getByLabel("网站标识码").fill("99010" + suffix);
		page.getByLabel("主域名").fill(domain);
		page.getByLabel("别名（每行一个）").fill("www." + domain + "\n");
		page.getByLabel("ICP备案号").fill("示ICP备" + suffix + "号");
		page.getByLabel("公安机关备案号").fill("示公网安备9901" + suffix + "号");
		page.getByLabel("等保级别").selectOption("2");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(siteName))).isVisible();
		var details = page.locator("dl.fields");
		assertThat(details).containsText("部门网站");
		assertThat(details).containsText("99010" + suffix);
		assertThat(details).containsText(domain);
		assertThat(details).containsText("www." + domain);
		assertThat(details).containsText(unitName);
		assertThat(details).containsText("申请中");
		assertThat(page.locator(".timeline")).containsText("提交开设申请");

		// Lifecycle: approve through the dialog, using the keyboard.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("批准")).focus();
		page.keyboard().press("Enter");
		var dialog = page.locator("#dialog-APPROVE");
		assertThat(dialog).isVisible();
		dialog.getByLabel("操作理由").fill("材料齐全，同意开设");
		dialog.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("确认批准")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("已批准");
		assertThat(page.locator(".timeline")).containsText("材料齐全，同意开设");

		// The site shows up in the list, also when filtered.
		page.navigate(url("/sites"));
		assertAccessible(page);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(siteName))).isVisible();
		page.navigate(url("/sites?type=DEPARTMENT&status=APPROVED&q=" + suffix));
		assertThat(page.locator("#results tbody tr")).hasCount(1);
		assertThat(page.locator("#results")).containsText(siteName);

		// htmx filters as one types (the page is not reloaded), and nothing broke the CSP.
		page.navigate(url("/sites"));
		assertThat(page.locator("#results tbody tr")).not().hasCount(1);
		assertThat(page.evaluate("typeof htmx")).isEqualTo("object");
		page.getByLabel("名称、单位、标识码或域名").pressSequentially(domain);
		assertThat(page.locator("#results tbody tr")).hasCount(1);
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=.*"));
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void theVendorsOverviewShowsWhatComesUpForRenewalOnAPhone() {
		context.close();
		context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(375, 812)
			.setIsMobile(true).setHasTouch(true));
		page = context.newPage();
		signIn("vendor");
		var card = page.locator("#vendor-desk");
		assertThat(card.getByRole(AriaRole.HEADING)).hasText("本单位运维服务：示例信息技术有限公司");
		assertThat(card).containsText("SLZ-YW-DEMO-01");
		assertThat(card).containsText("即将到期");
		page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screens/vendor-phone.png"))
			.setFullPage(true));
		org.assertj.core.api.Assertions
			.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(375);
		assertAccessible(page);
		card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("查看本单位的合同、资质、人员和评价")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("示例信息技术有限公司"))).isVisible();
		org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		page.navigate(url("/sites"));
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
		page.navigate(url("/users"));
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
	}

	@Test
	void refusedTransitionShowsEveryReason() {
		signIn("supervisor");
		// a running site no other suite in the shared context moves (the site tests close 生态环境局's)
		page.navigate(url("/sites?q=" + java.net.URLEncoder.encode("卫生健康委员会", java.nio.charset.StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("示例自治州卫生健康委员会网站")).click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("修改信息"))).hasCount(0);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("发布关停公示")).click();
		var dialog = page.locator("#dialog-ANNOUNCE_CLOSURE");
		assertThat(dialog).isVisible();
		dialog.getByLabel("操作理由").fill("职能调整");
		dialog.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("确认发布关停公示")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("关停公示须写明承接网站或存档决定");
		assertThat(page.getByLabel("操作理由")).hasValue("职能调整");
		assertThat(page.getByText("运行中").first()).isVisible();
	}

	@Test
	void refusedGrantShowsTheChineseReason() {
		signIn("security");
		page.navigate(url("/users"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("vendor").setExact(true)).click();
		page.getByLabel("角色", new Page.GetByLabelOptions().setExact(true)).selectOption("EDITOR");
		page.getByLabel("网站（站点角色须选择）").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("示例自治州人民政府门户网站"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("授予角色")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("服务厂商人员不得承担信息采编");
	}

	@Test
	void auditorVerifiesTheChainAndOthersCannotReadIt() {
		signIn("auditor");
		page.navigate(url("/audit"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("审计日志"))).isVisible();
		assertThat(page.locator("tbody tr").first()).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("校验哈希链")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("哈希链完整");

		context.clearCookies();
		signIn("editor");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("审计日志"))).hasCount(0);
		var response = page.navigate(url("/audit"));
		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void newAccountChangesItsInitialPasswordAtFirstSignIn() {
		signIn("admin");
		var username = "tester" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
		page.navigate(url("/users/new"));
		page.getByLabel("用户名").fill(username);
		page.getByLabel("姓名").fill("测试人员");
		page.getByLabel("所属单位").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("示例自治州教育局（政府部门）"));
		page.getByLabel("初始密码").fill("short");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("创建账号")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("密码长度不能少于 10 位");
		page.getByLabel("初始密码").fill("Initial#2026pw");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("创建账号")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("首次登录时须修改初始密码");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("您已安全退出");

		signIn(username, "wrong-password");
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("用户名或密码不正确");
		signIn(username, "Initial#2026pw");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("修改密码"))).isVisible();
		page.navigate(url("/tokens"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("修改密码"))).isVisible();
		page.getByLabel("当前密码").fill("Initial#2026pw");
		page.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill("Initial#2026pw");
		page.getByLabel("再次输入新密码").fill("Initial#2026pw");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存新密码")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("新密码不能与当前密码相同");
		page.getByLabel("当前密码").fill("Initial#2026pw");
		page.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill("Changed#2026pw");
		page.getByLabel("再次输入新密码").fill("Changed#2026pw");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存新密码")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("概览"))).isVisible();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("密码已修改");
		page.navigate(url("/tokens"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("API 令牌"))).isVisible();
	}

	@Test
	void secondFactorIsEnrolledAndThenRequiredAtSignIn() {
		signIn("reviewer2");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("账号安全")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始设置")).click();
		var secret = page.locator("dl.fields dd.mono").first().textContent().trim();
		assertThat(page.locator("dl.fields")).containsText("otpauth://totp/GovSite:reviewer2?secret=" + secret);
		page.getByLabel("动态口令").fill("000000".equals(totp(secret)) ? "111111" : "000000");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认启用")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("动态口令不正确");
		page.getByLabel("动态口令").fill(totp(secret));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认启用")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("双因素认证已启用");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出")).click();

		signIn("reviewer2", PASSWORD);
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("动态口令不正确");
		page.getByLabel("用户名").fill("reviewer2");
		page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
		page.getByLabel("动态口令（如已启用）").fill(totp(secret));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("概览"))).isVisible();

		page.onDialog(dialog -> dialog.accept());
		page.navigate(url("/account/security"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("关闭双因素认证")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("双因素认证已关闭");
	}

	/** RFC 6238 code of the current 30-second step (what an authenticator app shows). */
	static String totp(String base32Secret) {
		var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		var bytes = new java.io.ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : base32Secret.toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				bytes.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		try {
			var mac = javax.crypto.Mac.getInstance("HmacSHA1");
			mac.init(new javax.crypto.spec.SecretKeySpec(bytes.toByteArray(), "HmacSHA1"));
			var hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(System.currentTimeMillis() / 30_000).array());
			int offset = hash[hash.length - 1] & 0xf;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format("%06d", binary % 1_000_000);
		}
		catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
