package org.govsite.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;

/**
 * axe-core on the page as it stands, violations only. Deque's {@code AxeBuilder} runs axe frame by frame, opens a
 * blank page to merge the results and ships every passing node back to Java: 8–15 s a page on this 2-core machine.
 * Injecting the same {@code axe.min.js} (from Deque's jar) once per document and asking only for violations gives the
 * same verdict in 1–3 s. Our pages have no frames.
 */
public final class Axe {

	private static final String SOURCE = load();

	private static final String RUN = """
			async () => {
			  const result = await axe.run(document, { resultTypes: ['violations'] });
			  return result.violations.map(v => v.id + ' ' + JSON.stringify(v.nodes.map(n => n.target)));
			}""";

	private Axe() {
	}

	/** Fails with every violation's rule and the elements it found, or passes. */
	public static void assertAccessible(Page page) {
		assertThat(violations(page)).as(() -> "axe violations on " + page.url()).isEmpty();
	}

	@SuppressWarnings("unchecked")
	public static List<String> violations(Page page) {
		if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
			page.evaluate(SOURCE);
		}
		return (List<String>) page.evaluate(RUN);
	}

	private static String load() {
		try (var in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:playwright)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
