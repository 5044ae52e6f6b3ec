package org.govsite.monitoring.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.govsite.monitoring.Check;
import org.govsite.monitoring.Detection;
import org.govsite.monitoring.Severity;
import org.junit.jupiter.api.Test;

/** Hidden links: every hiding technique found with exact evidence; visible links and hidden menus of the site not. */
class HiddenLinkDetectorTests {

	final HiddenLinkDetector detector = new HiddenLinkDetector();

	@Test
	void findsEveryHidingTechniqueInlineAndInStyleBlocks() {
		var body = """
				<html><head><style>
				.sl { display: none }
				#box a { position:absolute; left:-9999px }
				div.tiny { font-size: 0px }
				.ghost { opacity: 0 }
				.ind { text-indent: -2000px }
				.same { color: #fff; background-color: #FFFFFF }
				</style></head><body>
				<div class="sl"><a href="https://casino.example.com/a">澳门百家乐</a></div>
				<div id="box"><a href="https://casino.example.com/b">b</a></div>
				<div class="tiny"><a href="https://casino.example.com/c">c</a></div>
				<a class="ghost" href="https://casino.example.com/d">d</a>
				<a class="ind" href="https://casino.example.com/e">e</a>
				<span class="same"><a href="https://casino.example.com/f">f</a></span>
				<a style="visibility:hidden" href="https://casino.example.com/g">g</a>
				<a href="https://casino.example.com/h">\u200B\u200B</a>
				<p hidden><a href="https://casino.example.com/i">i</a></p>
				<a style="color:rgb(255, 255, 255);background:#fff" href="https://casino.example.com/j">j</a>
				</body></html>
				""";
		var found = detector.inspect(Pages.html(body));
		assertThat(found).extracting(Detection::url).containsExactly("https://casino.example.com/a",
				"https://casino.example.com/b", "https://casino.example.com/c", "https://casino.example.com/d",
				"https://casino.example.com/e", "https://casino.example.com/f", "https://casino.example.com/g",
				"https://casino.example.com/h", "https://casino.example.com/i", "https://casino.example.com/j");
		assertThat(found).allSatisfy(d -> {
			assertThat(d.check()).isEqualTo(Check.HIDDEN_LINKS);
			assertThat(d.kind()).isEqualTo("HIDDEN_LINK");
			assertThat(d.severity()).isEqualTo(Severity.SERIOUS);
		});
		assertThat(found.get(0).evidence())
			.isEqualTo("隐藏链接（display:none，见上级元素 div.sl）：<a href=\"https://casino.example.com/a\">澳门百家乐</a>");
		assertThat(found.get(1).evidence()).startsWith("隐藏链接（移出可视区域 left:-9999px）");
		assertThat(found.get(2).evidence()).startsWith("隐藏链接（font-size:0px，见上级元素 div.tiny）");
		assertThat(found.get(3).evidence()).startsWith("隐藏链接（opacity:0）");
		assertThat(found.get(4).evidence()).startsWith("隐藏链接（text-indent:-2000px）");
		assertThat(found.get(5).evidence()).startsWith("隐藏链接（文字颜色与背景色相同（#fff），见上级元素 span.same）");
		assertThat(found.get(6).evidence()).startsWith("隐藏链接（visibility:hidden）");
		assertThat(found.get(7).evidence()).startsWith("隐藏链接（链接文字全部为零宽字符）");
		assertThat(found.get(8).evidence()).startsWith("隐藏链接（hidden 属性，见上级元素 p）");
		assertThat(found.get(9).evidence()).startsWith("隐藏链接（文字颜色与背景色相同（rgb(255, 255, 255)））");
	}

	@Test
	void leavesVisibleLinksAndTheSitesOwnHiddenMenusAlone() {
		var body = """
				<html><head><style>.sub { display:none } .logo { text-indent:-9999px }</style></head><body>
				<ul class="sub"><li><a href="/zwgk/">政务公开</a></li><li><a href="https://zwfw.jiaxian.gov.cn/">办事</a></li></ul>
				<a href="https://www.gov.cn/">中国政府网</a>
				<a style="color:#333;background:#fff" href="https://www.shilizhou.gov.cn/">州政府</a>
				<a style="position:relative;left:-10px" href="https://example.org/">相关链接</a>
				<a href="https://example.org/x" style="font-size:14px;opacity:0.9">外部</a>
				<a class="logo" href="/">甲县人民政府</a>
				</body></html>
				""";
		assertThat(detector.inspect(Pages.html(body))).isEmpty();
	}

	@Test
	void aDropDownMenusLinksToOtherGovernmentSitesAreNotHiddenLinksButACasinoInTheSameMenuIs() {
		var body = """
				<html><head><style>.sub { display:none }</style></head><body>
				<ul class="sub"><li><a href="https://zwfw.shilizhou.gov.cn/">政务服务</a></li>
				<li><a href="https://casino.example.com/">澳门百家乐</a></li></ul>
				</body></html>
				""";
		var found = detector.inspect(Pages.html(body));
		assertThat(found).extracting(Detection::url).containsExactly("https://casino.example.com/");
	}
}
