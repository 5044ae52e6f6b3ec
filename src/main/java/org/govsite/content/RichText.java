package org.govsite.content;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The whitelist every article body passes on save (OWASP Java HTML Sanitizer): structure, emphasis, lists, tables,
 * links and images only. No scripts, no event handlers, no {@code javascript:} URLs, and no {@code style} or
 * {@code class} attributes at all, so that hidden-link tricks (display:none, off-screen text, tiny fonts) cannot be
 * stored. The unsanitised input is never kept.
 */
final class RichText {

	private static final Pattern SAFE_URL = Pattern.compile("^(https?://|mailto:|/|#)[^\\s]*$|^[^:\\s]*$", Pattern.CASE_INSENSITIVE);

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "sub", "sup",
				"blockquote", "pre", "code", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr",
				"th", "td", "caption", "figure", "figcaption", "span", "div", "a", "img")
		.allowAttributes("href").matching(SAFE_URL).onElements("a")
		.allowAttributes("title").onElements("a", "img", "abbr")
		.allowAttributes("src").matching(SAFE_URL).onElements("img")
		.allowAttributes("alt", "width", "height").onElements("img")
		.allowAttributes("colspan", "rowspan", "scope").onElements("td", "th")
		.allowStandardUrlProtocols()
		.requireRelNofollowOnLinks()
		.toFactory();

	private RichText() {
	}

	static String sanitize(String html) {
		return POLICY.sanitize(html == null ? "" : html);
	}

	private static final PolicyFactory TEXT_ONLY = new HtmlPolicyBuilder().toFactory();
	private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:[xX]([0-9a-fA-F]+)|(\\d+));");

	/** The text of a body without markup (entities decoded), for checks, summaries and diffs. */
	static String text(String html) {
		var escaped = TEXT_ONLY.sanitize(html == null ? "" : html.replaceAll("(?i)<br\\s*/?>|</(p|div|li|h[2-6]|tr)>", "$0\n"));
		var decoded = NUMERIC_ENTITY.matcher(escaped)
			.replaceAll(match -> java.util.regex.Matcher.quoteReplacement(Character.toString(match.group(1) != null
					? Integer.parseInt(match.group(1), 16) : Integer.parseInt(match.group(2)))));
		return decoded.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&nbsp;", " ")
			.replace("&amp;", "&").trim();
	}
}
