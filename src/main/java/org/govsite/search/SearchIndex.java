package org.govsite.search;

import java.util.function.Consumer;

import org.govsite.content.ArticleId;
import org.jspecify.annotations.Nullable;

/**
 * The search port. Two adapters give the same results: a Lucene index in each node's data directory
 * ({@code <data-dir>/search/lucene}, the default) and one OpenSearch index that every node shares
 * ({@code govsite.search.engine=opensearch}).
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

	/**
	 * For an index that every node shares (OpenSearch): a name that is the same on every node using it, so that one node
	 * at a time follows the change feed into it. {@code null} (the default) for a node's own index, which each node
	 * follows itself.
	 */
	default @Nullable String sharedName() {
		return null;
	}
}
