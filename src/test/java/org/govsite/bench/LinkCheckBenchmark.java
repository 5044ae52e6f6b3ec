package org.govsite.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.TreeSet;

import org.govsite.monitoring.crawl.CrawlSettings;
import org.govsite.monitoring.crawl.Fetcher;
import org.govsite.monitoring.crawl.Scope;
import org.govsite.monitoring.crawl.SiteCrawl;
import org.govsite.monitoring.crawl.Verdict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Link checking against linkinator on the same site: {@code bench/linkcheck-compare.sh} generates the 10,000-page site
 * with {@code ../shared/bench/make-site.py}, serves it with nginx on loopback, runs linkinator at concurrency 100, then
 * this class with {@code -Dlinkcheck.url=http://127.0.0.1:18081/ -Dlinkcheck.concurrency=100 -Dlinkcheck.pages=10000}.
 * Prints URLs checked per second, the broken set (compared with the generator's: {@code /missing/p<i>.html} for every
 * page {@code i} with {@code i % 50 == 7}) and the JVM's peak resident memory; asserts nothing.
 */
@Tag("bench")
class LinkCheckBenchmark {

	@Test
	void checkTheGeneratedSite() throws Exception {
		var url = URI.create(System.getProperty("linkcheck.url", "http://127.0.0.1:18081/"));
		int concurrency = Integer.getInteger("linkcheck.concurrency", 100);
		int pages = Integer.getInteger("linkcheck.pages", 10_000);
		// the first crawl in a fresh JVM (what linkinator's figure compares with), then the same crawl again with a new
		// fetcher and no cache: the steady state of the long-running server the crawler lives in
		crawl("GovSite link check, cold JVM", url, concurrency, pages);
		crawl("GovSite link check, warm JVM", url, concurrency, pages);
		var status = Path.of("/proc/self/status");
		if (Files.exists(status)) {
			Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM") || l.startsWith("VmRSS"))
				.forEach(l -> System.out.println("  " + l.replaceAll("\\s+", " ")));
		}
	}

	private static void crawl(String label, URI url, int concurrency, int pages) {
		var fetcher = new Fetcher(CrawlSettings.defaults().withConcurrency(concurrency, concurrency), host -> true,
				Clock.systemUTC());
		var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
		long cpuBefore = os.getProcessCpuTime();
		var result = new SiteCrawl(fetcher, Scope.of(url, java.util.Set.of()), pages + 1000, true, page -> {
		}).run(url);
		double cpuSeconds = (os.getProcessCpuTime() - cpuBefore) / 1e9;
		var broken = new TreeSet<String>();
		result.targets().stream().filter(t -> t.verdict() == Verdict.BROKEN).forEach(t -> broken.add(t.url().getRawPath()));
		var expected = new TreeSet<String>();
		for (int i = 0; i < pages; i++) {
			if (i % 50 == 7) {
				expected.add("/missing/p" + i + ".html");
			}
		}
		double seconds = result.millis() / 1000.0;
		System.out.printf("%s (concurrency %d): %d pages, %d unique URLs checked, %d link occurrences, %.2f s, %.0f URLs/s%n",
				label, concurrency, result.pagesFetched(), result.linksChecked(), result.linkOccurrences(), seconds,
				result.linksChecked() / seconds);
		System.out.printf("  CPU: %.2f s of the JVM during the crawl (%.2f cores busy)%n", cpuSeconds, cpuSeconds / seconds);
		System.out.printf("  broken found: %d (expected %d, identical set: %s); suspected: %d%n", broken.size(), expected.size(),
				broken.equals(expected), result.targets().stream().filter(t -> t.verdict() == Verdict.SUSPECTED).count());
	}
}
