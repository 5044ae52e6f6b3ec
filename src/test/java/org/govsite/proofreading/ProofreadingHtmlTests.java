package org.govsite.proofreading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HTML: findings are positioned in the extracted text. */
class ProofreadingHtmlTests {

	static final ContentChecker CHECKER = ProofreadingMatchingTests.SEED;

	@Test
	void extractsTheVisibleText() {
		assertThat(HtmlText.extract("<p>第一段&nbsp;<b>加粗</b></p><p>第二段<br>换行</p><script>var x='攻府';</script>"))
			.isEqualTo("第一段 加粗 第二段 换行");
		assertThat(HtmlText.extract("")).isEmpty();
		assertThat(HtmlText.extract("<html><head><title>标题</title><style>p{}</style></head><body>正文</body></html>"))
			.isEqualTo("标题 正文");
	}

	@Test
	void positionsReferToTheExtractedTextAndWordsSplitByMarkupAreFound() {
		var html = "<div class=\"article\"><h1>通知</h1><p>市<b>攻</b>府办公室：&lt;测试稿件&gt;</p>"
				+ "<p>电话 13812345678</p><!-- 扫黑险恶 --></div>";
		var text = HtmlText.extract(html);
		assertThat(text).isEqualTo("通知 市攻府办公室：<测试稿件> 电话 13812345678");
		var findings = CHECKER.checkHtml(html);
		assertThat(findings).extracting(Finding::matched).containsExactly("攻府", "测试稿件", "13812345678");
		for (var finding : findings) {
			assertThat(text.substring(finding.start(), finding.end())).isEqualTo(finding.matched());
		}
		assertThat(findings.get(0).start()).isEqualTo(4);
	}
}
