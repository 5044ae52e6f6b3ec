package org.govsite.search;

import java.util.List;
import java.util.Optional;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * What a search suggests (see {@link SearchResults#suggestion()}), the same for every adapter: the adapter runs the
 * queries and hands over titles; the choice of words is made here.
 */
final class SearchSuggestions {

	/** How many titles a correction looks at. */
	static final int CORRECTION_TITLES = 5;

	private SearchSuggestions() {
	}

	/**
	 * The syllables to look for in titles when a query found nothing: its characters' readings, or the syllables
	 * typed; empty when there is nothing to suggest from (a single character).
	 */
	static List<String> correctionReadings(String text) {
		List<String> readings = TitlePinyin.looksLikePinyin(text) ? TitlePinyin.syllables(text).orElse(List.of())
				: TitlePinyin.readings(text);
		if (readings.isEmpty() || (readings.size() == 1 && !TitlePinyin.looksLikePinyin(text) && text.length() < 2)) {
			return List.of();
		}
		return readings;
	}

	/**
	 * The titles that sound like the query: its readings as a phrase of the title pinyin, under the same filters, the
	 * best {@link #CORRECTION_TITLES} first.
	 */
	static Query correctionQuery(SearchQuery query, List<String> readings) {
		var builder = new BooleanQuery.Builder().add(SearchQueries.phrase(SearchFields.PINYIN, readings), Occur.MUST);
		SearchQueries.filters(query, builder);
		return builder.build();
	}

	/**
	 * A query that found nothing: the best title's characters that read like it (萤火冲 → 萤火虫, a homophone typo from
	 * a pinyin input method), from the titles {@link #correctionQuery} found in order.
	 */
	static @Nullable String correction(List<String> titles, List<String> readings, String text) {
		for (var title : titles) {
			var range = TitlePinyin.locate(title, readings, false);
			if (range.isPresent()) {
				var words = title.substring(range.get()[0], range.get()[1]);
				if (!words.equalsIgnoreCase(text)) {
					return words;
				}
			}
		}
		return null;
	}

	/**
	 * A query that matched titles by their sound: the words of the best title it stands for — typed as pinyin
	 * (zfwz → 政府网站) or as characters that sound the same (萤火冲 → 萤火虫, found by {@link SearchQueries}).
	 */
	static @Nullable String pinyinReading(String bestTitle, String text) {
		if (!TitlePinyin.looksLikePinyin(text)) {
			var readings = SearchQueries.chineseReadings(text);
			if (readings.size() < 3 || bestTitle.contains(text.strip())) {
				return null;
			}
			return TitlePinyin.locate(bestTitle, readings, false).map(r -> bestTitle.substring(r[0], r[1]))
				.filter(words -> !words.equals(text.strip())).orElse(null);
		}
		return pinyinRange(bestTitle, text).map(r -> bestTitle.substring(r[0], r[1]))
			.filter(words -> !words.equalsIgnoreCase(text)).orElse(null);
	}

	/** Where in the title the typed pinyin (syllables, else initials) occurs. */
	static Optional<int[]> pinyinRange(String title, String text) {
		return TitlePinyin.syllables(text).flatMap(syllables -> TitlePinyin.locate(title, syllables, false))
			.or(() -> TitlePinyin.locate(title, SearchQueries.initials(text), true));
	}
}
