package org.govsite.monitoring;

import java.net.URI;
import java.util.List;

import org.govsite.monitoring.crawl.Fetch;
import org.govsite.monitoring.crawl.Fetcher;
import org.govsite.monitoring.crawl.Verdict;
import org.springframework.stereotype.Component;

/**
 * Looks again, live, before a finding may be marked fixed (已整改须经复查): a broken link must answer, an unreachable
 * site must open, a detector must no longer find the same thing on the page.
 */
@Component
class Recheck {

	record Result(boolean gone, String outcome) {
	}

	private final Fetcher fetcher;
	private final List<PageDetector> detectors;
	private final Freshness freshness;

	Recheck(Fetcher fetcher, List<PageDetector> detectors, Freshness freshness) {
		this.fetcher = fetcher;
		this.detectors = detectors;
		this.freshness = freshness;
	}

	Result run(FindingStore.Row row) {
		var url = URI.create(row.url());
		fetcher.forget(url);
		return switch (row.check()) {
			case LINKS -> {
				var fetch = fetcher.check(url);
				yield new Result(Verdict.of(fetch) == Verdict.OK, fetch.outcome());
			}
			case AVAILABILITY -> {
				var fetch = fetcher.fresh(url, Fetcher.Profile.BROWSER);
				yield new Result(fetch.failure() == null && fetch.status() < 400, fetch.outcome());
			}
			case FRESHNESS -> {
				var fetch = fetcher.fresh(url, Fetcher.Profile.BROWSER);
				var still = fetch.body() == null || freshness.stillStale(row.kind(), fetch);
				yield new Result(!still, fetch.outcome());
			}
			default -> {
				var pageUrl = row.page() == null ? url : URI.create(row.page());
				fetcher.forget(pageUrl);
				var fetch = fetcher.fresh(pageUrl, Fetcher.Profile.BROWSER);
				if (fetch.body() == null) {
					yield new Result(false, fetch.outcome());
				}
				var page = Scans.page(fetch);
				boolean still = detectors.stream().filter(d -> d.check() == row.check())
					.flatMap(d -> d.inspect(page).stream())
					.anyMatch(d -> d.kind().equals(row.kind())
							&& (d.url() == null ? pageUrl.toString() : d.url()).equals(row.url()));
				yield new Result(!still, still ? "页面上仍有该问题" : "页面上已无该问题");
			}
		};
	}

	static boolean up(Fetch fetch) {
		return fetch.failure() == null && fetch.status() > 0 && fetch.status() < 400;
	}
}
