package org.govsite.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

/**
 * Pinyin of titles (HanLP portable: word-level readings, so 重庆 is chong qing), for the pinyin fields of the index
 * and for pinyin queries. A title becomes one token per Chinese character — its syllable without tone, e.g.
 * {@code zheng fu wang zhan} — and one lower-cased token per run of Latin letters or digits; the initials field holds
 * the first letter of each syllable ({@code z f w z}). Positions follow the title, so a phrase query over these
 * tokens finds a run of title characters typed as {@code zhengfuwangzhan} or {@code zfwz}.
 */
final class TitlePinyin {

	/** Every toneless syllable HanLP knows (ü written v, as typed on a keyboard), longest 6 letters. */
	private static final Set<String> SYLLABLES = new HashSet<>();
	private static final int LONGEST = 6;

	static {
		for (var pinyin : Pinyin.values()) {
			if (pinyin != Pinyin.none5) {
				SYLLABLES.add(pinyin.getPinyinWithoutTone());
			}
		}
	}

	private TitlePinyin() {
	}

	/** One title token and the characters of the title it stands for. */
	record Token(String text, int start, int end) {
	}

	/** The title's tokens: a toneless syllable per Chinese character, a lower-cased token per Latin or digit run. */
	static List<Token> tokens(String title) {
		var tokens = new ArrayList<Token>();
		if (title.isEmpty()) {
			return tokens;
		}
		var pinyins = HanLP.convertToPinyinList(title);
		int i = 0;
		while (i < title.length()) {
			char c = title.charAt(i);
			if (isHan(c) && i < pinyins.size() && pinyins.get(i) != Pinyin.none5) {
				tokens.add(new Token(pinyins.get(i).getPinyinWithoutTone(), i, i + 1));
				i++;
			}
			else if (Character.isLetterOrDigit(c) && c < 0x3000) {
				int start = i;
				while (i < title.length() && Character.isLetterOrDigit(title.charAt(i)) && title.charAt(i) < 0x3000) {
					i++;
				}
				tokens.add(new Token(title.substring(start, i).toLowerCase(Locale.ROOT), start, i));
			}
			else {
				i++;
			}
		}
		return tokens;
	}

	/** The full-pinyin field's text: tokens separated by spaces. */
	static String full(String title) {
		return String.join(" ", tokens(title).stream().map(Token::text).toList());
	}

	/** The initials field's text: the first letter of each syllable, Latin and digit runs as they are. */
	static String initials(String title) {
		return String.join(" ", tokens(title).stream().map(TitlePinyin::initial).toList());
	}

	private static String initial(Token token) {
		return SYLLABLES.contains(token.text()) && token.end() - token.start() == 1 ? token.text().substring(0, 1)
				: token.text();
	}

	/** True when the text could be pinyin as typed: Latin letters, spaces and apostrophes only. */
	static boolean looksLikePinyin(String text) {
		return !text.isBlank() && text.strip().toLowerCase(Locale.ROOT).matches("[a-z' ]+");
	}

	/**
	 * Splits typed pinyin into syllables, e.g. {@code zhengfuwangzhan} → zheng fu wang zhan, {@code xi'an} → xi an:
	 * the fewest syllables, earlier syllables as long as possible; spaces and apostrophes are boundaries. Empty when a
	 * part is not pinyin.
	 */
	static Optional<List<String>> syllables(String typed) {
		var result = new ArrayList<String>();
		for (var part : typed.toLowerCase(Locale.ROOT).split("[' ]+")) {
			if (part.isEmpty()) {
				continue;
			}
			var split = split(part);
			if (split == null) {
				return Optional.empty();
			}
			result.addAll(split);
		}
		return result.isEmpty() ? Optional.empty() : Optional.of(result);
	}

	/** Fewest syllables by dynamic programming from the end; ties go to the longer first syllable. */
	private static List<String> split(String letters) {
		int n = letters.length();
		int[] best = new int[n + 1];
		int[] next = new int[n + 1];
		java.util.Arrays.fill(best, Integer.MAX_VALUE);
		best[n] = 0;
		for (int i = n - 1; i >= 0; i--) {
			for (int len = Math.min(LONGEST, n - i); len >= 1; len--) {
				if (best[i + len] != Integer.MAX_VALUE && SYLLABLES.contains(letters.substring(i, i + len))
						&& best[i + len] + 1 < best[i]) {
					best[i] = best[i + len] + 1;
					next[i] = i + len;
				}
			}
		}
		if (best[0] == Integer.MAX_VALUE) {
			return null;
		}
		var syllables = new ArrayList<String>();
		for (int i = 0; i < n; i = next[i]) {
			syllables.add(letters.substring(i, next[i]));
		}
		return syllables;
	}

	/** The syllables of a Chinese query (Latin and digit runs as tokens), to look for titles that sound the same. */
	static List<String> readings(String text) {
		return tokens(text).stream().map(Token::text).toList();
	}

	/**
	 * Where in the title a run of tokens (full syllables, or initials when {@code initials}) occurs: the first match's
	 * character range, for highlighting a pinyin match and for suggesting the title's words.
	 */
	static Optional<int[]> locate(String title, List<String> wanted, boolean initials) {
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		var tokens = tokens(title);
		outer:
		for (int i = 0; i + wanted.size() <= tokens.size(); i++) {
			for (int j = 0; j < wanted.size(); j++) {
				var token = tokens.get(i + j);
				var text = initials ? initial(token) : token.text();
				if (!text.equals(wanted.get(j))) {
					continue outer;
				}
			}
			return Optional.of(new int[] { tokens.get(i).start(), tokens.get(i + wanted.size() - 1).end() });
		}
		return Optional.empty();
	}

	static boolean isHan(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}
}
