package org.govsite.proofreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Throughput of one check: a 10,000-character article against a 10,000-entry dictionary (plus the personal-data
 * detector), single thread. Tagged {@code bench} but time-bounded (about 1.5 s in all), so it can stay in the default
 * run; exclude it with {@code -Dsurefire.excludedGroups=bench}.
 */
@Tag("bench")
class ProofreadingBenchmarkTests {

	@Test
	void checksPerSecond() {
		var random = new Random(20260501);
		// 500 common CJK characters: words and article drawn from the same alphabet give far more matches than
		// real text, i.e. a pessimistic figure.
		var alphabet = new char[500];
		for (int i = 0; i < alphabet.length; i++) {
			alphabet[i] = (char) (0x4E00 + i * 37);
		}
		var terms = new ArrayList<Term>();
		var seen = new java.util.HashSet<String>();
		while (terms.size() < 10_000) {
			var word = new StringBuilder();
			int length = 2 + random.nextInt(5);
			for (int i = 0; i < length; i++) {
				word.append(alphabet[random.nextInt(alphabet.length)]);
			}
			if (seen.add(word.toString())) {
				var kind = EntryKind.values()[random.nextInt(4)];
				terms.add(kind == EntryKind.ALLOWED ? Term.allowed(word.toString())
						: Term.of(word.toString(), kind, kind == EntryKind.CORRECTION ? "改" + word : null));
			}
		}
		var article = new StringBuilder();
		while (article.length() < 10_000) {
			article.append(alphabet[random.nextInt(alphabet.length)]);
			if (random.nextInt(500) == 0) {
				article.append("，电话13812345678，");
			}
		}
		var text = article.substring(0, 10_000);

		long buildStarted = System.nanoTime();
		var checker = new Proofreader(CompiledDictionary.of(terms), new PersonalDataDetector(() -> LocalDate.of(2026, 5, 1)));
		long buildMillis = (System.nanoTime() - buildStarted) / 1_000_000;

		int findings = 0;
		long warmUpEnd = System.nanoTime() + 300_000_000L;
		while (System.nanoTime() < warmUpEnd) {
			findings = checker.check(text).size();
		}
		int checks = 0;
		long started = System.nanoTime();
		long elapsed;
		do {
			checker.check(text);
			checks++;
			elapsed = System.nanoTime() - started;
		}
		while (elapsed < 1_000_000_000L);
		double perSecond = checks / (elapsed / 1e9);
		System.out.printf("proofreading bench: dictionary of %d entries compiled in %d ms; %.0f checks/s of a "
				+ "%d-character article (%d findings each)%n", terms.size(), buildMillis, perSecond, text.length(),
				findings);
		// The figure is reported, never asserted (docs/benchmarks.md); only that the workload is a real one.
		assertThat(findings).isPositive();
	}
}
