package org.govsite.monitoring;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.govsite.monitoring.crawl.Fetch;
import org.govsite.monitoring.crawl.Fetcher;
import org.govsite.monitoring.detect.CloakingComparator;
import org.springframework.stereotype.Component;

/**
 * The cloaking check (蜘蛛劫持) of a scan: the home page and the first pages the crawler fetched as a browser are
 * fetched again as {@code Baiduspider}, as a mobile browser and with a Baidu {@code Referer}; a material difference
 * ({@link CloakingComparator}) is a serious finding on that page.
 */
@Component
class Cloaking {

	/** Pages compared per scan: the home page and the first others. */
	static final int SAMPLE = 10;

	private static final List<Fetcher.Profile> OTHERS = List.of(Fetcher.Profile.BAIDUSPIDER, Fetcher.Profile.MOBILE,
			Fetcher.Profile.BAIDU_REFERER);

	private final Fetcher fetcher;
	private final CloakingComparator comparator;

	Cloaking(Fetcher fetcher, CloakingComparator comparator) {
		this.fetcher = fetcher;
		this.comparator = comparator;
	}

	/** Whether a page the crawler fetched is one to compare (HTML answered 200; the home page always). */
	boolean sample(Fetch page, URI home, int alreadySampled) {
		return page.body() != null && page.status() == 200 && Scans.page(page).html()
				&& (page.url().equals(home) || alreadySampled < SAMPLE - 1);
	}

	/** The cloaking findings of the sampled pages. */
	List<FindingStore.Report> compare(Collection<Fetch> sampled) {
		var reports = new ArrayList<FindingStore.Report>();
		for (var page : sampled) {
			var browser = Scans.page(page);
			for (var profile : OTHERS) {
				var other = fetcher.fresh(page.url(), profile);
				if (other.body() == null && other.failure() != null) {
					continue;
				}
				comparator.compare(browser, Scans.page(other, profile.name())).ifPresent(d -> {
					var url = page.url().toString();
					reports.add(new FindingStore.Report(Check.CLOAKING, d.kind(), d.severity(), d.confirmed(), url, url,
							List.of(url), 0, null, null, profile.name(), d.evidence(), "检查网站服务器和程序中按访问者（搜索引擎蜘蛛、手机、来源）区别对待的代码，清除后重新发布"));
				});
			}
		}
		return reports;
	}

	/** Whether the page still answers differently to any profile (the re-check before 已整改). */
	Recheck.Result recheck(URI url) {
		var browser = fetcher.fresh(url, Fetcher.Profile.BROWSER);
		if (browser.body() == null) {
			return new Recheck.Result(false, browser.outcome());
		}
		for (var profile : OTHERS) {
			var other = fetcher.fresh(url, profile);
			var detection = comparator.compare(Scans.page(browser), Scans.page(other, profile.name()));
			if (detection.isPresent()) {
				return new Recheck.Result(false, detection.get().evidence());
			}
		}
		return new Recheck.Result(true, "各身份访问结果一致");
	}
}
