package org.govsite.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 文种 of a document is the last word of its title, a bracketed remark aside; the longest ending wins. */
class DocumentGenreTests {

	@Test
	void theGenreIsReadFromTheEndOfTheTitle() {
		assertThat(DocumentGenre.of("示例自治州人民政府关于印发《政府网站管理办法》的通知")).isEqualTo(DocumentGenre.NOTICE);
		assertThat(DocumentGenre.of("关于进一步加强政府网站管理的意见（试行）")).isEqualTo(DocumentGenre.OPINION);
		assertThat(DocumentGenre.of("关于2025年度政府网站检查情况的通报 ")).isEqualTo(DocumentGenre.CIRCULAR);
		assertThat(DocumentGenre.of("示例自治州人民政府令")).isEqualTo(DocumentGenre.ORDER);
		assertThat(DocumentGenre.of("关于同意设立示例开发区的批复")).isEqualTo(DocumentGenre.REPLY);
		assertThat(DocumentGenre.of("关于商请协助开展调研的函")).isEqualTo(DocumentGenre.LETTER);
		assertThat(DocumentGenre.of("州政府第12次常务会议纪要")).isEqualTo(DocumentGenre.MINUTES);
		assertThat(DocumentGenre.of("示例自治州政府网站管理办法")).isEqualTo(DocumentGenre.OTHER);
		assertThat(DocumentGenre.of("2026年一季度统计数据（修订）")).isEqualTo(DocumentGenre.OTHER);
		assertThat(DocumentGenre.OTHER.label()).isEqualTo("其他");
		assertThat(DocumentGenre.allEndings()).contains("通知", "令", "命令").doesNotContain("其他");
	}
}
