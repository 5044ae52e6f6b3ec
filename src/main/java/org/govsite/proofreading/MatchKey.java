package org.govsite.proofreading;

/**
 * Matching is insensitive to ASCII case and to full-width forms of ASCII characters ("ＡＢＣ", "abc" and "ABC" are
 * one word). The mapping is char for char, so offsets in the key are offsets in the original text. Also the key under
 * which entries are unique.
 */
final class MatchKey {

	private MatchKey() {
	}

	static String of(CharSequence text) {
		var key = new char[text.length()];
		for (int i = 0; i < key.length; i++) {
			key[i] = fold(text.charAt(i));
		}
		return new String(key);
	}

	static char fold(char c) {
		if (c >= '\uFF01' && c <= '\uFF5E') {
			c = (char) (c - 0xFEE0);
		}
		else if (c == '\u3000') {
			c = ' ';
		}
		return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
	}
}
