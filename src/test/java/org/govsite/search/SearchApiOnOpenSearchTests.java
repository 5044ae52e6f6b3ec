package org.govsite.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.govsite.support.OpenSearchNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link SearchApiTests} on a GovSite whose search index is in OpenSearch ({@code govsite.search.engine=opensearch},
 * a real OpenSearch 2.19 node): the same publications, searches and rebuild through the HTTP API, the same answers;
 * and one node at a time follows the feed into an index that the nodes share.
 */
@Tag("slow")
class SearchApiOnOpenSearchTests extends SearchApiTests {

	static final String INDEX = "govsite-api-" + UUID.randomUUID().toString().substring(0, 8);

	@Autowired SearchIndex index;
	@Autowired DataSource dataSource;

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) {
		registry.add("govsite.search.engine", () -> "opensearch");
		registry.add("govsite.search.opensearch.urls", () -> OpenSearchNode.shared().url());
		registry.add("govsite.search.opensearch.index", () -> INDEX);
	}

	/** Another node with an OpenSearch index of its own (another alias on the same cluster). */
	@Override
	SearchIndex otherNodeIndex(Path directory) {
		assertThat(index).isInstanceOf(OpenSearchIndex.class);
		return OpenSearchIndex.connect(settings(INDEX + "-other"));
	}

	@Test
	void aSharedIndexIsFollowedByTheNodeHoldingItsLockAndTheNextGoesOnFromItsPosition() throws Exception {
		var id = publish(form("yaowen", "全州中华秋沙鸭越冬观测启动", "<p>观测秋沙鸭。</p>"));
		await().atMost(SOON).untilAsserted(() -> assertThat(ids(search("q=" + enc("秋沙鸭")))).contains(id));
		var alias = INDEX + "-shared";
		var first = OpenSearchIndex.connect(settings(alias));
		var second = OpenSearchIndex.connect(settings(alias));
		var firstNode = new SearchFeed(jdbc, first, content, documents, transactions, false);
		var secondNode = new SearchFeed(jdbc, second, content, documents, transactions, false);
		try (var connection = dataSource.getConnection()) {
			// another node is following this index: it holds the lock in its transaction
			connection.setAutoCommit(false);
			try (var lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
				lock.setLong(1, SearchFeed.followerLock(first.sharedName()));
				lock.execute();
			}
			firstNode.poll();
			assertThat(first.appliedChange()).isEqualTo(-1);
			assertThat(first.size()).isZero();
			connection.rollback();

			long latest = jdbc.sql("SELECT max(seq) FROM search_change").query(Long.class).single();
			firstNode.poll();
			assertThat(second.appliedChange()).isEqualTo(first.appliedChange()).isGreaterThanOrEqualTo(latest);
			assertThat(ids(second.search(SearchQuery.of("秋沙鸭")))).contains(id);

			// the other node goes on from the index's position (the withdrawal is recorded after its commit)
			act(reviewer2, id, "WITHDRAW", "重复发布");
			await().atMost(SOON).untilAsserted(() -> {
				secondNode.poll();
				assertThat(ids(first.search(SearchQuery.of("秋沙鸭")))).doesNotContain(id);
			});
			assertThat(first.appliedChange()).isGreaterThan(latest);
		}
		finally {
			firstNode.shutdown();
			secondNode.shutdown();
			first.close();
			second.close();
		}
	}

	static SearchProperties.OpenSearch settings(String alias) {
		return new SearchProperties.OpenSearch(List.of(URI.create(OpenSearchNode.shared().url())), alias, null, null);
	}
}
