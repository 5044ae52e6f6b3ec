package org.govsite.search;

import java.util.function.Consumer;

import org.govsite.content.ArticleId;

/**
 * The search port. The platform's adapter is a Lucene index in each node's data directory
 * ({@code <data-dir>/search/lucene}); an OpenSearch (or Elasticsearch) adapter can implement the same interface later,
 * keeping the change-feed position in an index document or alias metadata instead of Lucene's commit user data.
 *
 * <p>Writes become visible to {@link #search} at {@link #commit}. The change-feed position ({@link #appliedChange()})
 * is stored atomically with the documents, so that after a crash a node resumes exactly where its index stands.
 */
public interface SearchIndex {

	/** Adds or replaces the article's document. */
	void index(SearchDocument document);

	/** Removes the article's document, if any. */
	void remove(ArticleId id);

	/** Makes pending writes durable and visible and records the last change-feed sequence they reflect. */
	void commit(long appliedChange);

	/** The last change-feed sequence the committed index reflects; -1 for an index never built. */
	long appliedChange();

	/**
	 * Replaces the whole index with the documents the source feeds; searches see the old index until the new one is
	 * committed with {@code appliedChange}.
	 */
	void rebuild(Consumer<Consumer<SearchDocument>> source, long appliedChange);

	SearchResults search(SearchQuery query);

	/** How many documents the committed index holds. */
	long size();
}
