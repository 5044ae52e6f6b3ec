package org.govsite.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The fast axe helper finds what Deque's builder finds: a clean page passes, a broken one names its rules. */
@Tag("slow") // a real browser
class AxeBrowserTest {

	static Playwright playwright;
	static Browser browser;

	@BeforeAll
	static void launch() {
		playwright = Playwright.create();
		browser = Chromium.launch(playwright);
	}

	@AfterAll
	static void close() {
		browser.close();
		playwright.close();
	}

	@Test
	void aCleanPagePassesABrokenOneNamesItsRules() {
		try (var context = browser.newContext()) {
			var page = context.newPage();
			page.setContent("""
					<!doctype html><html lang="zh-CN"><head><title>通知</title></head>
					<body><main><h1>通知公告</h1><p>正文</p></main></body></html>""");
			Axe.assertAccessible(page);

			page.setContent("""
					<!doctype html><html><head><title>通知</title></head>
					<body><main><h1>通知公告</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
					<input type="text"></main></body></html>""");
			assertThat(Axe.violations(page)).anyMatch(v -> v.startsWith("image-alt "))
				.anyMatch(v -> v.startsWith("html-has-lang "))
				.anyMatch(v -> v.startsWith("label "));
			assertThatThrownBy(() -> Axe.assertAccessible(page)).isInstanceOf(AssertionError.class)
				.hasMessageContaining("image-alt");
		}
	}
}
