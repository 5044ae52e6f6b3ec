package org.govsite.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The chrome is rendered once per build for each set of the values it reads ({@link SitePages#CHROME_READS}): a model
 * variable it reads but that is not named there would let pages with different values share one rendering.
 */
class ChromeReadsTests {

	private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
	private static final Pattern LOOP = Pattern.compile("th:each=\"(\\w+)\\s*:");
	/** A name at the start of a variable path: not after a dot, not a method call's name, not a keyword. */
	private static final Pattern ROOT = Pattern.compile("(?<![.\\w'])([a-zA-Z_]\\w*)(?!\\s*\\()");

	@Test
	void everyVariableTheChromeReadsIsNamedInItsKey() throws IOException {
		String template;
		try (var in = getClass().getClassLoader().getResourceAsStream("publishing/templates/chrome-parts.html")) {
			template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		var loops = new HashSet<String>();
		LOOP.matcher(template).results().forEach(m -> loops.add(m.group(1)));
		var read = new TreeSet<String>();
		var expressions = EXPRESSION.matcher(template);
		while (expressions.find()) {
			var text = expressions.group(1).replaceAll("'[^']*'", "''");
			var roots = ROOT.matcher(text);
			while (roots.find()) {
				var name = roots.group(1);
				if (!loops.contains(name) && !java.util.List.of("and", "or", "not", "null", "true", "false").contains(name)) {
					read.add(name);
				}
			}
		}
		assertThat(read).isNotEmpty().contains("nav", "base", "site");
		assertThat(SitePages.CHROME_READS).containsAll(read);
	}
}
