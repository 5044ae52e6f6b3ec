package org.govsite.proofreading;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import org.jspecify.annotations.Nullable;

/**
 * The dictionary compiled into an Aho–Corasick double-array trie: one pass over the text finds every entry, whatever
 * the dictionary's size. Immutable and thread-safe once built; keys are {@link MatchKey}s.
 */
final class CompiledDictionary {

	static final CompiledDictionary EMPTY = new CompiledDictionary(null, 0);

	private final @Nullable AhoCorasickDoubleArrayTrie<Term> trie;
	private final int size;

	private CompiledDictionary(@Nullable AhoCorasickDoubleArrayTrie<Term> trie, int size) {
		this.trie = trie;
		this.size = size;
	}

	/** Builds the trie; of two terms with the same key the later one wins (the database keeps keys unique). */
	static CompiledDictionary of(List<Term> terms) {
		var byKey = new TreeMap<String, Term>();
		for (var term : terms) {
			if (!term.word().isEmpty()) {
				byKey.put(MatchKey.of(term.word()), term);
			}
		}
		if (byKey.isEmpty()) {
			return EMPTY;
		}
		var trie = new AhoCorasickDoubleArrayTrie<Term>();
		trie.build(byKey);
		return new CompiledDictionary(trie, byKey.size());
	}

	int size() {
		return size;
	}

	/** The findings of the dictionary in the text, after the {@link OverlapPolicy}. */
	List<Finding> check(String text) {
		if (trie == null || text.isEmpty()) {
			return List.of();
		}
		var matches = new ArrayList<OverlapPolicy.Match>();
		AhoCorasickDoubleArrayTrie.IHit<Term> collect = (begin, end, term) -> matches.add(new OverlapPolicy.Match(begin, end, term));
		trie.parseText(MatchKey.of(text), collect);
		var findings = new ArrayList<Finding>();
		for (var match : OverlapPolicy.resolve(matches)) {
			var term = match.term();
			var matched = text.substring(match.begin(), match.end());
			findings.add(new Finding(match.begin(), match.end(), matched, requireNonNull(term.severity()),
					requireNonNull(term.category()), term.suggestion(), FindingMessages.forTerm(matched, term)));
		}
		return findings;
	}

	private static <T> T requireNonNull(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("a reporting term needs a category and a severity");
		}
		return value;
	}
}
