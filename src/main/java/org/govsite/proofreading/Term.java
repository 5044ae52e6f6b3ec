package org.govsite.proofreading;

import org.jspecify.annotations.Nullable;

/**
 * A dictionary entry as the matcher needs it. Reporting terms have a category and a severity; an allowed term has
 * neither.
 */
record Term(String word, EntryKind kind, @Nullable Category category, @Nullable Severity severity,
		@Nullable String suggestion, @Nullable String note) {

	static Term allowed(String word) {
		return new Term(word, EntryKind.ALLOWED, null, null, null, null);
	}

	static Term of(String word, EntryKind kind, @Nullable String suggestion) {
		return new Term(word, kind, kind.defaultCategory(), kind.defaultSeverity(), suggestion, null);
	}

	/** Never reported by the dictionary: an allowed phrase or a protected right form. */
	boolean allowed() {
		return kind == EntryKind.ALLOWED || kind == EntryKind.PROTECTED;
	}
}
