package org.govsite.shared;

import org.jspecify.annotations.Nullable;

/** Small text helpers every form-handling module needs. */
public final class Text {

	private Text() {
	}

	/**
	 * Whether the text shows nothing: null, whitespace, or only invisible characters (zero-width spaces and joiners,
	 * word joiner, byte-order mark, bidirectional marks, other format characters). Such a title counts as blank.
	 */
	public static boolean visiblyBlank(@Nullable String value) {
		return value == null || value.codePoints()
			.allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT
					|| Character.isISOControl(cp));
	}

	/** Trimmed text, or null when the text is null or blank (an empty form field means "not given"). */
	public static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
