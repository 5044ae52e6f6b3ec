package org.govsite.proofreading;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The platform's {@link ContentChecker}: the database dictionaries compiled into an Aho–Corasick trie, plus the
 * personal-data, injection (gambling, pornography, black-hat SEO) and wording (protected names, fixed phrases, removed
 * officials) detectors, see {@link Proofreader#of}.
 * <p>
 * Freshness with several nodes on one database: {@code proofreading_dictionary.version} is raised in the same
 * transaction as every entry change. Each check first reads that version (one primary-key read, well under a
 * millisecond) and rebuilds the trie when the database holds a newer version than the one it was built from; there is
 * no other in-process state, so no node ever checks with a dictionary older than the last committed change. The
 * rebuild reads the version <em>before</em> the entries, so the entries it compiles are at least as new as the
 * version it records (at worst it rebuilds once more than needed, never keeps stale entries). A 10,000-entry
 * dictionary rebuilds in well under a second; concurrent checks wait for one rebuild rather than each doing their own.
 */
@Service
class DictionaryChecker implements ContentChecker {

	private static final Logger log = LoggerFactory.getLogger(DictionaryChecker.class);

	private record Snapshot(long version, Proofreader proofreader) {
	}

	private final EntryStore store;
	private final PersonalDataDetector personalData;
	private final Object rebuild = new Object();
	private volatile Snapshot current;

	DictionaryChecker(EntryStore store, Clock clock) {
		this.store = store;
		this.personalData = new PersonalDataDetector(() -> LocalDate.now(clock));
		this.current = new Snapshot(Long.MIN_VALUE, new Proofreader(CompiledDictionary.EMPTY, personalData));
	}

	@Override
	public List<Finding> check(String text) {
		if (text.isEmpty()) {
			return List.of();
		}
		return proofreader().check(text);
	}

	@Override
	public List<Finding> checkHtml(String html) {
		if (html.isEmpty()) {
			return List.of();
		}
		return proofreader().checkHtml(html);
	}

	private Proofreader proofreader() {
		long version = store.version();
		var snapshot = current;
		if (snapshot.version() >= version) {
			return snapshot.proofreader();
		}
		synchronized (rebuild) {
			snapshot = current;
			if (snapshot.version() < version) {
				snapshot = load();
				current = snapshot;
			}
			return snapshot.proofreader();
		}
	}

	private Snapshot load() {
		long started = System.nanoTime();
		long version = store.version();
		var terms = store.all().stream().map(DictionaryEntry::term).toList();
		var proofreader = Proofreader.of(terms, personalData);
		log.info("proofreading dictionary version {} compiled: {} entries in {} ms", version, terms.size(),
				(System.nanoTime() - started) / 1_000_000);
		return new Snapshot(version, proofreader);
	}
}
