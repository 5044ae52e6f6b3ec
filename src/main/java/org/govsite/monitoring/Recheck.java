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
	private final Cloaking cloaking;
	private final org.govsite.monitoring.detect.OutboundDomains outbound;
	private final org.govsite.publishing.PublishedFiles files;

	Recheck(Fetcher fetcher, List<PageDetector> detectors, Freshness freshness, Cloaking cloaking,
			org.govsite.publishing.PublishedFiles files, org.govsite.monitoring.detect.OutboundDomains outbound) {
		this.outbound = outbound;
		this.cloaking = cloaking;
		this.files = files;
		this.fetcher = fetcher;
		this.detectors = detectors;
		this.freshness = freshness;
	}

	Result run(FindingStore.Row row) {
		var url = URI.create(row.url());
		fetcher.forget(url);
		if (row.kind().equals("OUTBOUND_UNRESOLVED")) {
			var fetch = fetcher.check(url);
			return new Result(fetch.failure() != org.govsite.monitoring.crawl.Fetch.Failure.DNS, fetch.outcome());
		}
		if (row.kind().equals("OUTBOUND_GAMBLING")) {
			var fetch = fetcher.fresh(url, Fetcher.Profile.BROWSER);
			boolean still = fetch.body() != null && outbound.judge(url.getHost(), Scans.page(fetch)).isPresent();
			return new Result(!still, still ? "该外部网站仍有涉赌涉黄内容" : "该外部网站已无涉赌涉黄内容");
		}
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
			case CLOAKING -> cloaking.recheck(url);
			case TAMPER -> {
				var path = files.pathOf(row.siteId(), url);
				if (path.isEmpty()) {
					yield new Result(false, "无法确定文件路径");
				}
				if (row.kind().equals(TamperCheck.TAMPERED_RESPONSE)) {
					var fetch = fetcher.fresh(url, Fetcher.Profile.BROWSER);
					var expected = files.expected(row.siteId(), path.get());
					boolean same = fetch.body() != null && expected.isPresent()
							&& expected.get().equals(TamperCheck.sha256(fetch.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
					yield new Result(same, same ? "线上页面与发布版本一致" : "线上页面仍与发布版本不一致");
				}
				var still = files.check(row.siteId(), path.get());
				yield new Result(still.isEmpty(), still.isEmpty() ? "文件与发布版本一致" : "文件仍与发布版本不一致");
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
