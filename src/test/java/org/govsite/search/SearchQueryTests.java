package org.govsite.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.govsite.content.ArticleKind;
import org.govsite.content.Validity;
import org.govsite.shared.Refusal;
import org.junit.jupiter.api.Test;

/** Building Lucene queries from searches, and the limits of a search (plain tests, no Spring). */
class SearchQueryTests {

	final org.apache.lucene.analysis.Analyzer analyzer = SearchFields.analyzer();

	@Test
	void documentNumbersAreNormalisedForExactMatching() {
		assertThat(SearchQueries.normalizeDocumentNo("示政发〔2026〕9号")).isEqualTo("示政发〔2026〕9号");
		assertThat(SearchQueries.normalizeDocumentNo(" 示政发[2026]9号")).isEqualTo("示政发〔2026〕9号");
		assertThat(SearchQueries.normalizeDocumentNo("示政发【２０２６】９号")).isEqualTo("示政发〔2026〕9号");
		assertThat(SearchQueries.normalizeDocumentNo("示政发（2026） 9 号")).isEqualTo("示政发〔2026〕9号");
	}

	@Test
	void chineseTextNeedsEveryWordInSomeFieldOrTheExactDocumentNumber() {
		var query = SearchQueries.text("政府网站", analyzer).toString();
		assertThat(query).contains("+(", "(title:政府)^4.0", "(body:网站)", "(attachments:政府)^0.7", "(documentNoExact:政府网站)^10.0", "(title:\"政府 网站\"~1)^2.0",
				// and the titles that sound like it, for an input method's homophone slip
				"(pinyin:\"zheng fu wang zhan\")^1.5");
	}

	@Test
	void latinLettersAlsoTryThePinyinAndTheInitialsOfTitles() {
		assertThat(SearchQueries.text("zhengfuwangzhan", analyzer).toString())
			.contains("(pinyin:\"zheng fu wang zhan\")^3.0").doesNotContain("initials:");
		assertThat(SearchQueries.text("zfwz", analyzer).toString()).contains("(initials:\"z f w z\")^2.0");
		assertThat(SearchQueries.text("政府 -网站", analyzer).toString()).contains("-(");
	}

	@Test
	void filtersNeverScoreAndDatesAreWholeBeijingDays() {
		var search = new SearchQuery("通知", "2d7a2c0e-0000-0000-0000-000000000001", null, LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 3, 31), ArticleKind.POLICY, Validity.VALID, SearchSort.DATE, 0, 10);
		var query = (BooleanQuery) SearchQueries.build(search, analyzer);
		assertThat(query.clauses().stream().filter(clause -> clause.getOccur() == Occur.FILTER)).hasSize(4);
		assertThat(query.toString()).contains("#site:2d7a2c0e", "#kind:POLICY", "#validity:VALID",
				"published:[" + LocalDate.of(2026, 3, 1).atStartOfDay(org.govsite.shared.BeijingTime.ZONE).toInstant().toEpochMilli() + " TO "
						+ (LocalDate.of(2026, 4, 1).atStartOfDay(org.govsite.shared.BeijingTime.ZONE).toInstant().toEpochMilli() - 1) + "]");
	}

	@Test
	void anEmptyTextListsEverythingTheFiltersAllow() {
		assertThat(SearchQueries.text(" ", analyzer).toString()).isEqualTo("*:*");
	}

	@Test
	void badSearchesAreRefusedInChinese() {
		assertThatThrownBy(() -> new SearchQuery("a", null, null, null, null, null, null, SearchSort.RELEVANCE, 0, 101))
			.isInstanceOf(Refusal.class).hasMessage("每页条数须在 1 到 100 之间");
		assertThatThrownBy(() -> new SearchQuery("a", null, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), null,
				null, SearchSort.RELEVANCE, 0, 10)).hasMessage("起始日期不能晚于截止日期");
		assertThatThrownBy(() -> new SearchQuery("a", null, null, null, null, null, null, SearchSort.RELEVANCE, 1000, 100))
			.hasMessage("只能查看前 10000 条结果，请缩小检索范围");
	}
}
