package org.govsite.monitoring.detect;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.govsite.monitoring.Check;
import org.govsite.monitoring.Detection;
import org.govsite.monitoring.FetchedPage;
import org.govsite.monitoring.Severity;
import org.govsite.proofreading.Category;
import org.govsite.proofreading.ContentChecker;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/**
 * Outbound domains (外链域名): the set of other sites a page links to, each classified, and the checks of one such
 * domain that the crawler keeps per site — a domain that stops resolving, or whose page turns into gambling or
 * pornography. The crawler resolves and fetches; this class only classifies and judges.
 */
@Component
public class OutboundDomains {
	/** Selectors parsed once: parsing one per call was the crawl's largest cost (jsoup 1.24 fills a buffer per parse). */
	private static final org.jsoup.select.Evaluator OUTBOUND = org.jsoup.select.QueryParser.parse("a[href], img[src], script[src], iframe[src], link[href]");


	/** How an outbound domain relates to the site. */
	public enum Kind {
		/** 本站: the page's own site or one of the site's domains. */
		SAME_SITE,
		/** 政府网站: under gov.cn. */
		GOVERNMENT,
		/** 外部网站: anything else. */
		EXTERNAL
	}

	private final ContentChecker checker;

	public OutboundDomains(ContentChecker checker) {
		this.checker = checker;
	}

	/** Host → kind for every link, image, script, frame and stylesheet target of the page (sorted by host). */
	public static Map<String, Kind> classify(FetchedPage page, Set<String> siteDomains) {
		var result = new TreeMap<String, Kind>();
		if (!page.html() || page.body().isEmpty()) {
			return result;
		}
		var pageHost = page.finalUrl().getHost() == null ? "" : page.finalUrl().getHost();
		var document = Jsoup.parse(page.body(), page.finalUrl().toString());
		for (var element : document.select(OUTBOUND)) {
			var host = Domains.host(element.hasAttr("href") ? element.absUrl("href") : element.absUrl("src"));
			if (host != null) {
				result.put(host, Domains.trusted(host, pageHost, siteDomains) ? Kind.SAME_SITE
						: Domains.government(host) ? Kind.GOVERNMENT : Kind.EXTERNAL);
			}
		}
		return result;
	}

	/** The detection for an outbound domain that no longer resolves, naming the pages that link to it. */
	public static Detection unresolved(String domain, List<String> linkingPages) {
		return new Detection(Check.CONTENT, "OUTBOUND_UNRESOLVED", Severity.GENERAL, false, "http://" + domain + "/",
				"外链域名 " + domain + " 无法解析（可能已过期被抢注），链接它的页面：" + Domains.clip(String.join("、", linkingPages), 200),
				null);
	}

	/** A detection when the outbound domain's page (as fetched) now promotes gambling or pornography. */
	public Optional<Detection> judge(String domain, FetchedPage target) {
		if (!target.html() || target.body().isEmpty()) {
			return Optional.empty();
		}
		var words = checker.checkHtml(target.body())
			.stream()
			.filter(f -> f.category() == Category.GAMBLING || f.category() == Category.PORNOGRAPHY
					|| f.category() == Category.SEO_INJECTION)
			.map(f -> Domains.clip(f.matched(), 40))
			.distinct()
			.limit(5)
			.toList();
		if (words.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Detection(Check.CONTENT, "OUTBOUND_GAMBLING", Severity.SERIOUS, true, target.finalUrl().toString(),
				"外链域名 " + domain + " 的页面出现涉赌涉黄或黑帽SEO内容（" + String.join("、", words) + "），应删除指向它的链接", null));
	}
}
