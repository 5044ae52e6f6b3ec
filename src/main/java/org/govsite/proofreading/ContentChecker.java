package org.govsite.proofreading;

import java.util.List;

/**
 * Checks a text for typos, wrong wording, banned and sensitive words and unmasked personal data before publication
 * (Measures Art. 10). Inject this interface; the platform's bean is the dictionary checker, and richer checkers (a
 * later monitoring issue) implement the same interface.
 * <p>
 * Contracts:
 * <ul>
 * <li>Never changes the text; every problem is reported as a {@link Finding} with position, severity and, where one
 * is known, a suggestion.</li>
 * <li>Positions are UTF-16 offsets into the checked text ({@code text.substring(start, end)} is the match).</li>
 * <li>Findings are sorted by start, then by end; an empty text has no findings.</li>
 * <li>Thread-safe; reflects dictionary changes made on any application node.</li>
 * </ul>
 */
public interface ContentChecker {

	/** The findings in a plain text. */
	List<Finding> check(String text);

	/**
	 * The findings in the text of an HTML fragment or document, positioned in {@link HtmlText#extract(String)} of
	 * the same HTML (the text a reader sees: tags, scripts and styles removed, entities decoded, whitespace collapsed).
	 */
	default List<Finding> checkHtml(String html) {
		return check(HtmlText.extract(html));
	}
}
