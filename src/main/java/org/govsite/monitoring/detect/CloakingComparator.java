package org.govsite.monitoring.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.govsite.monitoring.Check;
import org.govsite.monitoring.Detection;
import org.govsite.monitoring.FetchedPage;
import org.govsite.monitoring.Severity;
import org.govsite.proofreading.Category;
import org.govsite.proofreading.ContentChecker;
import org.govsite.proofreading.HtmlText;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/**
 * Cloaking (蜘蛛劫持): the same URL fetched as a browser ({@code BROWSER}) and under another profile
 * ({@code BAIDUSPIDER}, {@code MOBILE}, {@code BAIDU_REFERER}); the crawler fetches both and calls {@link #compare}.
 * A material difference is one {@code CLOAKING} detection (严重) listing every difference found:
 * <ul>
 * <li>a redirect to another site that the browser fetch did not take;</li>
 * <li>links to other sites that the browser's page does not carry (the page's own links may differ: news lists
 * change between two fetches);</li>
 * <li>gambling, pornography or SEO-injection text (the proofreading check) that the browser's page does not
 * contain.</li>
 * </ul>
 * Pure apart from the checker: no I/O, no state.
 */
@Component
public class CloakingComparator {
	/** Selectors parsed once: parsing one per call was the crawl's largest cost (jsoup 1.24 fills a buffer per parse). */
	private static final org.jsoup.select.Evaluator LINKS = org.jsoup.select.QueryParser.parse("a[href], iframe[src], frame[src]");


	private static final int LISTED = 5;

	private final ContentChecker checker;

	public CloakingComparator(ContentChecker checker) {
		this.checker = checker;
	}

	/** The cloaking detection for these two fetches of one URL, if they differ materially. */
	public Optional<Detection> compare(FetchedPage browser, FetchedPage other) {
		var reasons = new ArrayList<String>();
		var browserHost = host(browser);
		var otherHost = host(other);
		if (!Domains.site(otherHost).equals(Domains.site(browserHost))) {
			reasons.add("跳转到 " + other.finalUrl() + "（浏览器访问停留在 " + browser.finalUrl() + "）");
		}
		var newLinks = new LinkedHashSet<>(externalLinks(other));
		newLinks.removeAll(externalLinks(browser));
		if (!newLinks.isEmpty()) {
			reasons.add("多出 " + newLinks.size() + " 个外部链接（" + String.join("、", newLinks.stream().limit(LISTED).toList())
					+ (newLinks.size() > LISTED ? " 等" : "") + "）");
		}
		var browserText = other.html() ? HtmlText.extract(browser.body()) : browser.body();
		var injected = new LinkedHashSet<String>();
		if (other.html() && !other.body().isEmpty()) {
			for (var finding : checker.checkHtml(other.body())) {
				if ((finding.category() == Category.GAMBLING || finding.category() == Category.PORNOGRAPHY
						|| finding.category() == Category.SEO_INJECTION) && !browserText.contains(finding.matched())) {
					injected.add(Domains.clip(finding.matched(), 40));
				}
			}
		}
		if (!injected.isEmpty()) {
			reasons.add("出现浏览器访问时没有的涉赌涉黄或黑帽SEO内容（" + String.join("、", injected.stream().limit(LISTED).toList())
					+ "）");
		}
		if (reasons.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Detection(Check.CLOAKING, "CLOAKING", Severity.SERIOUS, true,
				other.finalUrl().toString().equals(browser.finalUrl().toString()) ? null : other.finalUrl().toString(),
				"以" + profileLabel(other.profile()) + "访问 " + other.url() + " 与浏览器访问不同：" + String.join("；", reasons),
				null));
	}

	static String profileLabel(String profile) {
		return switch (profile) {
			case "BAIDUSPIDER" -> "百度蜘蛛（Baiduspider）";
			case "MOBILE" -> "手机浏览器";
			case "BAIDU_REFERER" -> "百度搜索来源（Referer）";
			default -> profile;
		};
	}

	private static String host(FetchedPage page) {
		var host = page.finalUrl().getHost();
		return host == null ? "" : host.toLowerCase(Locale.ROOT);
	}

	/** The absolute URLs of links and frames on the page that lead to other sites. */
	static Set<String> externalLinks(FetchedPage page) {
		var links = new LinkedHashSet<String>();
		if (!page.html() || page.body().isEmpty()) {
			return links;
		}
		var pageSite = Domains.site(host(page));
		var document = Jsoup.parse(page.body(), page.finalUrl().toString());
		for (var element : document.select(LINKS)) {
			var url = element.hasAttr("href") ? element.absUrl("href") : element.absUrl("src");
			var host = Domains.host(url);
			if (host != null && !Domains.site(host).equals(pageSite)) {
				links.add(url);
			}
		}
		return links;
	}
}
