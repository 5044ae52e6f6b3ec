package org.govsite.proofreading;

import org.jspecify.annotations.Nullable;

/**
 * A dictionary entry as an administrator enters it. Fields are nullable because they come from users;
 * {@link ProofreadingDictionary#add} refuses what is missing. {@code category} and {@code severity} default to the
 * kind's ({@link EntryKind#defaultCategory()}, {@link EntryKind#defaultSeverity()}).
 */
public record EntryForm(@Nullable String word, @Nullable EntryKind kind, @Nullable Category category,
		@Nullable Severity severity, @Nullable String suggestion, @Nullable String note) {
}
