package org.govsite.search;

import org.govsite.database.DataDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's search adapter: Lucene under {@code <data-dir>/search/lucene}. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	LuceneSearchIndex searchIndex(DataDirectory dataDirectory) {
		return new LuceneSearchIndex(dataDirectory.resolve("search").resolve("lucene"));
	}
}
