package org.govsite.proofreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;

import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The check API with the seeded dictionary: injection and serious wording errors, and ordinary texts left clean. */
@GovSiteTest
class ProofreadingSafetyApiTests {

	@LocalServerPort
	int port;

	@Test
	void reportsInjectedGamblingAndWordingErrorsButNotLegitimateLotteryOrSportsNews() {
		var api = new Api(port);
		var editor = api.token("editor", ProofreadingApiTests.PASSWORD);

		var injected = api.post(editor, "/api/v1/proofreading/check",
				Map.of("text", "关于澳门百家乐_澳门赌场官网2026年春耕工作的通知。各乡镇：请澳门百家乐_澳门赌场官网各部门做好春耕。注册送彩金，天天返水。"));
		assertThat(injected.status()).as(injected.raw()).isEqualTo(200);
		var categories = new ArrayList<String>();
		injected.body().get("findings").forEach(f -> {
			categories.add(f.get("category").asString());
			assertThat(f.get("severity").asString()).isEqualTo("SERIOUS");
		});
		assertThat(categories).isNotEmpty().allMatch(c -> c.contains("GAMBLING") || c.contains("SEO"));

		var html = api.post(editor, "/api/v1/proofreading/check", Map.of("html",
				"<title>甲县人民政府-金沙娱乐官网-金沙娱乐app-金沙娱乐注册</title><h1>甲县人民政府</h1><p>县政府召开常务会议。</p>"));
		assertThat(html.body().get("findings").get(0).get("category").asString()).isEqualTo("SEO_INJECTION");

		var wording = api.post(editor, "/api/v1/proofreading/check", Map.of("text", "示例自冶州副州长黄立新出席。"));
		var first = wording.body().get("findings").get(0);
		assertThat(first.get("category").asString()).isEqualTo("SERIOUS_WORDING");
		assertThat(first.get("suggestion").asString()).isEqualTo("示例自治州");
		assertThat(first.get("categoryLabel").asString()).isEqualTo("严重表述错误");

		for (var text : new String[] {
				"2025年全州销售体育彩票3.2亿元，福利彩票2.1亿元，筹集彩票公益金9800万元。",
				"州体育局组织收看世界杯足球赛转播，全民健身运动会篮球、足球比赛将于下月举行。",
				"州公安局破获一起利用百家乐网站实施网络赌博的案件，抓获犯罪嫌疑人12名。",
				"示例自治州人民政府关于印发《优化营商环境若干措施》的通知：深入推进扫黑除恶常态化。" }) {
			var clean = api.post(editor, "/api/v1/proofreading/check", Map.of("text", text));
			assertThat(clean.body().get("findings").size()).as(text).isZero();
		}
	}
}
