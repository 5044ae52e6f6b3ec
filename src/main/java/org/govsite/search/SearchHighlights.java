package org.govsite.search;

import static org.govsite.search.SearchFields.ATTACHMENTS;
import static org.govsite.search.SearchFields.BODY;
import static org.govsite.search.SearchFields.SUMMARY;
import static org.govsite.search.SearchFields.TITLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The marked title and snippet of each hit of a page, the same for every adapter: HTML-escaped text whose only markup
 * is {@code <em>} around matched words, made by Lucene's unified highlighter from postings with offsets — the title
 * whole, the other fields in passages of about 120 characters cut at sentence ends; the snippet is the first of body,
 * attachments and summary with a match, else the body's opening; a pinyin query marks the title characters it stands
 * for. Passages are scored on the document's own statistics, so highlighting a page of documents indexed on their
 * own (as the OpenSearch adapter does) gives what highlighting them in the whole index gives.
 */
final class SearchHighlights {

	/** How much of a field the highlighter reads. */
	static final int MAX_LENGTH = 100_000;

	/** Stored text indexed with offsets, so that the highlighter needs no re-analysis. */
	static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

	static {
		TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		TEXT_WITH_OFFSETS.freeze();
	}

	private static final String[] FIELDS = { TITLE, BODY, ATTACHMENTS, SUMMARY };
	private static final int[] PASSAGES = { 1, 2, 2, 1 };

	private SearchHighlights() {
	}

	/** One hit's marks. */
	record Marked(String titleHtml, String snippetHtml) {
	}

	/** Marks for a page of hits of a Lucene index whose fields were added with {@link #addText}. */
	static List<Marked> of(IndexSearcher searcher, Analyzer analyzer, Query query, ScoreDoc[] page, List<String> titles,
			String text) throws IOException {
		if (page.length == 0) {
			return List.of();
		}
		var pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
		var highlights = new Highlighter(searcher, analyzer).highlightFields(FIELDS, query, pageDocs, PASSAGES);
		var marked = new ArrayList<Marked>();
		for (int i = 0; i < page.length; i++) {
			var titleHtml = pick(highlights.get(TITLE), i);
			if (titleHtml == null || !titleHtml.contains("<em>")) {
				titleHtml = pinyinHighlight(titles.get(i), text);
			}
			var snippet = firstMatching(i, highlights.get(BODY), highlights.get(ATTACHMENTS), highlights.get(SUMMARY));
			marked.add(new Marked(titleHtml, snippet));
		}
		return marked;
	}

	/**
	 * Marks for a page of hits found elsewhere: the whole documents are indexed in memory exactly as
	 * {@link LuceneSearchIndex} indexes them, and highlighted by the same code. Whole, because the highlighter marks
	 * only documents that match the whole query (Lucene's matches API), filters and all.
	 */
	static List<Marked> of(Analyzer analyzer, Query query, List<SearchDocument> page, String text) {
		if (page.isEmpty()) {
			return List.of();
		}
		try (var directory = new ByteBuffersDirectory();
				// no merges: documents keep the page's order
				var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setMergePolicy(NoMergePolicy.INSTANCE))) {
			for (var document : page) {
				writer.addDocument(LuceneSearchIndex.document(document));
			}
			writer.commit();
			try (var reader = DirectoryReader.open(directory)) {
				var docs = new ScoreDoc[page.size()];
				for (int i = 0; i < docs.length; i++) {
					docs[i] = new ScoreDoc(i, 1f);
				}
				return of(new IndexSearcher(reader), analyzer, query, docs,
						page.stream().map(SearchDocument::title).toList(), text);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Adds a highlightable text field when there is text. */
	static void addText(Document doc, String field, @Nullable String text) {
		if (text != null && !text.isBlank()) {
			doc.add(new Field(field, text, TEXT_WITH_OFFSETS));
		}
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
			var range = SearchSuggestions.pinyinRange(title, text);
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
	 * Escaped snippets with {@code <em>} marks only: the title whole, other fields in passages of about 120
	 * characters cut at sentence ends.
	 */
	private static final class Highlighter extends UnifiedHighlighter {

		Highlighter(IndexSearcher searcher, Analyzer analyzer) {
			super(UnifiedHighlighter.builder(searcher, analyzer)
				.withFormatter(new DefaultPassageFormatter("<em>", "</em>", "…", true))
				.withMaxLength(MAX_LENGTH));
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
