package org.govsite.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The body whitelist and the text view used for diffs and checks; no Spring. */
class RichTextTests {

	@Test
	void keepsStructureAndDropsEverythingThatCanRunOrHide() {
		var clean = RichText.sanitize("<h2 onclick=\"x()\">标题</h2><p style=\"display:none\" class=\"hide\">隐藏</p>"
				+ "<a href=\"javascript:alert(1)\">链接</a><a href=\"https://www.shilizhou.gov.cn/a.html\">门户</a><iframe src=\"//x\"></iframe>");
		assertThat(clean).contains("<h2>标题</h2>", "<p>隐藏</p>", "href=\"https://www.shilizhou.gov.cn/a.html\"", "rel=\"nofollow\"")
			.doesNotContain("onclick", "style", "class", "javascript:", "iframe");
	}

	@Test
	void theTextViewDecodesDecimalAndHexReferencesAndKeepsLines() {
		var text = RichText.text(RichText.sanitize("<p>第一条：总则</p><p>第二条 100% &amp; “引号”</p>"));
		assertThat(text).isEqualTo("第一条：总则\n第二条 100% & “引号”");
		assertThat(RichText.text("<p>&#xff1a;&#65306;</p>")).isEqualTo("：：");
	}
}
