package org.govsite.monitoring.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.govsite.monitoring.Detection;
import org.govsite.monitoring.PageDetector;
import org.govsite.proofreading.TestCheckers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Content scanning figures for docs/benchmarks.md (issue 11), single thread:
 * <ul>
 * <li>{@link #megabytesPerSecond}: MB/s of page HTML through every page detector (content with the seeded dictionary
 * plus 100,000 random entries and the gambling lexicon, hidden links, scripts) and the cloaking comparator;</li>
 * <li>{@link #falsePositives}: every detector over the demo content and 1,000 generated ordinary government articles
 * (lotteries, sports, crackdown news, leaders, fixed phrases), counting serious detections (goal 0).</li>
 * </ul>
 * {@code ./mvnw -B -ntp -o test -Dtest=DetectorBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("bench")
class DetectorBenchmark {

	@Test
	void megabytesPerSecond() {
		long built = System.nanoTime();
		var checker = TestCheckers.seededPlusRandom(100_000, 20261129);
		var detectors = detectors(checker);
		checker.check("预热");
		long buildMillis = (System.nanoTime() - built) / 1_000_000;
		var pages = new ArrayList<String>();
		var random = new Random(11);
		for (int i = 0; i < 50; i++) {
			pages.add(OrdinaryArticles.page(random, i));
		}
		var cloaking = new CloakingComparator(checker);
		var sizes = pages.stream().map(p -> p.getBytes(StandardCharsets.UTF_8).length).toList();
		// warm-up: the JIT compiles the detectors before anything is timed
		long warm = System.nanoTime() + 3_000_000_000L;
		for (int w = 0; System.nanoTime() < warm; w++) {
			var page = Pages.html(pages.get(w % pages.size()));
			for (var detector : detectors) {
				detector.inspect(page);
			}
			cloaking.compare(page, Pages.as("BAIDUSPIDER", Pages.HOME, pages.get(w % pages.size())));
		}
		long bytes = 0;
		int detections = 0;
		long end = System.nanoTime() + 3_000_000_000L;
		long started = System.nanoTime();
		int round = 0;
		while (System.nanoTime() < end) {
			int at = round++ % pages.size();
			var html = pages.get(at);
			var page = Pages.html(html);
			for (var detector : detectors) {
				detections += detector.inspect(page).size();
			}
			detections += cloaking.compare(page, Pages.as("BAIDUSPIDER", Pages.HOME, html)).isPresent() ? 1 : 0;
			bytes += sizes.get(at);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		// baseline in the same run: parsing the same pages with jsoup and taking their text, nothing else
		long baseBytes = 0;
		int baseRound = 0;
		long baseEnd = System.nanoTime() + 3_000_000_000L;
		long baseStarted = System.nanoTime();
		while (System.nanoTime() < baseEnd) {
			int at = baseRound++ % pages.size();
			baseBytes += org.jsoup.Jsoup.parse(pages.get(at)).text().length() > 0 ? sizes.get(at) : 0;
		}
		double baseSeconds = (System.nanoTime() - baseStarted) / 1e9;
		for (var detector : detectors) {
			long one = 0;
			int n = 0;
			long stop = System.nanoTime() + 1_000_000_000L;
			long from = System.nanoTime();
			while (System.nanoTime() < stop) {
				int at = n++ % pages.size();
				detector.inspect(Pages.html(pages.get(at)));
				one += sizes.get(at);
			}
			System.out.printf("  %s alone: %.2f MB/s%n", detector.getClass().getSimpleName(), one / 1e6 / ((System.nanoTime() - from) / 1e9));
		}
		System.out.printf("baseline: jsoup parse + text of the same pages: %.2f MB/s; detectors at %.2f of it%n",
				baseBytes / 1e6 / baseSeconds, (bytes / 1e6 / seconds) / (baseBytes / 1e6 / baseSeconds));
		System.out.printf("detectors: dictionary of 100,000 + seed entries built in %d ms; %d pages, %.1f MB in %.1f s: %.2f MB/s"
				+ " (%d detections)%n", buildMillis, round, bytes / 1e6, seconds, bytes / 1e6 / seconds, detections);
		assertThat(round).isPositive();
	}

	@Test
	void falsePositives() {
		var checker = TestCheckers.seeded();
		var detectors = detectors(checker);
		var random = new Random(20261129);
		var texts = new ArrayList<>(OrdinaryArticles.DEMO);
		for (int i = 0; i < 1_000; i++) {
			texts.add(OrdinaryArticles.page(random, i));
		}
		int serious = 0;
		int all = 0;
		var kinds = new java.util.TreeMap<String, Integer>();
		for (var html : texts) {
			for (var detector : detectors) {
				for (Detection detection : detector.inspect(Pages.html(html))) {
					all++;
					kinds.merge(detection.kind() + "/" + detection.severity(), 1, Integer::sum);
					if (detection.severity() == org.govsite.monitoring.Severity.SERIOUS) {
						serious++;
						System.out.println("serious false positive: " + detection.kind() + " " + detection.evidence());
					}
				}
			}
		}
		System.out.printf("false positives over %d pages: %d serious, %d in all %s%n", texts.size(), serious, all, kinds);
		assertThat(serious).isZero();
	}

	static List<PageDetector> detectors(org.govsite.proofreading.ContentChecker checker) {
		return List.of(new ContentSafetyDetector(checker), new HiddenLinkDetector(),
				new ScriptDetector(List.of("gov.cn", "kaipuyun.cn", "baidu.com", "bdstatic.com", "cnzz.com")));
	}
}
