package org.govsite.monitoring.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.govsite.monitoring.Check;
import org.govsite.monitoring.Detection;
import org.govsite.monitoring.Severity;
import org.govsite.proofreading.Category;
import org.govsite.proofreading.ContentChecker;
import org.govsite.proofreading.Finding;
import org.junit.jupiter.api.Test;

/** Cloaking: redirects, new external links and injected words seen only by a spider are found; ordinary churn is not. */
class CloakingComparatorTests {

	/** A stand-in checker that knows one gambling word. */
	static final ContentChecker GAMBLING = text -> {
		var findings = new ArrayList<Finding>();
		for (int at = text.indexOf("百家乐"); at >= 0; at = text.indexOf("百家乐", at + 3)) {
			findings.add(new Finding(at, at + 3, "百家乐", org.govsite.proofreading.Severity.SERIOUS, Category.GAMBLING, null,
					"「百家乐」为涉赌信息"));
		}
		return findings;
	};

	final CloakingComparator comparator = new CloakingComparator(GAMBLING);

	static final String BROWSER = """
			<html><head><title>甲县人民政府</title></head><body>
			<a href="/xwzx/1.html">县政府召开常务会议</a><a href="https://www.gov.cn/">中国政府网</a>
			</body></html>""";

	@Test
	void findsAHomePageThatShowsTheSpiderInjectedKeywordsAndLinks() {
		var spider = """
				<html><head><title>百家乐官网-甲县人民政府</title></head><body>
				<a href="/xwzx/1.html">县政府召开常务会议</a><a href="https://www.gov.cn/">中国政府网</a>
				<a href="https://bet.example.com/">百家乐</a>
				</body></html>""";
		var found = comparator.compare(Pages.html(BROWSER), Pages.as("BAIDUSPIDER", Pages.HOME, spider));
		assertThat(found).hasValueSatisfying(d -> {
			assertThat(d.check()).isEqualTo(Check.CLOAKING);
			assertThat(d.kind()).isEqualTo("CLOAKING");
			assertThat(d.severity()).isEqualTo(Severity.SERIOUS);
			assertThat(d.url()).isNull();
			assertThat(d.evidence()).isEqualTo("以百度蜘蛛（Baiduspider）访问 https://www.jiaxian.gov.cn/ 与浏览器访问不同："
					+ "多出 1 个外部链接（https://bet.example.com/）；出现浏览器访问时没有的涉赌涉黄或黑帽SEO内容（百家乐）");
		});
	}

	@Test
	void findsARedirectTakenOnlyWithABaiduReferer() {
		var found = comparator.compare(Pages.html(BROWSER),
				Pages.as("BAIDU_REFERER", "https://bet.example.com/landing", "<html><body>欢迎</body></html>"));
		assertThat(found).map(Detection::evidence).hasValue("以百度搜索来源（Referer）访问 https://www.jiaxian.gov.cn/ 与浏览器访问不同："
				+ "跳转到 https://bet.example.com/landing（浏览器访问停留在 https://www.jiaxian.gov.cn/）");
		assertThat(found).map(Detection::url).hasValue("https://bet.example.com/landing");
	}

	@Test
	void ignoresChangedNewsListsAndTheSitesOwnMobilePages() {
		var mobile = """
				<html><head><title>甲县人民政府</title></head><body>
				<a href="/xwzx/2.html">今日新闻</a><a href="https://m.jiaxian.gov.cn/">手机版</a>
				<a href="https://www.gov.cn/">中国政府网</a></body></html>""";
		assertThat(comparator.compare(Pages.html(BROWSER), Pages.as("MOBILE", "https://m.jiaxian.gov.cn/", mobile)))
			.isEmpty();
		assertThat(comparator.compare(Pages.html(BROWSER), Pages.as("BAIDUSPIDER", Pages.HOME, BROWSER))).isEmpty();
	}
}
