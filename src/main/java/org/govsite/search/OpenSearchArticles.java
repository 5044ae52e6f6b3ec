package org.govsite.search;

import static org.govsite.search.SearchFields.*;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.lucene.analysis.Analyzer;
import org.govsite.content.ArticleId;
import org.govsite.content.ArticleKind;
import org.govsite.content.Validity;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An article as the OpenSearch index holds it: the facets, GovSite's words of every text ({@link AnalysedText}; indexed,
 * left out of {@code _source}), the title's pinyin and initials, and under {@value #ORIGINAL} the texts and names as
 * GovSite gave them (in {@code _source} only), from which a hit is a whole {@link SearchDocument} again.
 */
final class OpenSearchArticles {

	static final String ORIGINAL = "original";

	private OpenSearchArticles() {
	}

	/** The index's document: facets, GovSite's words of every text, the pinyin of the title, and the originals. */
	static Map<String, Object> source(Analyzer analyzer, SearchDocument document) {
		var source = new LinkedHashMap<String, Object>();
		source.put(ID, document.id().value().toString());
		source.put(SITE, document.siteId().value().toString());
		source.put(COLUMN, document.columnIds());
		source.put(KIND, document.kind().name());
		if (document.validity() != null) {
			source.put(VALIDITY, document.validity().name());
		}
		source.put(PUBLISHED, document.publishedAt().toEpochMilli());
		source.put(TITLE, AnalysedText.of(analyzer, TITLE, document.title()));
		source.put(BODY, AnalysedText.of(analyzer, BODY, document.body()));
		var documentNo = blankToNull(document.documentNo());
		if (documentNo != null) {
			source.put(DOCUMENT_NO, AnalysedText.of(analyzer, DOCUMENT_NO, documentNo));
			source.put(DOCUMENT_NO_EXACT, SearchQueries.normalizeDocumentNo(documentNo));
		}
		putWords(analyzer, source, SUMMARY, document.summary());
		putWords(analyzer, source, KEYWORDS, document.keywords());
		putWords(analyzer, source, AUTHORITY, document.issuingAuthority());
		putWords(analyzer, source, ATTACHMENTS, document.attachmentText());
		source.put(PINYIN, TitlePinyin.full(document.title()));
		source.put(INITIALS, TitlePinyin.initials(document.title()));
		var original = new LinkedHashMap<String, Object>();
		original.put("title", document.title());
		original.put("body", document.body());
		original.put("siteName", document.siteName());
		putIfPresent(original, "siteCode", document.siteCode());
		original.put("columnNames", document.columnNames());
		putIfPresent(original, "documentNo", document.documentNo());
		putIfPresent(original, "summary", document.summary());
		putIfPresent(original, "keywords", document.keywords());
		putIfPresent(original, "issuingAuthority", document.issuingAuthority());
		original.put("attachmentText", document.attachmentText());
		source.put(ORIGINAL, original);
		return source;
	}

	private static void putWords(Analyzer analyzer, Map<String, Object> source, String field, @Nullable String text) {
		if (blankToNull(text) != null) {
			source.put(field, AnalysedText.of(analyzer, field, text));
		}
	}

	private static void putIfPresent(Map<String, Object> map, String key, @Nullable Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}

	/** An article's {@code _source}: the facets as indexed and the original texts, from which it is whole again. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Article(String id, String site, @Nullable List<String> column, String kind, @Nullable String validity,
			long published, Original original) {

		SearchDocument document() {
			return new SearchDocument(new ArticleId(UUID.fromString(id)), new SiteId(UUID.fromString(site)),
					original.siteName(), original.siteCode(), column == null ? List.of() : column,
					original.columnNames() == null ? List.of() : original.columnNames(), ArticleKind.valueOf(kind),
					validity == null ? null : Validity.valueOf(validity), Instant.ofEpochMilli(published), original.title(),
					original.body(), original.documentNo(), original.summary(), original.keywords(),
					original.issuingAuthority(), original.attachmentText() == null ? "" : original.attachmentText());
		}
	}

	/** The texts and names of an article as GovSite gave them. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Original(String title, String body, String siteName, @Nullable String siteCode,
			@Nullable List<String> columnNames, @Nullable String documentNo, @Nullable String summary,
			@Nullable String keywords, @Nullable String issuingAuthority, @Nullable String attachmentText) {
	}
}
