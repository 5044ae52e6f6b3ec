package org.govsite.search;

import static org.govsite.search.SearchFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;
import org.govsite.content.ArticleId;
import org.govsite.content.ArticleKind;
import org.govsite.content.Validity;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * The Lucene adapter of {@link SearchIndex}: one index per node under {@code <data-dir>/search/lucene}; Chinese text
 * analysed by smartcn, pinyin fields by whitespace; the change-feed position lives in the commit user data, written
 * in the same commit as the documents. Writes are serialised (one writer thread: the change-feed poller); searches
 * run concurrently on the last committed point in time.
 */
final class LuceneSearchIndex implements SearchIndex, AutoCloseable {

	static final String APPLIED_CHANGE = "govsite.search.appliedChange";

	private final Analyzer analyzer;
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private volatile long appliedChange;

	LuceneSearchIndex(Path directory) {
		this.analyzer = SearchFields.analyzer();
		try {
			var config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
				.setRAMBufferSizeMB(64);
			this.writer = new IndexWriter(FSDirectory.open(directory), config);
			this.searchers = new SearcherManager(writer, null);
			var committed = DirectoryReader.indexExists(writer.getDirectory());
			long applied = -1;
			if (committed) {
				var data = writer.getLiveCommitData();
				if (data != null) {
					for (var entry : data) {
						if (entry.getKey().equals(APPLIED_CHANGE)) {
							applied = Long.parseLong(entry.getValue());
						}
					}
				}
			}
			this.appliedChange = applied;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot open the search index in " + directory, e);
		}
	}

	@Override
	public synchronized void index(SearchDocument document) {
		try {
			writer.updateDocument(new Term(ID, document.id().value().toString()), document(document));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public synchronized void remove(ArticleId id) {
		try {
			writer.deleteDocuments(new Term(ID, id.value().toString()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public synchronized void commit(long appliedChange) {
		try {
			writer.setLiveCommitData(Map.of(APPLIED_CHANGE, Long.toString(appliedChange)).entrySet());
			writer.commit();
			searchers.maybeRefreshBlocking();
			this.appliedChange = appliedChange;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public long appliedChange() {
		return appliedChange;
	}

	@Override
	public synchronized void rebuild(Consumer<Consumer<SearchDocument>> source, long appliedChange) {
		try {
			writer.deleteAll();
			source.accept(this::index);
			commit(appliedChange);
		}
		catch (IOException | RuntimeException e) {
			try {
				writer.rollback();
			}
			catch (IOException ignored) {
				// the writer is closed; the last commit is intact on disk
			}
			throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
		}
	}

	@Override
	public long size() {
		try {
			var searcher = searchers.acquire();
			try {
				return searcher.getIndexReader().numDocs();
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Closes under the same monitor as index, remove and commit, so that a shutdown never interrupts a commit the
	 * search feed is making; if closing still fails, the writer is rolled back, which releases the index lock.
	 */
	@Override
	public synchronized void close() throws IOException {
		try {
			searchers.close();
		}
		finally {
			try {
				writer.close();
			}
			catch (IOException | RuntimeException e) {
				writer.rollback();
			}
		}
	}

	/** The Lucene document of an article (also what {@link SearchHighlights} highlights other adapters' hits in). */
	static Document document(SearchDocument document) {
		var doc = new Document();
		doc.add(new StringField(ID, document.id().value().toString(), Field.Store.YES));
		doc.add(new StringField(SITE, document.siteId().value().toString(), Field.Store.YES));
		doc.add(new StoredField(SITE_NAME, document.siteName()));
		if (document.siteCode() != null) {
			doc.add(new StoredField(SITE_CODE, document.siteCode()));
		}
		document.columnIds().forEach(column -> doc.add(new StringField(COLUMN, column, Field.Store.NO)));
		document.columnNames().forEach(name -> doc.add(new StoredField(COLUMN_NAME, name)));
		doc.add(new StringField(KIND, document.kind().name(), Field.Store.YES));
		if (document.validity() != null) {
			doc.add(new StringField(VALIDITY, document.validity().name(), Field.Store.YES));
		}
		long published = document.publishedAt().toEpochMilli();
		doc.add(new LongPoint(PUBLISHED, published));
		doc.add(new NumericDocValuesField(PUBLISHED, published));
		doc.add(new StoredField(PUBLISHED, published));
		doc.add(new Field(TITLE, document.title(), SearchHighlights.TEXT_WITH_OFFSETS));
		doc.add(new Field(BODY, document.body(), SearchHighlights.TEXT_WITH_OFFSETS));
		if (document.documentNo() != null && !document.documentNo().isBlank()) {
			doc.add(new Field(DOCUMENT_NO, document.documentNo(), SearchHighlights.TEXT_WITH_OFFSETS));
			doc.add(new StringField(DOCUMENT_NO_EXACT, SearchQueries.normalizeDocumentNo(document.documentNo()),
					Field.Store.NO));
		}
		SearchHighlights.addText(doc, SUMMARY, document.summary());
		SearchHighlights.addText(doc, KEYWORDS, document.keywords());
		SearchHighlights.addText(doc, AUTHORITY, document.issuingAuthority());
		SearchHighlights.addText(doc, ATTACHMENTS, document.attachmentText());
		doc.add(new TextField(PINYIN, TitlePinyin.full(document.title()), Field.Store.NO));
		doc.add(new TextField(INITIALS, TitlePinyin.initials(document.title()), Field.Store.NO));
		return doc;
	}

	@Override
	public SearchResults search(SearchQuery query) {
		var lucene = SearchQueries.build(query, analyzer);
		try {
			var searcher = searchers.acquire();
			try {
				int wanted = (query.page() + 1) * query.size();
				var sort = query.sort() == SearchSort.DATE || query.text().isBlank()
						? new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true), SortField.FIELD_SCORE)
						: new Sort(SortField.FIELD_SCORE, new SortField(PUBLISHED, SortField.Type.LONG, true));
				TopDocs top = searcher.search(lucene, wanted, sort, true);
				long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value
						: searcher.count(lucene);
				var page = Arrays.copyOfRange(top.scoreDocs, Math.min(query.page() * query.size(), top.scoreDocs.length),
						top.scoreDocs.length);
				var hits = hits(searcher, lucene, page, query.text());
				String suggestion = null;
				if (!query.text().isBlank()) {
					suggestion = total == 0 ? correction(searcher, query) : pinyinReading(searcher, query, top);
				}
				return new SearchResults(total, query.page(), query.size(), hits, suggestion);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private List<SearchHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page, String text) throws IOException {
		var stored = searcher.storedFields();
		var docs = new ArrayList<Document>();
		for (var hit : page) {
			docs.add(stored.document(hit.doc));
		}
		var marked = SearchHighlights.of(searcher, analyzer, query, page, docs.stream().map(doc -> doc.get(TITLE)).toList(),
				text);
		var hits = new ArrayList<SearchHit>();
		for (int i = 0; i < page.length; i++) {
			var doc = docs.get(i);
			var validity = doc.get(VALIDITY);
			hits.add(new SearchHit(new ArticleId(UUID.fromString(doc.get(ID))), doc.get(TITLE), marked.get(i).titleHtml(),
					marked.get(i).snippetHtml(), new SiteId(UUID.fromString(doc.get(SITE))), doc.get(SITE_NAME),
					doc.get(SITE_CODE), List.of(doc.getValues(COLUMN_NAME)), ArticleKind.valueOf(doc.get(KIND)),
					validity == null ? null : Validity.valueOf(validity), doc.get(DOCUMENT_NO),
					Instant.ofEpochMilli(doc.getField(PUBLISHED).numericValue().longValue()),
					Float.isNaN(page[i].score) ? 0f : page[i].score, null));
		}
		return hits;
	}

	/** A query that found nothing: title words that sound the same ({@link SearchSuggestions#correction}). */
	private @Nullable String correction(IndexSearcher searcher, SearchQuery query) throws IOException {
		var readings = SearchSuggestions.correctionReadings(query.text());
		if (readings.isEmpty()) {
			return null;
		}
		var top = searcher.search(SearchSuggestions.correctionQuery(query, readings), SearchSuggestions.CORRECTION_TITLES);
		var titles = new ArrayList<String>();
		for (var hit : top.scoreDocs) {
			titles.add(searcher.storedFields().document(hit.doc).get(TITLE));
		}
		return SearchSuggestions.correction(titles, readings, query.text());
	}

	/** A query that matched titles by their sound: the title words it stands for (zfwz, 萤火冲 → 萤火虫). */
	private @Nullable String pinyinReading(IndexSearcher searcher, SearchQuery query, TopDocs top) throws IOException {
		if (top.scoreDocs.length == 0) {
			return null;
		}
		return SearchSuggestions.pinyinReading(searcher.storedFields().document(top.scoreDocs[0].doc).get(TITLE),
				query.text());
	}
}
