package org.govsite.content;


import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The whitelist every article body passes on save (OWASP Java HTML Sanitizer): structure, emphasis, lists, tables,
 * links and images only. No scripts, no event handlers, no {@code javascript:} URLs, and no {@code style} attribute at
 * all, so that hidden-link tricks (display:none, off-screen text, tiny fonts) cannot be stored. Layout that a Word or
 * WPS document carries and an office needs (alignment, first-line indent of two characters) survives as one of
 * {@link #LAYOUT_CLASSES}, which the editor writes and the published site's stylesheet styles — no other class.
 * The unsanitised input is never kept.
 */
final class RichText {

	private static final Pattern SAFE_URL = Pattern.compile("^(https?://|mailto:|/|#)[^\\s]*$|^[^:\\s]*$", Pattern.CASE_INSENSITIVE);

	/** The only classes a body may carry: alignment and the first-line indent (首行缩进两字符), on blocks and cells. */
	static final Pattern LAYOUT_CLASSES = Pattern.compile(
			"^(?:(?:align-(?:center|right|justify)|indent-first-2em)(?:\\s+|$))+$");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "sub", "sup",
				"blockquote", "pre", "code", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr",
				"th", "td", "caption", "figure", "figcaption", "span", "div", "a", "img")
		.allowAttributes("href").matching(SAFE_URL).onElements("a")
		.allowAttributes("title").onElements("a", "img", "abbr")
		.allowAttributes("src").matching(SAFE_URL).onElements("img")
		.allowAttributes("alt", "width", "height").onElements("img")
		.allowAttributes("colspan", "rowspan", "scope").onElements("td", "th")
		.allowAttributes("class").matching(LAYOUT_CLASSES)
			.onElements("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "td", "th", "div")
		.allowStandardUrlProtocols()
		.requireRelNofollowOnLinks()
		.toFactory();

	private RichText() {
	}

	static String sanitize(String html) {
		return POLICY.sanitize(html == null ? "" : html);
	}

	/** Elements that end a line of the text view: paragraphs, list items, headings, table rows, quotes. */
	private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6",
			"tr", "table", "ul", "ol", "blockquote", "pre", "section", "article", "dd", "dt", "dl", "figure", "figcaption",
			"caption", "hr");

	/**
	 * The text of a body without markup (entities decoded), for checks, summaries and diffs: one line per block
	 * (paragraph, list item, heading, table row, quote), table cells of a row separated by a space.
	 */
	static String text(String html) {
		var body = org.jsoup.Jsoup.parseBodyFragment(html == null ? "" : html).body();
		var out = new StringBuilder();
		org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
			@Override
			public void head(org.jsoup.nodes.Node node, int depth) {
				if (node instanceof org.jsoup.nodes.TextNode text) {
					out.append(text.text());
				}
				else if (node instanceof org.jsoup.nodes.Element element) {
					if (element.nameIs("br")) {
						out.append('\n');
					}
					else if ((element.nameIs("td") || element.nameIs("th")) && element.elementSiblingIndex() > 0) {
						out.append(' ');
					}
					else if (BLOCKS.contains(element.normalName())) {
						newLine(out);
					}
				}
			}

			@Override
			public void tail(org.jsoup.nodes.Node node, int depth) {
				if (node instanceof org.jsoup.nodes.Element element && BLOCKS.contains(element.normalName())) {
					newLine(out);
				}
			}
		}, body);
		return out.toString().lines().map(String::strip).filter(line -> !line.isEmpty())
			.collect(java.util.stream.Collectors.joining("\n"));
	}

	private static void newLine(StringBuilder out) {
		if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
			out.append('\n');
		}
	}
}
