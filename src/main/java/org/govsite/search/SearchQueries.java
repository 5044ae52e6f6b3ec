package org.govsite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govsite.content.Validity;
import org.govsite.shared.BeijingTime;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a {@link SearchQuery} into a Lucene query. The free text is read by Lucene's {@link SimpleQueryParser} (it
 * never fails on user input): words separated by spaces must all match, {@code "…"} is a phrase, {@code -word}
 * excludes, {@code word*} is a prefix. A run of Chinese without spaces is cut into words by the smartcn analyzer, and
 * every word must occur in some field (title, 文号, keywords, summary, body, attachments, issuing authority), not
 * necessarily the same one. Alternatives that may match instead: the exact 文号, and when the text is Latin letters,
 * the pinyin or the pinyin initials of a run of title characters. Filters never affect scores.
 */
final class SearchQueries {


	/** Text fields and their weights. */
	static final Map<String, Float> WEIGHTS = Map.of(SearchFields.TITLE, 4f, SearchFields.DOCUMENT_NO, 3f,
			SearchFields.KEYWORDS, 2f, SearchFields.SUMMARY, 1.5f, SearchFields.BODY, 1f,
			SearchFields.AUTHORITY, 1f, SearchFields.ATTACHMENTS, 0.7f);

	private SearchQueries() {
	}

	/** The whole query: text alternatives (or everything when the text is empty) and the filters. */
	static Query build(SearchQuery query, Analyzer analyzer) {
		var builder = new BooleanQuery.Builder().add(text(query.text(), analyzer), Occur.MUST);
		if (!query.text().isBlank()) {
			// of two documents the words find alike, whatever is in force before a repealed or expired policy: a constant
			// bonus for every document that is neither
			var inForce = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
				.add(new TermQuery(new Term(SearchFields.VALIDITY, Validity.REPEALED.name())), Occur.MUST_NOT)
				.add(new TermQuery(new Term(SearchFields.VALIDITY, Validity.EXPIRED.name())), Occur.MUST_NOT).build();
			builder.add(new BoostQuery(inForce, IN_FORCE_BONUS), Occur.SHOULD);
		}
		filters(query, builder);
		return builder.build();
	}

	/** What not being repealed or expired adds to a document's score (a constant). */
	static final float IN_FORCE_BONUS = 20f;

	/** The text alone: any of its alternatives may match. */
	static Query text(String text, Analyzer analyzer) {
		if (text.isBlank()) {
			return new MatchAllDocsQuery();
		}
		var alternatives = new BooleanQuery.Builder();
		var words = new CrossFieldParser(analyzer).parse(text);
		alternatives.add(words, Occur.SHOULD);
		for (var documentNo : documentNoForms(text)) {
			alternatives.add(new BoostQuery(new TermQuery(new Term(SearchFields.DOCUMENT_NO_EXACT, documentNo)), 10f),
					Occur.SHOULD);
		}
		// a one-character slip of the input method types a character that sounds the same: find titles by their sound
		var readings = chineseReadings(text);
		if (readings.size() >= 3) {
			alternatives.add(new BoostQuery(phrase(SearchFields.PINYIN, readings), 1.5f), Occur.SHOULD);
		}
		if (TitlePinyin.looksLikePinyin(text)) {
			TitlePinyin.syllables(text).ifPresent(syllables -> alternatives
				.add(new BoostQuery(phrase(SearchFields.PINYIN, syllables), 3f), Occur.SHOULD));
			var letters = initials(text);
			if (letters.size() >= 2 && letters.size() <= 12) {
				alternatives.add(new BoostQuery(phrase(SearchFields.INITIALS, letters), 2f), Occur.SHOULD);
			}
		}
		return alternatives.setMinimumNumberShouldMatch(1).build();
	}

	/** A 文号 typed in full: issuer, year and number ({@code 示政办发2026 42号}, {@code 示政办发2026年42号}). */
	private static final java.util.regex.Pattern DOCUMENT_NO = java.util.regex.Pattern
		.compile("^(\\D*?[^\\d〔〕])〔?(\\d{4})〕?年?(\\d{1,5})号$");

	/**
	 * The forms a typed 文号 may take in the exact field: as normalised, without a trailing 文 ({@code 42号文}), and
	 * rebuilt as issuer〔year〕number号 when the brackets were left out.
	 */
	static List<String> documentNoForms(String text) {
		var forms = new java.util.LinkedHashSet<String>();
		var normalized = normalizeDocumentNo(text);
		if (normalized.isEmpty() || normalized.length() > 60) {
			return List.of();
		}
		forms.add(normalized);
		var bare = normalized.endsWith("号文") ? normalized.substring(0, normalized.length() - 1) : normalized;
		forms.add(bare);
		var matcher = DOCUMENT_NO.matcher(bare);
		if (matcher.matches()) {
			forms.add(matcher.group(1) + "〔" + matcher.group(2) + "〕" + Integer.parseInt(matcher.group(3)) + "号");
		}
		return List.copyOf(forms);
	}

	/** The syllables of a query of Chinese characters only (none when it holds anything else). */
	static List<String> chineseReadings(String text) {
		var compact = text.strip();
		if (compact.isEmpty() || compact.length() > 30
				|| !compact.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
			return List.of();
		}
		return TitlePinyin.readings(compact);
	}

	/** The letters of a query typed as pinyin initials ({@code zfwz} → z f w z). */
	static List<String> initials(String text) {
		var letters = new ArrayList<String>();
		for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
			if (c >= 'a' && c <= 'z') {
				letters.add(String.valueOf(c));
			}
		}
		return letters;
	}

	static Query phrase(String field, List<String> tokens) {
		if (tokens.size() == 1) {
			return new TermQuery(new Term(field, tokens.get(0)));
		}
		return new PhraseQuery(field, tokens.toArray(String[]::new));
	}

	static void filters(SearchQuery query, BooleanQuery.Builder builder) {
		if (query.site() != null) {
			builder.add(new TermQuery(new Term(SearchFields.SITE, query.site())), Occur.FILTER);
		}
		if (query.column() != null) {
			builder.add(new TermQuery(new Term(SearchFields.COLUMN, query.column())), Occur.FILTER);
		}
		if (query.kind() != null) {
			builder.add(new TermQuery(new Term(SearchFields.KIND, query.kind().name())), Occur.FILTER);
		}
		if (query.validity() != null) {
			builder.add(new TermQuery(new Term(SearchFields.VALIDITY, query.validity().name())), Occur.FILTER);
		}
		if (query.from() != null || query.to() != null) {
			long from = query.from() == null ? Long.MIN_VALUE : query.from().atStartOfDay(BeijingTime.ZONE).toInstant().toEpochMilli();
			long to = query.to() == null ? Long.MAX_VALUE
					: query.to().plusDays(1).atStartOfDay(BeijingTime.ZONE).toInstant().toEpochMilli() - 1;
			builder.add(LongPoint.newRangeQuery(SearchFields.PUBLISHED, from, to), Occur.FILTER);
		}
	}

	/**
	 * A 文号 as indexed for exact matching: no spaces, full-width letters and digits made half-width, every kind of
	 * year bracket written 〔〕 (示政发[2026]9号, 示政发【2026】9号 and 示政发〔2026〕9号 are one number).
	 */
	static String normalizeDocumentNo(String text) {
		var out = new StringBuilder();
		for (char c : text.strip().toCharArray()) {
			if (Character.isWhitespace(c)) {
				continue;
			}
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			switch (c) {
				case '[', '【', '(', '（', '〖', '［' -> out.append('〔');
				case ']', '】', ')', '）', '〗', '］' -> out.append('〕');
				default -> out.append(Character.toLowerCase(c));
			}
		}
		return out.toString();
	}

	/** The words of a text as the smartcn analyzer cuts them (stop words and punctuation dropped). */
	static List<String> words(Analyzer analyzer, String field, String text) {
		var words = new ArrayList<String>();
		try (var stream = analyzer.tokenStream(field, text)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(term.toString());
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return words;
	}

	/**
	 * Simple query syntax where a run of text without operators requires each of its words in any field (cross-field),
	 * with a bonus when the whole run is a phrase of the title.
	 */
	static final class CrossFieldParser extends SimpleQueryParser {

		private final Analyzer analyzer;

		CrossFieldParser(Analyzer analyzer) {
			super(analyzer, WEIGHTS, AND_OPERATOR | NOT_OPERATOR | OR_OPERATOR | PHRASE_OPERATOR | PREFIX_OPERATOR
					| WHITESPACE_OPERATOR | ESCAPE_OPERATOR | PRECEDENCE_OPERATORS);
			this.analyzer = analyzer;
			setDefaultOperator(Occur.MUST);
		}

		/** The run of text, or what people mean by it ({@link SearchSynonyms}): any of them may match. */
		@Override
		protected Query newDefaultQuery(String text) {
			var own = words(text);
			var rewrites = SearchSynonyms.rewrites(text);
			if (own == null || rewrites.isEmpty()) {
				return own;
			}
			var any = new BooleanQuery.Builder().add(own, Occur.SHOULD);
			for (var rewrite : rewrites) {
				var other = words(rewrite);
				if (other != null) {
					any.add(new BoostQuery(other, 0.8f), Occur.SHOULD);
				}
			}
			return any.setMinimumNumberShouldMatch(1).build();
		}

		private Query words(String text) {
			var words = SearchQueries.words(analyzer, SearchFields.BODY, text);
			if (words.isEmpty()) {
				return null;
			}
			var all = new BooleanQuery.Builder();
			for (var word : words) {
				var anyField = new BooleanQuery.Builder();
				WEIGHTS.forEach((field, weight) -> anyField
					.add(new BoostQuery(new TermQuery(new Term(field, word)), weight), Occur.SHOULD));
				all.add(anyField.build(), Occur.MUST);
			}
			if (words.size() > 1) {
				var titlePhrase = createPhraseQuery(SearchFields.TITLE, text, 1);
				if (titlePhrase != null) {
					all.add(new BoostQuery(titlePhrase, 2f), Occur.SHOULD);
				}
			}
			return all.build();
		}
	}
}
