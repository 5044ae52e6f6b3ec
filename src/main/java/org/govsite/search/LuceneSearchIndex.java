package org.govsite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
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

	static final String ID = "id";
	static final String SITE = "site";
	static final String SITE_NAME = "siteName";
	static final String SITE_CODE = "siteCode";
	static final String COLUMN = "column";
	static final String COLUMN_NAME = "columnName";
	static final String KIND = "kind";
	static final String VALIDITY = "validity";
	static final String PUBLISHED = "published";
	static final String TITLE = "title";
	static final String BODY = "body";
	static final String DOCUMENT_NO = "documentNo";
	static final String DOCUMENT_NO_EXACT = "documentNoExact";
	static final String SUMMARY = "summary";
	static final String KEYWORDS = "keywords";
	static final String AUTHORITY = "authority";
	static final String ATTACHMENTS = "attachments";
	static final String PINYIN = "pinyin";
	static final String INITIALS = "initials";
	static final String APPLIED_CHANGE = "govsite.search.appliedChange";

	/** Stored text indexed with offsets, so that the highlighter needs no re-analysis. */
	private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

	static {
		TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		TEXT_WITH_OFFSETS.freeze();
	}

	private final Analyzer analyzer;
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private volatile long appliedChange;

	LuceneSearchIndex(Path directory) {
		this.analyzer = analyzer();
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

	static Analyzer analyzer() {
		return new PerFieldAnalyzerWrapper(new SmartChineseAnalyzer(),
				Map.of(PINYIN, new WhitespaceAnalyzer(), INITIALS, new WhitespaceAnalyzer()));
	}

	Analyzer analyzerForTests() {
		return analyzer;
	}

	@Override
	public synchronized void index(SearchDocument document) {
		try {
			writer.updateDocument(new Term(ID, document.id().value().toString()), toLucene(document));
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

	private static Document toLucene(SearchDocument document) {
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
		doc.add(new Field(TITLE, document.title(), TEXT_WITH_OFFSETS));
		doc.add(new Field(BODY, document.body(), TEXT_WITH_OFFSETS));
		if (document.documentNo() != null && !document.documentNo().isBlank()) {
			doc.add(new Field(DOCUMENT_NO, document.documentNo(), TEXT_WITH_OFFSETS));
			doc.add(new StringField(DOCUMENT_NO_EXACT, SearchQueries.normalizeDocumentNo(document.documentNo()),
					Field.Store.NO));
		}
		addText(doc, SUMMARY, document.summary());
		addText(doc, KEYWORDS, document.keywords());
		addText(doc, AUTHORITY, document.issuingAuthority());
		addText(doc, ATTACHMENTS, document.attachmentText());
		doc.add(new TextField(PINYIN, TitlePinyin.full(document.title()), Field.Store.NO));
		doc.add(new TextField(INITIALS, TitlePinyin.initials(document.title()), Field.Store.NO));
		return doc;
	}

	private static void addText(Document doc, String field, @Nullable String text) {
		if (text != null && !text.isBlank()) {
			doc.add(new Field(field, text, TEXT_WITH_OFFSETS));
		}
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
		if (page.length == 0) {
			return List.of();
		}
		var pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
		var highlighter = new Highlighter(searcher, analyzer);
		var fields = new String[] { TITLE, BODY, ATTACHMENTS, SUMMARY };
		Map<String, String[]> highlights = highlighter.highlightFields(fields, query, pageDocs, new int[] { 1, 2, 2, 1 });
		var stored = searcher.storedFields();
		var hits = new ArrayList<SearchHit>();
		for (int i = 0; i < page.length; i++) {
			var doc = stored.document(page[i].doc);
			var title = doc.get(TITLE);
			var titleHtml = pick(highlights.get(TITLE), i);
			if (titleHtml == null || !titleHtml.contains("<em>")) {
				titleHtml = pinyinHighlight(title, text);
			}
			var snippet = firstMatching(i, highlights.get(BODY), highlights.get(ATTACHMENTS), highlights.get(SUMMARY));
			var validity = doc.get(VALIDITY);
			hits.add(new SearchHit(new ArticleId(UUID.fromString(doc.get(ID))), title, titleHtml, snippet,
					new SiteId(UUID.fromString(doc.get(SITE))), doc.get(SITE_NAME), doc.get(SITE_CODE),
					List.of(doc.getValues(COLUMN_NAME)), ArticleKind.valueOf(doc.get(KIND)),
					validity == null ? null : Validity.valueOf(validity), doc.get(DOCUMENT_NO),
					Instant.ofEpochMilli(doc.getField(PUBLISHED).numericValue().longValue()),
					Float.isNaN(page[i].score) ? 0f : page[i].score, null));
		}
		return hits;
	}

	private static @Nullable String pick(String @Nullable [] values, int i) {
		return values == null || values[i] == null || values[i].isBlank() ? null : values[i];
	}

	/** The first field snippet with a match; else the body's opening. */
	@SafeVarargs
	private static String firstMatching(int i, String @Nullable []... fields) {
		for (var field : fields) {
			var value = pick(field, i);
			if (value != null && value.contains("<em>")) {
				return value;
			}
		}
		var body = pick(fields[0], i);
		return body == null ? "" : body;
	}

	/** The title escaped, with the run of characters a pinyin query stands for marked. */
	static String pinyinHighlight(String title, String text) {
		if (TitlePinyin.looksLikePinyin(text)) {
			var range = TitlePinyin.syllables(text).flatMap(syllables -> TitlePinyin.locate(title, syllables, false))
				.or(() -> TitlePinyin.locate(title, SearchQueries.initials(text), true));
			if (range.isPresent()) {
				int[] r = range.get();
				return escape(title.substring(0, r[0])) + "<em>" + escape(title.substring(r[0], r[1])) + "</em>"
						+ escape(title.substring(r[1]));
			}
		}
		return escape(title);
	}

	static String escape(String text) {
		var out = new StringBuilder(text.length() + 16);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#x27;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * A query that found nothing: titles that sound the same. The query's pinyin (its characters' readings, or the
	 * syllables typed) is looked for as a phrase in the title pinyin, under the same filters; the best title's matching
	 * characters are the suggestion (萤火冲 → 萤火虫, a homophone typo from a pinyin input method).
	 */
	private @Nullable String correction(IndexSearcher searcher, SearchQuery query) throws IOException {
		var text = query.text();
		List<String> readings = TitlePinyin.looksLikePinyin(text) ? TitlePinyin.syllables(text).orElse(List.of())
				: TitlePinyin.readings(text);
		if (readings.isEmpty() || (readings.size() == 1 && !TitlePinyin.looksLikePinyin(text) && text.length() < 2)) {
			return null;
		}
		var builder = new BooleanQuery.Builder().add(SearchQueries.phrase(PINYIN, readings), Occur.MUST);
		SearchQueries.filters(query, builder);
		var top = searcher.search(builder.build(), 5);
		for (var hit : top.scoreDocs) {
			var title = searcher.storedFields().document(hit.doc).get(TITLE);
			var range = TitlePinyin.locate(title, readings, false);
			if (range.isPresent()) {
				var words = title.substring(range.get()[0], range.get()[1]);
				if (!words.equalsIgnoreCase(text)) {
					return words;
				}
			}
		}
		return null;
	}

	/** A pinyin query that matched titles: the title words it stands for (zfwz → 政府网站). */
	private @Nullable String pinyinReading(IndexSearcher searcher, SearchQuery query, TopDocs top) throws IOException {
		var text = query.text();
		if (!TitlePinyin.looksLikePinyin(text) || top.scoreDocs.length == 0) {
			return null;
		}
		var title = searcher.storedFields().document(top.scoreDocs[0].doc).get(TITLE);
		var range = TitlePinyin.syllables(text).flatMap(syllables -> TitlePinyin.locate(title, syllables, false))
			.or(() -> TitlePinyin.locate(title, SearchQueries.initials(text), true));
		return range.map(r -> title.substring(r[0], r[1])).filter(words -> !words.equalsIgnoreCase(text)).orElse(null);
	}

	/**
	 * Escaped snippets with {@code <em>} marks only: the title whole, other fields in passages of about 120
	 * characters cut at sentence ends.
	 */
	private static final class Highlighter extends UnifiedHighlighter {

		Highlighter(IndexSearcher searcher, Analyzer analyzer) {
			super(UnifiedHighlighter.builder(searcher, analyzer)
				.withFormatter(new DefaultPassageFormatter("<em>", "</em>", "…", true))
				.withMaxLength(100_000));
		}

		@Override
		protected BreakIterator getBreakIterator(String field) {
			if (field.equals(TITLE)) {
				return new WholeBreakIterator();
			}
			return LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.CHINA), 120, 0.5f);
		}
	}
}
