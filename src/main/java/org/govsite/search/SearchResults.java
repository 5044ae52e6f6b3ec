package org.govsite.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of results. {@code suggestion} is a corrected query when this one found nothing (e.g. a homophone typo, or
 * pinyin standing for title words), else {@code null}.
 */
public record SearchResults(long total, int page, int size, List<SearchHit> hits, @Nullable String suggestion) {

	public SearchResults {
		hits = List.copyOf(hits);
	}

	public int pages() {
		return (int) ((total + size - 1) / size);
	}
}
