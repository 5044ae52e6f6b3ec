package org.govsite.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * The Lucene query that {@link SearchQueries} builds, said in OpenSearch's query language, so that both adapters run
 * one query: a term is a {@code term} query on the word as analysed by GovSite, a phrase a {@code match_phrase} of
 * the words with their gaps ({@link AnalysedText}), a prefix a {@code prefix} query, a Boolean query a {@code bool}
 * with Lucene's meaning kept where OpenSearch's differs (no positive clause matches nothing; a minimum above the
 * optional clauses matches nothing), a range of publication times a {@code range}.
 *
 * <p>Scores: OpenSearch scores BM25 through {@code LegacyBM25Similarity}, which multiplies every term's score by
 * {@code 1 + k1} (2.2). Constant-score queries (everything, a prefix) get the same factor as boost here, so that every
 * score is Lucene's times {@link #LEGACY_BM25}, sums of clauses rank as in Lucene, and dividing by the factor gives
 * Lucene's scores back.
 */
final class OpenSearchQueries {

	/** {@code 1 + k1} with OpenSearch's default {@code k1 = 1.2}. */
	static final float LEGACY_BM25 = 2.2f;

	/** Fields whose words are sent with gaps (analysed by smartcn); the pinyin fields never have gaps. */
	private static final Set<String> WORD_FIELDS = Set.of(SearchFields.TITLE, SearchFields.BODY,
			SearchFields.DOCUMENT_NO, SearchFields.SUMMARY, SearchFields.KEYWORDS, SearchFields.AUTHORITY,
			SearchFields.ATTACHMENTS);

	private OpenSearchQueries() {
	}

	static Query of(org.apache.lucene.search.Query query) {
		return of(query, 1f);
	}

	private static Query of(org.apache.lucene.search.Query query, float boost) {
		if (query instanceof BoostQuery boosted) {
			return of(boosted.getQuery(), boost * boosted.getBoost());
		}
		if (query instanceof BooleanQuery bool) {
			return bool(bool, boost);
		}
		if (query instanceof TermQuery term) {
			return Query.of(q -> q.term(t -> t.field(term.getTerm().field()).value(FieldValue.of(text(term.getTerm())))
				.boost(boost == 1f ? null : boost)));
		}
		if (query instanceof PhraseQuery phrase) {
			return phrase(phrase, boost);
		}
		if (query instanceof PrefixQuery prefix) {
			return Query.of(q -> q.prefix(p -> p.field(prefix.getField()).value(text(prefix.getPrefix()))
				.rewrite("constant_score").boost(boost * LEGACY_BM25)));
		}
		if (query instanceof MatchAllDocsQuery) {
			return Query.of(q -> q.matchAll(m -> m.boost(boost * LEGACY_BM25)));
		}
		if (query instanceof MatchNoDocsQuery) {
			return nothing();
		}
		if (query instanceof PointRangeQuery range && range.getNumDims() == 1 && range.getBytesPerDim() == Long.BYTES) {
			long from = LongPoint.decodeDimension(range.getLowerPoint(), 0);
			long to = LongPoint.decodeDimension(range.getUpperPoint(), 0);
			return Query.of(q -> q.range(r -> {
				r.field(range.getField());
				if (from != Long.MIN_VALUE) {
					r.gte(JsonData.of(from));
				}
				if (to != Long.MAX_VALUE) {
					r.lte(JsonData.of(to));
				}
				return r;
			}));
		}
		throw new IllegalArgumentException("No OpenSearch form for the query " + query + " (" + query.getClass() + ")");
	}

	private static Query bool(BooleanQuery bool, float boost) {
		var must = new ArrayList<Query>();
		var should = new ArrayList<Query>();
		var filter = new ArrayList<Query>();
		var mustNot = new ArrayList<Query>();
		for (BooleanClause clause : bool.clauses()) {
			switch (clause.getOccur()) {
				case MUST -> must.add(of(clause.getQuery()));
				case SHOULD -> should.add(of(clause.getQuery()));
				case FILTER -> filter.add(of(clause.getQuery()));
				case MUST_NOT -> mustNot.add(of(clause.getQuery()));
			}
		}
		int minimum = bool.getMinimumNumberShouldMatch();
		if ((must.isEmpty() && should.isEmpty() && filter.isEmpty()) || minimum > should.size()) {
			// Lucene: a query of exclusions alone, or one that asks for more optional clauses than it has, matches nothing
			return nothing();
		}
		return Query.of(q -> q.bool(b -> {
			b.must(must).should(should).filter(filter).mustNot(mustNot);
			if (minimum > 0) {
				b.minimumShouldMatch(Integer.toString(minimum));
			}
			else if (!should.isEmpty()) {
				// Lucene: optional clauses are required (one of them) only when nothing else is
				b.minimumShouldMatch(must.isEmpty() && filter.isEmpty() ? "1" : "0");
			}
			return b.boost(boost == 1f ? null : boost);
		}));
	}

	private static Query phrase(PhraseQuery phrase, float boost) {
		var words = Arrays.stream(phrase.getTerms()).map(Term::text).toList();
		String text;
		if (WORD_FIELDS.contains(phrase.getField())) {
			text = AnalysedText.phrase(words, phrase.getPositions());
		}
		else {
			int[] positions = phrase.getPositions();
			for (int i = 1; i < positions.length; i++) {
				if (positions[i] != positions[i - 1] + 1) {
					throw new IllegalArgumentException("A phrase with gaps in " + phrase.getField() + ": " + phrase);
				}
			}
			text = String.join(" ", words);
		}
		return Query.of(q -> q.matchPhrase(m -> m.field(phrase.getField()).query(text).slop(phrase.getSlop())
			.boost(boost == 1f ? null : boost)));
	}

	private static Query nothing() {
		return Query.of(q -> q.matchNone(m -> m));
	}

	/** A term's text as the index holds it ({@link AnalysedText#term} in the fields GovSite analyses). */
	private static String text(Term term) {
		return WORD_FIELDS.contains(term.field()) ? AnalysedText.term(term.text()) : term.text();
	}
}
