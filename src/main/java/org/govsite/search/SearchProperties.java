package org.govsite.search;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code govsite.search.*}: which adapter holds the index, and where OpenSearch is when it does.
 *
 * @param engine {@code lucene} (the default: an index in each node's data directory) or {@code opensearch} (one index
 *        in an OpenSearch 2.x cluster shared by every node)
 */
@ConfigurationProperties("govsite.search")
record SearchProperties(@DefaultValue("lucene") Engine engine, @DefaultValue OpenSearch opensearch) {

	enum Engine {
		LUCENE, OPENSEARCH
	}

	/**
	 * {@code govsite.search.opensearch.*}.
	 *
	 * @param urls the cluster's HTTP addresses, comma-separated ({@code https://…} for TLS, checked against the JVM's
	 *        trust store)
	 * @param index the alias that searches and writes go through; each build is an index {@code <index>-<version>}
	 *        behind it
	 * @param username HTTP basic authentication (the security plugin's internal user, or a proxy's), with
	 *        {@code password}; none when empty
	 */
	record OpenSearch(@DefaultValue("http://localhost:9200") List<URI> urls, @DefaultValue("govsite-articles") String index,
			@Nullable String username, @Nullable String password) {

		@Override
		public String toString() {
			return "OpenSearch[urls=" + urls + ", index=" + index + ", username=" + username + "]";
		}
	}
}
