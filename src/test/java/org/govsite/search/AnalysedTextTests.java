package org.govsite.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Text cut into words by GovSite for OpenSearch (plain tests, no Spring, no OpenSearch). */
class AnalysedTextTests {

	final org.apache.lucene.analysis.Analyzer analyzer = SearchFields.analyzer();

	@Test
	void wordsAreSeparatedBySpacesAndDroppedPunctuationLeavesAGap() {
		assertThat(AnalysedText.of(analyzer, SearchFields.TITLE, "政府，网站建设。提升"))
			.isEqualTo("政府 GAP 网站 建设 GAP 提升");
		assertThat(AnalysedText.of(analyzer, SearchFields.BODY, "Quarterly Reports")).isEqualTo("quarterli report");
		assertThat(AnalysedText.of(analyzer, SearchFields.BODY, "")).isEmpty();
	}

	@Test
	void aPhraseKeepsTheGapsBetweenItsWords() {
		assertThat(AnalysedText.phrase(List.of("建设", "提升"), new int[] { 3, 5 })).isEqualTo("建设 GAP 提升");
		assertThat(AnalysedText.phrase(List.of("建设", "提升"), new int[] { 0, 1 })).isEqualTo("建设 提升");
	}

	@Test
	void aWordWithWhitespaceInItIsSentAsItsCodes() {
		assertThat(AnalysedText.of(analyzer, SearchFields.BODY, "解读\u2003政策")).isEqualTo("解读 WS2003 政策");
		assertThat(AnalysedText.term("\u001c")).isEqualTo("WS001c");
		assertThat(AnalysedText.term("政策")).isEqualTo("政策");
	}
}
