package org.govsite.proofreading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import com.github.houbb.sensitive.word.support.deny.WordDenys;
import com.github.houbb.sensitive.word.support.tag.WordTags;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import org.jspecify.annotations.Nullable;

/**
 * The gambling and pornography words the injection detector matches: the words of
 * {@code com.github.houbb:sensitive-word} tagged 赌博 (tag 3) and 色情 (tag 2, only those containing a marker of
 * {@code porn-markers.txt}, since the tag also covers many ordinary phrases), minus {@code injection-excluded.txt}
 * (names, places, lotteries), plus the platform's own entries of category {@link Category#GAMBLING} or
 * {@link Category#PORNOGRAPHY}. A word is <em>weak</em> when it is in {@code injection-weak.txt} or is a library word
 * shorter than three characters: ordinary texts use it (crackdown news), so it counts only inside keyword chains and
 * stuffed headings. Immutable and thread-safe.
 */
final class InjectionLexicon {

	/** A lexicon word: what it promotes and whether it is reported alone. */
	record Word(String word, Category category, boolean weak) {
	}

	/** A lexicon word found in a text: {@code [begin, end)}. */
	record Hit(int begin, int end, Word word) {
	}

	static final String GAMBLING_TAG = "3";
	static final String PORN_TAG = "2";

	private static @Nullable List<Word> library;

	private final @Nullable AhoCorasickDoubleArrayTrie<Word> trie;
	private final int size;

	private InjectionLexicon(List<Word> words) {
		var byKey = new TreeMap<String, Word>();
		for (var word : words) {
			byKey.put(MatchKey.of(word.word()), word);
		}
		size = byKey.size();
		if (byKey.isEmpty()) {
			trie = null;
		}
		else {
			trie = new AhoCorasickDoubleArrayTrie<>();
			trie.build(byKey);
		}
	}

	/** The library words plus the platform's terms of category gambling or pornography (which win on equal keys). */
	static InjectionLexicon of(Collection<Term> platform) {
		var weak = resource("injection-weak.txt");
		var words = new ArrayList<>(library());
		for (var term : platform) {
			if (!term.allowed() && (term.category() == Category.GAMBLING || term.category() == Category.PORNOGRAPHY)) {
				words.add(new Word(term.word(), term.category(), weak.contains(term.word())));
			}
		}
		return new InjectionLexicon(words);
	}

	/** Only the given words (tests). */
	static InjectionLexicon ofWords(List<Word> words) {
		return new InjectionLexicon(words);
	}

	int size() {
		return size;
	}

	/** Every lexicon word in the text; of overlapping hits the longest starting first is kept. */
	List<Hit> find(String text) {
		if (trie == null || text.isEmpty()) {
			return List.of();
		}
		var hits = new ArrayList<Hit>();
		AhoCorasickDoubleArrayTrie.IHit<Word> collect = (begin, end, word) -> hits.add(new Hit(begin, end, word));
		trie.parseText(MatchKey.of(text), collect);
		hits.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(b.end(), a.end()));
		var kept = new ArrayList<Hit>();
		int reach = -1;
		for (var hit : hits) {
			if (hit.begin() >= reach) {
				kept.add(hit);
				reach = hit.end();
			}
		}
		return kept;
	}

	/** The library's words, read once through its deny list and tag API (about 64,000 words, a few thousand used). */
	static synchronized List<Word> library() {
		if (library == null) {
			var excluded = resource("injection-excluded.txt");
			var weak = resource("injection-weak.txt");
			var markers = resource("porn-markers.txt");
			var tags = WordTags.system();
			var words = new ArrayList<Word>();
			for (var raw : WordDenys.defaults().deny()) {
				var word = raw.strip();
				if (word.isEmpty() || excluded.contains(word)) {
					continue;
				}
				Set<String> tagged = tags.getTag(word);
				if (tagged == null) {
					continue;
				}
				Category category = null;
				if (tagged.contains(GAMBLING_TAG)) {
					category = Category.GAMBLING;
				}
				else if (tagged.contains(PORN_TAG) && markers.stream().anyMatch(word::contains)) {
					category = Category.PORNOGRAPHY;
				}
				if (category != null) {
					words.add(new Word(word, category, word.length() < 3 || weak.contains(word)));
				}
			}
			library = List.copyOf(words);
		}
		return library;
	}

	/** The non-blank, non-comment lines of a resource in this package's resource folder. */
	static Set<String> resource(String name) {
		var stream = InjectionLexicon.class.getResourceAsStream("/proofreading/" + name);
		if (stream == null) {
			throw new IllegalStateException("missing resource /proofreading/" + name);
		}
		var lines = new HashSet<String>();
		try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				line = line.strip();
				if (!line.isEmpty() && !line.startsWith("#")) {
					lines.add(line);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return lines;
	}
}
