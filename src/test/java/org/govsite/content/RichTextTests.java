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

	/** Issue 14, defect 11: the diff's lines are the body's blocks; a list item never runs into the next paragraph. */
	@Test
	void listItemsTablesAndHeadingsAreLinesOfTheirOwn() {
		var text = RichText.text(RichText.sanitize("<h2>一、目标</h2><ul><li>甲</li><li>乙</li></ul><p>丙</p>"
				+ "<ol><li>丁</li></ol>戊<table><tr><td>己</td><td>庚</td></tr></table><blockquote>辛</blockquote><p>壬</p>"));
		assertThat(text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList())
			.containsExactly("一、目标", "甲", "乙", "丙", "丁", "戊", "己 庚", "辛", "壬");
	}

	/** Issue 14, defect 4: what a Word or WPS paste needs survives as layout classes; no style, no other class. */
	@Test
	void alignmentIndentAndTableHeadersSurviveAsLayoutClassesOnly() {
		var clean = RichText.sanitize("<p class=\"align-center\">通知</p><p class=\"indent-first-2em align-justify\">正文</p>"
				+ "<p class=\"MsoNormal\" style=\"text-indent:21pt\">旧格式</p><p class=\"align-center hide\">混合</p>"
				+ "<table><thead><tr><th scope=\"col\" class=\"align-center\">序号</th></tr></thead>"
				+ "<tbody><tr><td colspan=\"2\" class=\"align-right\">1</td></tr></tbody></table>");
		assertThat(clean).contains("<p class=\"align-center\">通知</p>", "<p class=\"indent-first-2em align-justify\">正文</p>",
				"<p>旧格式</p>", "<p>混合</p>", "<th scope=\"col\" class=\"align-center\">序号</th>",
				"<td colspan=\"2\" class=\"align-right\">1</td>")
			.doesNotContain("style", "MsoNormal", "hide");
	}
}
