package org.govsite.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser suite needs, once: Chromium for the class, a fresh context per page (cookies never shared),
 * desktop and phone sizes in Chinese, sign-in through the login form, console errors collected (a refused form's
 * 4xx is on purpose and not an error), axe and the phone-width check. Subclasses carry {@code @GovSiteTest} (or their
 * own context annotation) and {@code @Tag("slow")}.
 */
public abstract class BrowserTestSupport {

	public static final String PASSWORD = "GovSite@2026";

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	protected int port;

	protected final List<String> consoleErrors = new CopyOnWriteArrayList<>();

	private final List<BrowserContext> contexts = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void launchChromium() {
		playwright = Playwright.create();
		browser = Chromium.launch(playwright);
	}

	@AfterAll
	static void closeChromium() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@AfterEach
	void closeContexts() {
		contexts.forEach(BrowserContext::close);
		contexts.clear();
	}

	protected Page desktop() {
		return open(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900));
	}

	protected Page phone() {
		return open(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(375, 812).setIsMobile(true)
			.setHasTouch(true));
	}

	private Page open(Browser.NewContextOptions options) {
		var context = browser.newContext(options);
		contexts.add(context);
		var page = context.newPage();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type()) && !message.text().matches("(?s).*status of 4(09|22).*")) {
				consoleErrors.add(page.url() + ": " + message.text());
			}
		});
		return page;
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Signs in through the login form and waits for the overview. */
	protected void signIn(Page page, String username) {
		page.navigate(url("/login"));
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, exact("登录")).click();
		assertThat(page.getByRole(AriaRole.HEADING, exact("概览"))).isVisible();
	}

	protected static void assertAccessible(Page page) {
		Axe.assertAccessible(page);
	}

	/** The page never scrolls sideways on a phone. */
	protected static void assertFitsThePhone(Page page) {
		org.assertj.core.api.Assertions
			.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(375);
	}

	protected static Page.GetByRoleOptions exact(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}
}
