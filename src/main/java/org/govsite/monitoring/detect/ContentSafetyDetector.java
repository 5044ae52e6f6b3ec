package org.govsite.monitoring.detect;

import java.util.ArrayList;
import java.util.List;

import org.govsite.monitoring.Check;
import org.govsite.monitoring.Detection;
import org.govsite.monitoring.FetchedPage;
import org.govsite.monitoring.PageDetector;
import org.govsite.monitoring.Severity;
import org.govsite.proofreading.Category;
import org.govsite.proofreading.ContentChecker;
import org.govsite.proofreading.Finding;
import org.springframework.stereotype.Component;

/**
 * The text of a live page through the proofreading module's {@link ContentChecker}: typos, serious wording errors,
 * banned and sensitive words, unmasked personal data, gambling and pornography promotion and black-hat SEO injection
 * (title and headings included). One detection per finding; the evidence is the finding's sentence with the text
 * around it.
 * <p>
 * Public for the module's historical sweep of published articles ({@code ArticleSweep}), which hands it an article's
 * title and body through {@link #inspectHtml(String)} so that both report the same kinds, severities and (masked)
 * evidence.
 */
@Component
public class ContentSafetyDetector implements PageDetector {

	private static final int AROUND = 30;

	private final ContentChecker checker;

	ContentSafetyDetector(ContentChecker checker) {
		this.checker = checker;
	}

	@Override
	public Check check() {
		return Check.CONTENT;
	}

	@Override
	public List<Detection> inspect(FetchedPage page) {
		if (!page.html()) {
			return List.of();
		}
		return inspectHtml(page.body());
	}

	/**
	 * The detections in an HTML document or fragment, exactly as for a fetched page with that body: one per content
	 * check finding, personal data masked in the evidence.
	 */
	public List<Detection> inspectHtml(String html) {
		if (html.isEmpty()) {
			return List.of();
		}
		var text = org.govsite.proofreading.HtmlText.extract(html);
		var findings = checker.checkHtml(html);
		// personal data is evidence too, but must never be copied unmasked into the findings table
		var masked = new StringBuilder(text);
		for (var finding : findings) {
			var mask = finding.suggestion();
			if (finding.category() == Category.PRIVACY && mask != null && mask.length() == finding.end() - finding.start()
					&& finding.end() <= masked.length()) {
				masked.replace(finding.start(), finding.end(), mask);
			}
		}
		text = masked.toString();
		var detections = new ArrayList<Detection>();
		for (var finding : findings) {
			detections.add(new Detection(Check.CONTENT, kind(finding.category()), severity(finding),
					finding.severity() != org.govsite.proofreading.Severity.HINT, null, evidence(finding, text),
					finding.suggestion()));
		}
		return detections;
	}

	/** The finding's kind code for the findings model. */
	static String kind(Category category) {
		return switch (category) {
			case GAMBLING -> "GAMBLING_INJECTION";
			case PORNOGRAPHY -> "PORN_INJECTION";
			case SEO_INJECTION -> "SEO_INJECTION";
			case PRIVACY -> "PRIVACY";
			case SERIOUS_WORDING, LEADER_NAME, INSTITUTION_NAME, ADMINISTRATIVE_DIVISION, COUNTRY_NAME -> "WORDING_ERROR";
			case FALLEN_OFFICIAL -> "FALLEN_OFFICIAL";
			case TYPO -> "TYPO";
			case BANNED_WORD -> "BANNED_WORD";
			case SENSITIVE_WORD -> "SENSITIVE_WORD";
		};
	}

	static Severity severity(Finding finding) {
		return switch (finding.severity()) {
			case SERIOUS -> Severity.SERIOUS;
			case WARNING -> Severity.GENERAL;
			case HINT -> Severity.HINT;
		};
	}

	/** 「…text around the match…」：message — the match in its context, and what is wrong with it. */
	static String evidence(Finding finding, String text) {
		int from = Math.max(0, finding.start() - AROUND);
		int to = Math.min(text.length(), finding.end() + AROUND);
		var context = (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
		// personal data is evidence too, but must not be copied unmasked into the findings table
		if (finding.category() == Category.PRIVACY && finding.suggestion() != null) {
			context = context.replace(finding.matched(), finding.suggestion());
		}
		return "「" + Domains.clip(context, 200) + "」：" + (finding.category() == Category.PRIVACY
				? finding.message().replace(finding.matched(), finding.suggestion() == null ? "" : finding.suggestion())
				: finding.message());
	}
}
