package org.govsite.support;

import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Launches Debian's Chromium for the browser tests, headless, without the background traffic this machine's closed
 * network would refuse. {@code GOVSITE_CHROMIUM} (set by {@code .ci/run}) overrides the executable.
 */
public final class Chromium {

	private Chromium() {
	}

	public static Browser launch(Playwright playwright) {
		// A loaded 2-core CI machine renders slowly: wait up to 15 s (not 5) for what a test expects to appear.
		PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
		var executable = System.getenv().getOrDefault("GOVSITE_CHROMIUM", "/usr/bin/chromium");
		return playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(Paths.get(executable))
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--no-first-run", "--disable-sync")));
	}
}
