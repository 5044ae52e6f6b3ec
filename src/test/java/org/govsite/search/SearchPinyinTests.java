package org.govsite.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The pinyin fields of titles and the reading of typed pinyin (plain tests, no Spring). */
class SearchPinyinTests {

	@Test
	void aTitleBecomesOneSyllablePerCharacterAndItsInitials() {
		assertThat(TitlePinyin.full("关于加强政府网站建设的通知")).isEqualTo("guan yu jia qiang zheng fu wang zhan jian she de tong zhi");
		assertThat(TitlePinyin.initials("关于加强政府网站建设的通知")).isEqualTo("g y j q z f w z j s d t z");
	}

	@Test
	void wordsDecidePolyphonicReadingsAndLatinRunsStayWhole() {
		assertThat(TitlePinyin.full("重庆市")).isEqualTo("chong qing shi");
		assertThat(TitlePinyin.full("银行")).isEqualTo("yin hang");
		assertThat(TitlePinyin.full("2026年GDP增长，《规划》")).isEqualTo("2026 nian gdp zeng zhang gui hua");
		assertThat(TitlePinyin.initials("2026年GDP增长")).isEqualTo("2026 n gdp z z");
	}

	@Test
	void typedPinyinIsSplitIntoTheFewestSyllables() {
		assertThat(TitlePinyin.syllables("zhengfuwangzhan")).contains(List.of("zheng", "fu", "wang", "zhan"));
		assertThat(TitlePinyin.syllables("ZhengFu WangZhan")).contains(List.of("zheng", "fu", "wang", "zhan"));
		assertThat(TitlePinyin.syllables("xian")).contains(List.of("xian"));
		assertThat(TitlePinyin.syllables("xi'an")).contains(List.of("xi", "an"));
		assertThat(TitlePinyin.syllables("fangan")).contains(List.of("fang", "an"));
		assertThat(TitlePinyin.syllables("zfwz")).isEmpty();
		assertThat(TitlePinyin.looksLikePinyin("zfwz")).isTrue();
		assertThat(TitlePinyin.looksLikePinyin("政府")).isFalse();
		assertThat(TitlePinyin.looksLikePinyin("2026")).isFalse();
	}

	@Test
	void aRunOfSyllablesOrInitialsIsLocatedInTheTitle() {
		var title = "关于加强政府网站建设的通知";
		assertThat(TitlePinyin.locate(title, List.of("zheng", "fu", "wang", "zhan"), false)).hasValueSatisfying(
				range -> assertThat(title.substring(range[0], range[1])).isEqualTo("政府网站"));
		assertThat(TitlePinyin.locate(title, List.of("z", "f", "w", "z"), true)).hasValueSatisfying(
				range -> assertThat(title.substring(range[0], range[1])).isEqualTo("政府网站"));
		assertThat(TitlePinyin.locate(title, List.of("ying", "huo"), false)).isEmpty();
	}

	@Test
	void aHomophoneTypoReadsLikeTheRightWords() {
		assertThat(TitlePinyin.readings("萤火冲")).isEqualTo(TitlePinyin.readings("萤火虫"));
	}
}
