package org.govsite.search;

import static org.govsite.search.SearchFields.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.apache.lucene.analysis.Analyzer;
import org.govsite.content.ArticleId;
import org.jspecify.annotations.Nullable;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The OpenSearch adapter of {@link SearchIndex} ({@code govsite.search.engine=opensearch}): one index in an OpenSearch
 * 2.x cluster for every node, through the official {@code opensearch-java} client over Apache HttpClient 5, giving the
 * results the Lucene adapter gives.
 *
 * <p><b>Chinese analysis: GovSite's, not a plugin's.</b> Each text is cut into words by the same smartcn analyzer the
 * Lucene adapter uses ({@link SearchFields#analyzer()}, on GovSite's classpath) and sent as words separated by spaces,
 * with a gap token where the analyzer dropped a stop word or punctuation ({@link AnalysedText}); the index's
 * {@code govsite_words} analyzer (whitespace tokenizer, stop filter for the gap token, both bundled with every
 * OpenSearch) restores the same words at the same positions. Queries are the Lucene queries {@link SearchQueries}
 * builds, said in OpenSearch's language ({@link OpenSearchQueries}). So both adapters hold the same terms, positions
 * and field lengths and run the same queries, and no analysis plugin (smartcn, IK) has to be installed on the cluster
 * or kept in step with GovSite. The original texts are kept in {@code _source} (under {@code original}, not indexed;
 * the word fields are left out of {@code _source}); titles and snippets are highlighted by GovSite with the Lucene
 * adapter's code on the page's documents indexed again in memory ({@link SearchHighlights}), suggestions chosen by
 * the same code ({@link SearchSuggestions}).
 *
 * <p><b>Versions behind an alias.</b> {@code govsite.search.opensearch.index} names an alias; the data lives in an index
 * {@code <alias>-<version>} (one shard, so that term statistics and scores are Lucene's; a replica as soon as a second
 * data node exists; no periodic refresh). {@link #rebuild} fills a new version and moves the alias in one atomic
 * request, then deletes the old version: searches see the old index until the new one is complete.
 *
 * <p><b>Writes and the change-feed position.</b> {@link #index} and {@link #remove} are held in memory until
 * {@link #commit}, which sends them in bulk requests through the alias with the position document
 * ({@value #APPLIED_CHANGE_ID}) last, and refreshes with the last request: the documents and the position become
 * visible together, and OpenSearch's translog makes them durable in that order (one shard executes a bulk in order),
 * so a crash can leave documents without their position (applied again) but never a position without its documents.
 * A document that OpenSearch refuses is logged and skipped, as the feed skips an article it cannot read; a refused
 * position fails the commit. {@link #appliedChange} is read from the index every time.
 *
 * <p><b>Several GovSite nodes.</b> They share the index, so one node at a time follows the change feed into it
 * ({@link #sharedName()}: {@link SearchFeed} holds a PostgreSQL advisory lock named after the alias while it polls);
 * the position is the index's, so whichever node holds the lock next goes on from where the last one stopped.
 */
final class OpenSearchIndex implements SearchIndex, AutoCloseable {

	static final String APPLIED_CHANGE_ID = "govsite-applied-change";
	static final String APPLIED_CHANGE = "appliedChange";

	private static final Logger log = LoggerFactory.getLogger(OpenSearchIndex.class);
	/** Characters of text per bulk request (tokens and originals of Chinese text: well under OpenSearch's 100 MB). */
	private static final long BULK_CHARS = 4_000_000;
	private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
		.withZone(ZoneOffset.UTC);
	/** Articles, not the position document. */
	private static final Query ARTICLES = Query.of(q -> q.exists(e -> e.field(ID)));

	private final OpenSearchTransport transport;
	private final OpenSearchClient client;
	private final String alias;
	private final Analyzer analyzer = SearchFields.analyzer();
	private final List<Pending> pending = new ArrayList<>();
	private volatile boolean opened;

	OpenSearchIndex(OpenSearchTransport transport, String alias) {
		this.transport = transport;
		this.client = new OpenSearchClient(transport);
		this.alias = alias;
	}

	/** A client of the cluster the settings name (nothing is sent before the first use). */
	static OpenSearchIndex connect(SearchProperties.OpenSearch settings) {
		var hosts = settings.urls().stream()
			.map(url -> new HttpHost(url.getScheme(), url.getHost(),
					url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80))
			.toArray(HttpHost[]::new);
		if (hosts.length == 0) {
			throw new IllegalStateException("govsite.search.opensearch.urls names no OpenSearch node");
		}
		var builder = ApacheHttpClient5TransportBuilder.builder(hosts);
		var path = settings.urls().get(0).getPath();
		if (path != null && !path.isEmpty() && !path.equals("/")) {
			builder.setPathPrefix(path);
		}
		var username = settings.username();
		if (username != null && !username.isBlank()) {
			var password = settings.password() == null ? new char[0] : settings.password().toCharArray();
			builder.setHttpClientConfigCallback(http -> {
				var credentials = new BasicCredentialsProvider();
				for (var host : hosts) {
					credentials.setCredentials(new AuthScope(host), new UsernamePasswordCredentials(username, password));
				}
				return http.setDefaultCredentialsProvider(credentials);
			});
		}
		return new OpenSearchIndex(builder.build(), settings.index());
	}

	/**
	 * Creates the first version behind the alias when there is none and makes what was written before visible, on first
	 * use rather than at start: GovSite starts while the cluster is unreachable, and searches and the feed fail (and
	 * the feed retries) until it answers.
	 */
	private void open() {
		if (opened) {
			return;
		}
		synchronized (this) {
			if (opened) {
				return;
			}
			call(() -> {
				if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
					if (client.indices().exists(e -> e.index(alias)).value()) {
						throw new IllegalStateException("OpenSearch has an index named " + alias
								+ ": govsite.search.opensearch.index must name an alias that GovSite manages (its data lives in "
								+ alias + "-<version>)");
					}
					create(alias + "-1", true);
				}
				client.indices().refresh(r -> r.index(alias));
				return null;
			});
			opened = true;
		}
	}

	@Override
	public synchronized void index(SearchDocument document) {
		open();
		pending.add(indexing(document));
	}

	private Pending indexing(SearchDocument document) {
		var source = OpenSearchArticles.source(analyzer, document);
		long chars = document.title().length() + document.body().length() + document.attachmentText().length();
		return new Pending(BulkOperation.of(o -> o.index(i -> i.id(document.id().value().toString()).document(source))),
				chars * 2);
	}

	@Override
	public synchronized void remove(ArticleId id) {
		open();
		pending.add(new Pending(BulkOperation.of(o -> o.delete(d -> d.id(id.value().toString()))), 0));
	}

	@Override
	public synchronized void commit(long appliedChange) {
		open();
		try {
			var operations = new ArrayList<>(pending);
			operations.add(position(appliedChange));
			var versions = write(alias, operations);
			if (versions.size() > 1) {
				// only a rebuild moves the alias, and the node following the feed does both: never while it commits
				throw new IllegalStateException("The search index " + alias + " moved to another version during a commit "
						+ versions + "; the feed applies the changes again");
			}
		}
		finally {
			pending.clear();
		}
	}

	@Override
	public long appliedChange() {
		open();
		return call(() -> {
			var position = client.get(g -> g.index(alias).id(APPLIED_CHANGE_ID), Position.class);
			return position.found() && position.source() != null ? position.source().appliedChange() : -1L;
		});
	}

	@Override
	public synchronized void rebuild(Consumer<Consumer<SearchDocument>> source, long appliedChange) {
		open();
		pending.clear();
		var version = alias + "-" + VERSION.format(Instant.now());
		call(() -> create(version, false));
		try {
			var batch = new ArrayList<Pending>();
			long[] chars = { 0 };
			source.accept(document -> {
				var added = indexing(document);
				batch.add(added);
				chars[0] += added.chars();
				if (chars[0] >= BULK_CHARS) {
					write(version, batch);
					batch.clear();
					chars[0] = 0;
				}
			});
			batch.add(position(appliedChange));
			write(version, batch);
			swap(version);
		}
		catch (RuntimeException e) {
			try {
				client.indices().delete(d -> d.index(version));
			}
			catch (IOException | RuntimeException cleanup) {
				log.warn("Cannot delete the unfinished search index {}: {}", version, cleanup.toString());
			}
			throw e;
		}
		finally {
			pending.clear();
		}
	}

	/** Moves the alias to the new version in one request, then deletes the versions it named before. */
	private void swap(String version) {
		call(() -> {
			Set<String> old = new HashSet<>();
			try {
				old.addAll(client.indices().getAlias(a -> a.name(alias)).result().keySet());
			}
			catch (OpenSearchException e) {
				if (e.status() != 404) {
					throw e;
				}
			}
			client.indices().updateAliases(u -> {
				old.forEach(index -> u.actions(a -> a.remove(r -> r.index(index).alias(alias))));
				return u.actions(a -> a.add(add -> add.index(version).alias(alias)));
			});
			for (var index : old) {
				try {
					client.indices().delete(d -> d.index(index));
				}
				catch (OpenSearchException e) {
					log.warn("Cannot delete the replaced search index {}: {}", index, e.toString());
				}
			}
			return null;
		});
	}

	@Override
	public SearchResults search(SearchQuery query) {
		open();
		var lucene = SearchQueries.build(query, analyzer);
		var response = find(lucene, query, query.page() * query.size(), query.size());
		long total = response.hits().total() == null ? response.hits().hits().size() : response.hits().total().value();
		var found = response.hits().hits();
		var documents = found.stream().map(hit -> hit.source().document()).toList();
		var marked = SearchHighlights.of(analyzer, lucene, documents, query.text());
		var hits = new ArrayList<SearchHit>();
		for (int i = 0; i < found.size(); i++) {
			var document = documents.get(i);
			var score = found.get(i).score();
			hits.add(new SearchHit(document.id(), document.title(), marked.get(i).titleHtml(), marked.get(i).snippetHtml(),
					document.siteId(), document.siteName(), document.siteCode(), document.columnNames(), document.kind(),
					document.validity(), OpenSearchArticles.blankToNull(document.documentNo()), document.publishedAt(),
					score == null ? 0f : (float) (score / OpenSearchQueries.LEGACY_BM25), null));
		}
		String suggestion = null;
		if (!query.text().isBlank()) {
			suggestion = total == 0 ? correction(query) : pinyinReading(query, lucene, found);
		}
		return new SearchResults(total, query.page(), query.size(), hits, suggestion);
	}

	private SearchResponse<OpenSearchArticles.Article> find(org.apache.lucene.search.Query lucene, SearchQuery query, int from, int size) {
		var sort = sort(query);
		return call(() -> client.search(s -> s.index(alias)
			.query(q -> q.bool(b -> b.must(OpenSearchQueries.of(lucene)).filter(ARTICLES)))
			.from(from)
			.size(size)
			.sort(sort)
			.trackScores(true)
			.trackTotalHits(t -> t.enabled(true)), OpenSearchArticles.Article.class));
	}

	/** As the Lucene adapter sorts: newest first (then score) for dates or an empty text, else score then newest. */
	private static List<SortOptions> sort(SearchQuery query) {
		var newest = SortOptions.of(s -> s.field(f -> f.field(PUBLISHED).order(SortOrder.Desc)));
		var best = SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc)));
		return query.sort() == SearchSort.DATE || query.text().isBlank() ? List.of(newest, best) : List.of(best, newest);
	}

	/** A query that found nothing: title words that sound the same ({@link SearchSuggestions#correction}). */
	private @Nullable String correction(SearchQuery query) {
		var readings = SearchSuggestions.correctionReadings(query.text());
		if (readings.isEmpty()) {
			return null;
		}
		var titles = call(() -> client.search(s -> s.index(alias)
			.query(q -> q.bool(b -> b.must(OpenSearchQueries.of(SearchSuggestions.correctionQuery(query, readings)))
				.filter(ARTICLES)))
			.size(SearchSuggestions.CORRECTION_TITLES)
			.source(src -> src.filter(f -> f.includes(OpenSearchArticles.ORIGINAL + ".title"))), OpenSearchArticles.Article.class)).hits().hits().stream()
			.map(hit -> hit.source().original().title()).toList();
		return SearchSuggestions.correction(titles, readings, query.text());
	}

	/** A query that matched titles by their sound: the words of the first result's title it stands for. */
	private @Nullable String pinyinReading(SearchQuery query, org.apache.lucene.search.Query lucene,
			List<Hit<OpenSearchArticles.Article>> page) {
		if (!TitlePinyin.looksLikePinyin(query.text()) && SearchQueries.chineseReadings(query.text()).size() < 3) {
			return null;
		}
		var first = query.page() == 0 ? page : find(lucene, query, 0, 1).hits().hits();
		return first.isEmpty() ? null
				: SearchSuggestions.pinyinReading(first.get(0).source().original().title(), query.text());
	}

	/** Every node using this alias shares the index; the alias names it (whatever addresses a node reaches it by). */
	@Override
	public String sharedName() {
		return "opensearch:" + alias;
	}

	@Override
	public long size() {
		open();
		return call(() -> client.count(c -> c.index(alias).query(ARTICLES)).count());
	}

	@Override
	public void close() throws IOException {
		transport.close();
	}

	private static Pending position(long appliedChange) {
		return new Pending(BulkOperation.of(o -> o.index(i -> i.id(APPLIED_CHANGE_ID)
			.document(Map.of(APPLIED_CHANGE, appliedChange)))), 0);
	}

	/**
	 * Sends the operations in bulk requests of about {@link #BULK_CHARS} (through the alias: it must exist), the
	 * position document last, and refreshes with the last request. Returns the versions the requests reached.
	 */
	private Set<String> write(String target, List<Pending> operations) {
		var versions = new HashSet<String>();
		int start = 0;
		while (start < operations.size()) {
			int end = start;
			long chars = 0;
			while (end < operations.size() && (end == start || chars + operations.get(end).chars() <= BULK_CHARS)) {
				chars += operations.get(end).chars();
				end++;
			}
			var chunk = operations.subList(start, end).stream().map(Pending::operation).toList();
			boolean last = end == operations.size();
			var response = call(() -> client.bulk(b -> b.index(target)
				.requireAlias(target.equals(alias))
				.refresh(last ? Refresh.True : Refresh.False)
				.operations(chunk)));
			for (var item : response.items()) {
				versions.add(item.index());
				if (item.error() != null) {
					if (APPLIED_CHANGE_ID.equals(item.id())) {
						throw new IllegalStateException("OpenSearch refused the search index's position: "
								+ item.error().type() + ": " + item.error().reason());
					}
					// as the feed does with an article it cannot read: logged, skipped, retried by a rebuild
					log.warn("Cannot index article {}: {}: {}", item.id(), item.error().type(), item.error().reason());
				}
			}
			start = end;
		}
		return versions;
	}

	/** Creates a version of the index from {@code opensearch-index.json}, behind the alias at once if asked. */
	private Void create(String version, boolean behindAlias) throws IOException {
		JsonObject definition;
		try (InputStream in = OpenSearchIndex.class.getResourceAsStream("opensearch-index.json");
				var reader = Json.createReader(in)) {
			definition = reader.readObject();
		}
		if (behindAlias) {
			definition = Json.createObjectBuilder(definition)
				.add("aliases", Json.createObjectBuilder().add(alias, JsonValue.EMPTY_JSON_OBJECT))
				.build();
		}
		var request = Requests.builder().method("PUT").endpoint("/" + version).json(definition).build();
		try (var response = client.generic().execute(request)) {
			if (response.getStatus() >= 300) {
				var body = response.getBody().map(b -> b.bodyAsString()).orElse("");
				if (behindAlias && body.contains("resource_already_exists_exception")) {
					// another node created the first version at the same moment
					return null;
				}
				throw new IllegalStateException("Cannot create the search index " + version + ": " + response.getStatus()
						+ " " + body);
			}
		}
		return null;
	}

	private static <T> T call(IoCall<T> call) {
		try {
			return call.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("OpenSearch did not answer: " + e.getMessage(), e);
		}
	}

	private interface IoCall<T> {
		T run() throws IOException;
	}

	/** An operation waiting for the commit, with the characters of text it carries. */
	private record Pending(BulkOperation operation, long chars) {
	}

	/** The position document. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Position(long appliedChange) {
	}
}
