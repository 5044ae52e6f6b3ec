package org.govsite.search;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The search port's contract on the Lucene adapter: an index in a temporary directory. */
class LuceneSearchIndexContractTests extends SearchIndexContract {

	@TempDir Path directory;

	@Override
	SearchIndex open(String name) {
		return new LuceneSearchIndex(directory.resolve(name));
	}

	@Override
	void close(SearchIndex index) throws Exception {
		((LuceneSearchIndex) index).close();
	}
}
