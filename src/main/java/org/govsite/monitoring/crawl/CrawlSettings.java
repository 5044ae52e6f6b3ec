package org.govsite.monitoring.crawl;

import java.time.Duration;

/**
 * The crawler's limits.
 *
 * @param publishedHostConcurrency requests at once to a host whose pages GovSite publishes (default 8)
 * @param otherHostConcurrency requests at once to any other host (default 4)
 * @param globalConcurrency requests at once in all (default 64)
 * @param timeout per request, connect and response (default 15 s, the inspectors' figure)
 * @param maxRedirects redirects followed before giving up (default 8)
 * @param retries retries of a 429 or 503 answer (default 2)
 * @param maxRetryAfter the longest {@code Retry-After} honoured; longer waits are cut to this (default 30 s)
 * @param cacheFor how long a fetched result is reused instead of fetching again (default 10 min)
 * @param maxPages pages crawled per site scan at most (default 20,000)
 * @param maxBodyBytes bytes of a page body read at most (default 5 MB)
 * @param userAgent the User-Agent sent
 */
public record CrawlSettings(int publishedHostConcurrency, int otherHostConcurrency, int globalConcurrency,
		Duration timeout, int maxRedirects, int retries, Duration maxRetryAfter, Duration cacheFor, int maxPages,
		int maxBodyBytes, String userAgent) {

	public static final String BROWSER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
			+ "(KHTML, like Gecko) Chrome/124.0 Safari/537.36 GovSite-Monitor/1.0";

	public static CrawlSettings defaults() {
		return new CrawlSettings(8, 4, 64, Duration.ofSeconds(15), 8, 2, Duration.ofSeconds(30), Duration.ofMinutes(10),
				20_000, 5 * 1024 * 1024, BROWSER_AGENT);
	}

	public CrawlSettings withConcurrency(int perHost, int global) {
		return new CrawlSettings(perHost, perHost, global, timeout, maxRedirects, retries, maxRetryAfter, cacheFor,
				maxPages, maxBodyBytes, userAgent);
	}

	public CrawlSettings withMaxRetryAfter(Duration wait) {
		return new CrawlSettings(publishedHostConcurrency, otherHostConcurrency, globalConcurrency, timeout, maxRedirects,
				retries, wait, cacheFor, maxPages, maxBodyBytes, userAgent);
	}

	public CrawlSettings withTimeout(Duration value) {
		return new CrawlSettings(publishedHostConcurrency, otherHostConcurrency, globalConcurrency, value, maxRedirects,
				retries, maxRetryAfter, cacheFor, maxPages, maxBodyBytes, userAgent);
	}
}
