package org.govsite.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The fields of an indexed article, the same in every adapter, and how their text is cut into words: Chinese text by
 * Lucene's smartcn analyzer, the title's pinyin and initials at whitespace. GovSite always analyses with this analyzer
 * itself, so both adapters hold the same words.
 */
final class SearchFields {

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

	private SearchFields() {
	}

	static Analyzer analyzer() {
		return new PerFieldAnalyzerWrapper(new SmartChineseAnalyzer(),
				Map.of(PINYIN, new WhitespaceAnalyzer(), INITIALS, new WhitespaceAnalyzer()));
	}
}
