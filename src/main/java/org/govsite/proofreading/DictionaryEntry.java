package org.govsite.proofreading;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the proofreading dictionaries. {@code category} and {@code severity} are absent exactly for
 * {@link EntryKind#ALLOWED} entries; {@code suggestion} is present for every {@link EntryKind#CORRECTION}.
 */
public record DictionaryEntry(long id, String word, EntryKind kind, @Nullable Category category,
		@Nullable Severity severity, @Nullable String suggestion, @Nullable String note, Instant createdAt,
		String createdBy) {

	Term term() {
		return new Term(word, kind, category, severity, suggestion, note);
	}
}
