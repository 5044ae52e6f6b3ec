package org.govsite.search;

import org.govsite.database.DataDirectory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's search adapter, chosen by {@code govsite.search.engine}: Lucene under
 * {@code <data-dir>/search/lucene} (the default), or OpenSearch ({@code opensearch}, see {@link OpenSearchIndex}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "govsite.search.engine", havingValue = "lucene", matchIfMissing = true)
	LuceneSearchIndex searchIndex(DataDirectory dataDirectory) {
		return new LuceneSearchIndex(dataDirectory.resolve("search").resolve("lucene"));
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "govsite.search.engine", havingValue = "opensearch")
	OpenSearchIndex openSearchIndex(SearchProperties properties) {
		return OpenSearchIndex.connect(properties.opensearch());
	}
}
