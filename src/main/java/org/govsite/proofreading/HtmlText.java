package org.govsite.proofreading;

import org.jsoup.Jsoup;

/**
 * The visible text of HTML, the text that {@link ContentChecker#checkHtml(String)} positions its findings in: tags,
 * comments, scripts and styles removed, entities decoded, runs of whitespace collapsed to one space, block
 * boundaries and {@code <br>} turned into a space, leading and trailing whitespace trimmed (jsoup's
 * {@code Element.text()}). A word split by inline markup, e.g. {@code 攻<b>府</b>}, is one word of the text.
 */
public final class HtmlText {

	private HtmlText() {
	}

	public static String extract(String html) {
		return html.isEmpty() ? "" : Jsoup.parse(html).text();
	}
}
