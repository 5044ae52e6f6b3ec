package org.govsite.proofreading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import org.jspecify.annotations.Nullable;

/**
 * Serious wording errors (严重表述错误, a veto item of the national rules §4) that a dictionary of wrong forms cannot
 * list: every protected name ({@link EntryKind#PROTECTED}: leaders, organisations, places, the country's name) and
 * every fixed political phrase ({@code political-phrases.txt}) written with one character replaced by one of the same
 * sound (toneless pinyin, HanLP) or of similar shape ({@code similar-characters.txt}); and a removed official
 * ({@link Category#FALLEN_OFFICIAL} entries) still given a title. Each finding names the right form. Names need three
 * characters or more and phrases four (two-character variants are ordinary words too often). Pure, thread-safe.
 */
final class WordingDetector {

	/** Titles that, next to a removed official's name, present him as still in office. */
	static final List<String> TITLES = List.of("副书记", "书记", "副州长", "州长", "副市长", "市长", "副县长", "县长", "副区长",
			"区长", "副省长", "省长", "副主任", "主任", "副局长", "局长", "副部长", "部长", "副主席", "主席", "厅长", "处长", "副镇长",
			"镇长", "乡长", "秘书长", "主委", "同志");

	/** A wrong form of a right one: which character, and why it is wrong. */
	record Variant(String right, String label, int position, boolean sameSound) {
	}

	/** A removed official: the name and the dictionary's note (who he was). */
	record Removed(String name, @Nullable String note) {
	}

	private static @Nullable Map<String, List<Character>> homophones;
	private static @Nullable Map<Character, Set<Character>> similar;
	private static @Nullable List<String> phrases;

	private final @Nullable AhoCorasickDoubleArrayTrie<Variant> variants;
	private final @Nullable AhoCorasickDoubleArrayTrie<String> rightForms;
	private final List<Removed> removed;
	private final int size;

	/**
	 * @param protectedNames right forms and their category (leader, organisation, place, country)
	 * @param allowed words that are right as they are (allowed entries): never reported as a variant
	 * @param removed removed officials
	 */
	WordingDetector(Map<String, Category> protectedNames, Collection<String> allowed, List<Removed> removed) {
		this.removed = List.copyOf(removed);
		var rights = new HashMap<String, String>();
		for (var name : protectedNames.entrySet()) {
			if (name.getKey().length() >= 3) {
				rights.put(name.getKey(), name.getValue().label());
			}
		}
		for (var phrase : phrases()) {
			rights.putIfAbsent(phrase, "规范表述");
		}
		var right = new TreeMap<String, String>();
		rights.keySet().forEach(word -> right.put(MatchKey.of(word), word));
		allowed.forEach(word -> right.put(MatchKey.of(word), word));
		var wrong = new TreeMap<String, Variant>();
		for (var entry : rights.entrySet()) {
			var word = entry.getKey();
			var readings = HanLP.convertToPinyinList(word);
			for (int i = 0; i < word.length(); i++) {
				char c = word.charAt(i);
				if (!InjectionDetector.han(c)) {
					continue;
				}
				var sound = i < readings.size() && readings.get(i) != Pinyin.none5 ? readings.get(i).getPinyinWithoutTone() : null;
				var candidates = new HashMap<Character, Boolean>();
				if (sound != null) {
					for (var other : homophones().getOrDefault(sound, List.of())) {
						candidates.put(other, true);
					}
				}
				for (var other : similar().getOrDefault(c, Set.of())) {
					candidates.putIfAbsent(other, false);
				}
				candidates.remove(c);
				for (var candidate : candidates.entrySet()) {
					var variant = word.substring(0, i) + candidate.getKey() + word.substring(i + 1);
					var key = MatchKey.of(variant);
					if (!right.containsKey(key)) {
						wrong.putIfAbsent(key, new Variant(word, entry.getValue(), i, candidate.getValue()));
					}
				}
			}
		}
		size = wrong.size();
		variants = wrong.isEmpty() ? null : trie(wrong);
		rightForms = right.isEmpty() ? null : trie(right);
	}

	private static <V> AhoCorasickDoubleArrayTrie<V> trie(TreeMap<String, V> map) {
		var trie = new AhoCorasickDoubleArrayTrie<V>();
		trie.build(map);
		return trie;
	}

	/** How many wrong forms are looked for. */
	int size() {
		return size;
	}

	List<Finding> check(String text) {
		if (text.isEmpty()) {
			return List.of();
		}
		var key = MatchKey.of(text);
		var findings = new ArrayList<Finding>();
		if (variants != null) {
			var rightSpans = new ArrayList<int[]>();
			if (rightForms != null) {
				AhoCorasickDoubleArrayTrie.IHit<String> collect = (begin, end, word) -> rightSpans.add(new int[] { begin, end });
				rightForms.parseText(key, collect);
			}
			AhoCorasickDoubleArrayTrie.IHit<Variant> report = (begin, end, variant) -> {
				for (var span : rightSpans) {
					if (span[0] <= begin && end <= span[1]) {
						return;
					}
				}
				var matched = text.substring(begin, end);
				char wrongChar = matched.charAt(variant.position());
				char rightChar = variant.right().charAt(variant.position());
				findings.add(new Finding(begin, end, matched, Severity.SERIOUS, Category.SERIOUS_WORDING, variant.right(),
						"「" + matched + "」疑似" + variant.label() + "误写（「" + wrongChar + "」与「" + rightChar + "」"
								+ (variant.sameSound() ? "同音" : "形近") + "），应为「" + variant.right() + "」"));
			};
			variants.parseText(key, report);
		}
		for (var official : removed) {
			titled(text, official, findings);
		}
		return findings;
	}

	/** A removed official's name right after or right before a title, with no 原/前 marking it as former. */
	private static void titled(String text, Removed official, List<Finding> findings) {
		var name = official.name();
		for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
			int end = at + name.length();
			String title = null;
			int begin = at;
			int stop = end;
			for (var candidate : TITLES) {
				if (text.startsWith(candidate, end)) {
					title = candidate;
					stop = end + candidate.length();
					break;
				}
				if (!candidate.equals("同志") && at >= candidate.length() && text.startsWith(candidate, at - candidate.length())) {
					title = candidate;
					begin = at - candidate.length();
					break;
				}
			}
			if (title == null || former(text, begin)) {
				continue;
			}
			var matched = text.substring(begin, stop);
			var suggestion = title.equals("同志") ? name : "原" + title + name;
			findings.add(new Finding(begin, stop, matched, Severity.SERIOUS, Category.SERIOUS_WORDING, suggestion,
					"「" + name + "」已被免职或查处" + (official.note() == null ? "" : "（" + official.note() + "）")
							+ "，不得再称「" + title + "」，应为「" + suggestion + "」"));
		}
	}

	/** Whether the words just before a title (back to the last punctuation, at most 15 characters) say 原 or 前. */
	private static boolean former(String text, int titleBegin) {
		int from = titleBegin;
		while (from > 0 && titleBegin - from < 15 && !Character.isWhitespace(text.charAt(from - 1))
				&& (InjectionDetector.han(text.charAt(from - 1)) || Character.isLetterOrDigit(text.charAt(from - 1)))) {
			from--;
		}
		var before = text.substring(from, titleBegin);
		return before.contains("原") || before.contains("前");
	}

	/** Toneless syllable → the characters HanLP reads so on their own (U+4E00–U+9FA5). */
	static synchronized Map<String, List<Character>> homophones() {
		if (homophones == null) {
			var map = new HashMap<String, List<Character>>();
			var all = new StringBuilder();
			for (char c = '\u4E00'; c <= '\u9FA5'; c++) {
				all.append(c);
			}
			// One character at a time: the word segmenter must not read neighbours as words.
			for (int i = 0; i < all.length(); i++) {
				char c = all.charAt(i);
				var reading = HanLP.convertToPinyinList(String.valueOf(c));
				if (!reading.isEmpty() && reading.get(0) != Pinyin.none5) {
					map.computeIfAbsent(reading.get(0).getPinyinWithoutTone(), key -> new ArrayList<>()).add(c);
				}
			}
			homophones = map;
		}
		return homophones;
	}

	static synchronized Map<Character, Set<Character>> similar() {
		if (similar == null) {
			var map = new HashMap<Character, Set<Character>>();
			for (var group : InjectionLexicon.resource("similar-characters.txt")) {
				for (int i = 0; i < group.length(); i++) {
					for (int j = 0; j < group.length(); j++) {
						if (i != j) {
							map.computeIfAbsent(group.charAt(i), key -> new HashSet<>()).add(group.charAt(j));
						}
					}
				}
			}
			similar = map;
		}
		return similar;
	}

	static synchronized List<String> phrases() {
		if (phrases == null) {
			phrases = InjectionLexicon.resource("political-phrases.txt").stream().filter(p -> p.length() >= 4).sorted().toList();
		}
		return phrases;
	}
}
