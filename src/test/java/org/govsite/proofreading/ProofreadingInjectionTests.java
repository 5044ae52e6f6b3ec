package org.govsite.proofreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Gambling, pornography and black-hat SEO injection without Spring: the library lexicon plus platform additions, the
 * structural signals that need no dictionary word, and ordinary government texts that must stay clean.
 */
class ProofreadingInjectionTests {

	static final List<Term> PLATFORM = List.of(
			new Term("百家乐", EntryKind.BANNED, Category.GAMBLING, Severity.SERIOUS, null, null),
			new Term("注册送彩金", EntryKind.BANNED, Category.GAMBLING, Severity.SERIOUS, null, null),
			new Term("时时彩", EntryKind.BANNED, Category.GAMBLING, Severity.SERIOUS, null, null),
			new Term("裸聊", EntryKind.BANNED, Category.PORNOGRAPHY, Severity.SERIOUS, null, null),
			Term.of("攻府", EntryKind.CORRECTION, "政府"));

	static final Proofreader CHECKER = Proofreader.of(PLATFORM, ProofreadingMatchingTests.checkerToday());

	@Test
	void readsTheLibrarysGamblingAndPornographyWordsWithTheirTags() {
		var library = InjectionLexicon.library();
		assertThat(library).extracting(InjectionLexicon.Word::category)
			.containsOnly(Category.GAMBLING, Category.PORNOGRAPHY);
		assertThat(library).filteredOn(w -> w.category() == Category.GAMBLING).hasSizeBetween(700, 900);
		assertThat(library).extracting(InjectionLexicon.Word::word)
			.contains("10bet娱乐城", "588澳门博彩")
			// excluded: a county, a person, lotteries; and pornography-tagged phrases without a marker
			.doesNotContain("博白县", "张博涵", "彩票", "发情", "兼职美女");
		assertThat(library).filteredOn(w -> w.word().equals("赌博")).singleElement()
			.extracting(InjectionLexicon.Word::weak).isEqualTo(true);
	}

	@Test
	void reportsPromotedGamblingWordsAsSeriousWithTheWordAsEvidence() {
		var text = "本站推荐百家乐，注册送彩金，10bet娱乐城天天返水。";
		var findings = CHECKER.check(text);
		assertThat(findings).extracting(Finding::matched).containsExactly("百家乐", "注册送彩金", "10bet娱乐城");
		assertThat(findings).allSatisfy(f -> {
			assertThat(f.severity()).isEqualTo(Severity.SERIOUS);
			assertThat(f.category()).isEqualTo(Category.GAMBLING);
			assertThat(text.substring(f.start(), f.end())).isEqualTo(f.matched());
		});
		assertThat(findings.get(0).start()).isEqualTo(4);
		assertThat(findings.get(0).message()).isEqualTo("「百家乐」为涉赌信息，疑似被植入的推广内容，不得发布");
		assertThat(CHECKER.check("在线裸聊，激情不断。")).singleElement().satisfies(f -> {
			assertThat(f.category()).isEqualTo(Category.PORNOGRAPHY);
			assertThat(f.matched()).isEqualTo("在线裸聊");
		});
	}

	@Test
	void leavesCrackdownNewsAndLegitimateLotteryAndSportsTextsAlone() {
		var texts = List.of(
				"市公安局破获一起利用百家乐网站实施网络赌博的案件，抓获犯罪嫌疑人12名。",
				"警方提醒：网上“注册送彩金”多为赌博诈骗陷阱，请广大群众远离网络赌博。",
				"2025年全州销售体育彩票3.2亿元，福利彩票2.1亿元，筹集彩票公益金9800万元，用于全民健身和社会福利事业。",
				"中国福利彩票发行管理中心发布公告，双色球第2025001期开奖结果已公布。",
				"州体育局组织收看世界杯足球赛转播，全民健身运动会篮球、足球比赛将于下月举行。",
				"各县市要深入开展扫黄打非专项行动，依法查处淫秽色情出版物。",
				"博白县与我州签订对口合作协议，双方将在文化旅游领域加强交流。",
				"首页 政务公开 政务服务 政务动态 互动交流 首页 政务公开 政务服务 政务动态 互动交流",
				"关于开展2026年度政府网站自查工作的通知_通知公告_示例自治州人民政府");
		for (var text : texts) {
			assertThat(CHECKER.check(text)).as(text).isEmpty();
		}
	}

	@Test
	void reportsAKeywordChainCarryingGamblingWordsEvenWithWeakWordsOnly() {
		var text = "澳门赌博网址_真人博彩平台_网上赌场开户";
		var findings = CHECKER.check(text);
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.category()).isEqualTo(Category.SEO_INJECTION);
			assertThat(f.severity()).isEqualTo(Severity.SERIOUS);
			assertThat(f.start()).isZero();
			assertThat(f.end()).isEqualTo(text.length());
			assertThat(f.message()).startsWith("关键词串「澳门赌博网址_真人博彩平台_网上赌场开户」含涉赌涉黄词语（");
		});
		// space-joined: needs words in two of its parts
		assertThat(CHECKER.check("欢迎访问 百家乐官网 时时彩平台 在线开户")).extracting(Finding::category)
			.containsExactly(Category.SEO_INJECTION);
	}

	@Test
	void reportsARepeatedStuffedChainWithoutAnyDictionaryWord() {
		var chain = "金沙娱乐官网|金沙娱乐平台|金沙娱乐下载|金沙娱乐注册";
		var text = chain + "。今日要闻：全州春耕生产有序推进。" + chain;
		var findings = CHECKER.check(text);
		assertThat(findings).hasSize(2).allSatisfy(f -> {
			assertThat(f.matched()).isEqualTo(chain);
			assertThat(f.category()).isEqualTo(Category.SEO_INJECTION);
			assertThat(f.message()).isEqualTo("关键词串「" + chain + "」在页面中重复出现 2 次，疑似黑帽SEO关键词堆砌");
		});
		// once only, or repeated but not stuffed with one stem: nothing
		assertThat(CHECKER.check(chain)).isEmpty();
		var title = "政策文件_政务公开_示例自治州人民政府";
		assertThat(CHECKER.check(title + "。" + title)).isEmpty();
	}

	@Test
	void reportsAPlaceNameReplacedByAChainThroughoutANotice() {
		var chain = "金沙国际_金沙官方网站";
		var text = "关于" + chain + "2026年春季造林绿化工作的通知。各乡镇：为做好" + chain + "春季造林工作，现将有关事项通知如下。"
				+ chain + "林业局。";
		var findings = CHECKER.check(text);
		assertThat(findings).hasSize(3).allSatisfy(f -> {
			assertThat(f.matched()).isEqualTo(chain);
			assertThat(f.category()).isEqualTo(Category.SEO_INJECTION);
			assertThat(f.severity()).isEqualTo(Severity.SERIOUS);
			assertThat(f.message()).isEqualTo("关键词串「金沙国际_金沙官方网站」在文中出现 3 次并嵌入正文语句，疑似地名或机构名被替换为黑帽SEO关键词");
		});
		assertThat(findings.get(0).start()).isEqualTo(2);
		// a page title of the site's own names, glued into running text twice, is no injection
		var title = "甲县人民政府_通知公告_政务公开";
		assertThat(CHECKER.check("本次招聘共有126人报名。" + title + "会议深入学习贯彻党的二十大精神。走进示例" + title + "全州新建改建农村公路。"))
			.isEmpty();
	}

	@Test
	void reportsAKeywordStuffedTitleWhoseKeywordThePageNeverMentions() {
		var html = "<html><head><title>甲县人民政府-金沙娱乐官网-金沙娱乐app-金沙娱乐注册</title></head>"
				+ "<body><h1>甲县人民政府</h1><p>县政府召开常务会议，研究部署春耕生产工作。</p></body></html>";
		var findings = CHECKER.checkHtml(html);
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.category()).isEqualTo(Category.SEO_INJECTION);
			assertThat(f.matched()).isEqualTo("甲县人民政府-金沙娱乐官网-金沙娱乐app-金沙娱乐注册");
			assertThat(f.message()).isEqualTo("标题「甲县人民政府-金沙娱乐官网-金沙娱乐app-金沙娱乐注册」堆砌关键词「金沙娱乐」3 次，而正文未涉及，疑似黑帽SEO注入");
		});
		var ordinary = "<html><head><title>乡村振兴 产业振兴 人才振兴 文化振兴</title></head>"
				+ "<body><h1>推进乡村振兴</h1><p>全面推进乡村振兴，做好产业振兴、人才振兴和文化振兴工作。</p></body></html>";
		assertThat(CHECKER.checkHtml(ordinary)).isEmpty();
	}

	@Test
	void platformWordsFeedTheLexiconAndAreNotMatchedTwice() {
		var findings = CHECKER.check("时时彩攻府");
		assertThat(findings).extracting(Finding::matched, Finding::category)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("时时彩", Category.GAMBLING),
					org.assertj.core.groups.Tuple.tuple("攻府", Category.TYPO));
	}
}
