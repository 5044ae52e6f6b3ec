package org.govsite.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of results. {@code suggestion}: when nothing was found, title words that sound like the query (a homophone
 * typo: 萤火冲 → 萤火虫); when a pinyin query found titles, the words it stands for (zfwz → 政府网站); else {@code null}.
 */
public record SearchResults(long total, int page, int size, List<SearchHit> hits, @Nullable String suggestion) {

	public SearchResults {
		hits = List.copyOf(hits);
	}

	public int pages() {
		return (int) ((total + size - 1) / size);
	}
}
