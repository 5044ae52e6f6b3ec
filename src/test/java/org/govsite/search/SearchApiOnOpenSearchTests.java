package org.govsite.search;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.govsite.support.OpenSearchNode;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link SearchApiTests} on a GovSite whose search index is in OpenSearch ({@code govsite.search.engine=opensearch},
 * a real OpenSearch 2.19 node): the same publications, searches and rebuild through the HTTP API, the same answers.
 */
@Tag("slow")
class SearchApiOnOpenSearchTests extends SearchApiTests {

	static final String INDEX = "govsite-api-" + UUID.randomUUID().toString().substring(0, 8);

	@Autowired SearchIndex index;

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) {
		registry.add("govsite.search.engine", () -> "opensearch");
		registry.add("govsite.search.opensearch.urls", () -> OpenSearchNode.shared().url());
		registry.add("govsite.search.opensearch.index", () -> INDEX);
	}

	/** Another node with an OpenSearch index of its own (another alias on the same cluster). */
	@Override
	SearchIndex otherNodeIndex(Path directory) {
		org.assertj.core.api.Assertions.assertThat(index).isInstanceOf(OpenSearchIndex.class);
		return OpenSearchIndex.connect(new SearchProperties.OpenSearch(List.of(URI.create(OpenSearchNode.shared().url())),
				INDEX + "-other", null, null));
	}
}
