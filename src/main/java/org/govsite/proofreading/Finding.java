package org.govsite.proofreading;

import org.jspecify.annotations.Nullable;

/**
 * One problem found in a text. {@code start} (inclusive) and {@code end} (exclusive) are offsets in UTF-16 code units
 * into the checked text, i.e. {@code text.substring(start, end).equals(matched)} (the same units as JavaScript string
 * indices). {@code suggestion} is the proposed replacement (or the masked form for personal data) and may be absent;
 * {@code message} is a Chinese sentence for the editor. A finding is a report only: nothing is ever replaced.
 */
public record Finding(int start, int end, String matched, Severity severity, Category category,
		@Nullable String suggestion, String message) {

	public Finding {
		if (start < 0 || end <= start || matched.length() != end - start) {
			throw new IllegalArgumentException("bad finding span " + start + ".." + end + " for '" + matched + "'");
		}
	}
}
