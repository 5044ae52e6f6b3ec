package org.govsite.monitoring.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.govsite.monitoring.Check;
import org.govsite.monitoring.Detection;
import org.govsite.monitoring.Severity;
import org.govsite.proofreading.Category;
import org.govsite.proofreading.ContentChecker;
import org.govsite.proofreading.Finding;
import org.junit.jupiter.api.Test;

/** The proofreading findings of a page as detections, the outbound-domain helper. */
class ContentSafetyDetectorTests {

	static final ContentChecker CHECKER = text -> {
		var findings = new java.util.ArrayList<Finding>(CloakingComparatorTests.GAMBLING.check(text));
		int id = text.indexOf("110101199003077777");
		if (id >= 0) {
			findings.add(new Finding(id, id + 18, "110101199003077777", org.govsite.proofreading.Severity.SERIOUS,
					Category.PRIVACY, "110101********7777", "疑似未脱敏的身份证号码，请脱敏后再发布，例如「110101********7777」"));
		}
		findings.sort(java.util.Comparator.comparingInt(Finding::start));
		return findings;
	};

	final ContentSafetyDetector detector = new ContentSafetyDetector(CHECKER);

	@Test
	void turnsFindingsIntoDetectionsWithContextAndNeverCopiesTheIdNumber() {
		var page = Pages.html("<html><body><p>公示名单：张三，身份证号110101199003077777。</p><p>百家乐官网</p></body></html>");
		var found = detector.inspect(page);
		assertThat(found).extracting(Detection::kind).containsExactly("PRIVACY", "GAMBLING_INJECTION");
		assertThat(found).allSatisfy(d -> {
			assertThat(d.check()).isEqualTo(Check.CONTENT);
			assertThat(d.severity()).isEqualTo(Severity.SERIOUS);
			assertThat(d.evidence()).doesNotContain("110101199003077777");
		});
		assertThat(found.get(0).evidence()).isEqualTo(
				"「公示名单：张三，身份证号110101********7777。 百家乐官网」：疑似未脱敏的身份证号码，请脱敏后再发布，例如「110101********7777」");
		assertThat(found.get(0).suggestion()).isEqualTo("110101********7777");
		assertThat(found.get(1).evidence()).isEqualTo("「…名单：张三，身份证号110101********7777。 百家乐官网」：「百家乐」为涉赌信息");
	}

	@Test
	void leavesCleanPagesAndNonHtmlAlone() {
		assertThat(detector.inspect(Pages.html("<p>县政府召开常务会议。</p>"))).isEmpty();
		var pdf = new org.govsite.monitoring.FetchedPage(java.net.URI.create(Pages.HOME), java.net.URI.create(Pages.HOME), 200,
				"application/pdf", "百家乐", java.util.Map.of(), "BROWSER");
		assertThat(detector.inspect(pdf)).isEmpty();
	}

	@Test
	void classifiesOutboundDomainsAndJudgesTheirPages() {
		var page = Pages.html("""
				<a href="/a">本站</a><a href="https://zwfw.jiaxian.gov.cn/">政务服务</a><a href="https://www.gov.cn/">国务院</a>
				<img src="https://cdn.example.com/x.png"><a href="mailto:a@b.cn">信箱</a>""");
		assertThat(OutboundDomains.classify(page, Set.of()))
			.containsExactly(java.util.Map.entry("cdn.example.com", OutboundDomains.Kind.EXTERNAL),
					java.util.Map.entry("www.gov.cn", OutboundDomains.Kind.GOVERNMENT),
					java.util.Map.entry("www.jiaxian.gov.cn", OutboundDomains.Kind.SAME_SITE),
					java.util.Map.entry("zwfw.jiaxian.gov.cn", OutboundDomains.Kind.SAME_SITE));
		var outbound = new OutboundDomains(CHECKER);
		assertThat(outbound.judge("old-partner.example.com",
				Pages.as("BROWSER", "https://old-partner.example.com/", "<p>百家乐开户</p>")))
			.map(Detection::evidence)
			.hasValue("外链域名 old-partner.example.com 的页面出现涉赌涉黄或黑帽SEO内容（百家乐），应删除指向它的链接");
		assertThat(outbound.judge("www.gov.cn", Pages.as("BROWSER", "https://www.gov.cn/", "<p>国务院</p>"))).isEmpty();
		assertThat(OutboundDomains.unresolved("gone.example.com", List.of("https://www.jiaxian.gov.cn/")).evidence())
			.isEqualTo("外链域名 gone.example.com 无法解析（可能已过期被抢注），链接它的页面：https://www.jiaxian.gov.cn/");
	}
}
