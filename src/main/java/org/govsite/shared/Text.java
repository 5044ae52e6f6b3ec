package org.govsite.shared;

import org.jspecify.annotations.Nullable;

/** Small text helpers every form-handling module needs. */
public final class Text {

	private Text() {
	}

	/** Trimmed text, or null when the text is null or blank (an empty form field means "not given"). */
	public static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
