package org.govsite.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govsite.content.ArticleId;
import org.govsite.content.ArticleKind;
import org.govsite.content.Validity;
import org.govsite.site.SiteId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search that finds (issue 15, item 4): a labelled set of queries written the way people type them — 文号 in its
 * variants, pinyin and initials, one-character homophone typos, abbreviations and synonyms, a policy asked for with the
 * word 解读, and a repealed policy that must rank below the valid one — each with the one document it should find, over
 * a small corpus of policies, their interpretations and news. Reports the mean reciprocal rank (MRR) per class and
 * overall, and keeps each at least where it stands (a regression test: raise the floors as search improves).
 */
class SearchRelevanceTests {

	@TempDir static Path directory;
	static LuceneSearchIndex index;
	static final Map<String, ArticleId> DOCS = new LinkedHashMap<>();
	static final List<Labelled> QUERIES = new ArrayList<>();
	static final SiteId SITE = new SiteId(UUID.nameUUIDFromBytes("relevance-site".getBytes()));

	/** A query, its class and the key of the document it should find first. */
	record Labelled(String kind, String query, String expected) {
	}

	/** A policy: key, title, 文号, body, the abbreviations and synonyms people type for its subject, typo'd title words. */
	record Policy(String key, String title, String documentNo, String authority, String body, List<String> synonyms,
			List<String> typos, String pinyinOf) {
	}

	static final List<Policy> POLICIES = List.of(
			new Policy("yibao", "示例自治州城乡居民基本医疗保险实施办法", "示政发〔2026〕9号", "示例自治州人民政府",
					"为健全城乡居民基本医疗保险制度，规范参保缴费和待遇支付，制定本办法。", List.of("医保办法", "居民医保"),
					List.of("城乡居民基本医疗保显", "基本医了保险"), "医疗保险"),
			new Policy("gongjijin", "示例自治州住房公积金管理办法", "示政办发〔2026〕42号", "示例自治州人民政府办公室",
					"为加强住房公积金管理，维护缴存职工合法权益，制定本办法。提取住房公积金须符合条件。", List.of("公积金管理办法", "公积金提取"),
					List.of("住房公机金管理办法", "住房公积今"), "住房公积金"),
			new Policy("yingshang", "示例自治州优化营商环境若干措施", "示政办发〔2025〕17号", "示例自治州人民政府办公室",
					"持续优化营商环境，降低企业制度性交易成本，推行证照分离改革。", List.of("营商环境措施", "优化营商"),
					List.of("优化营伤环境", "营商环竟"), "营商环境"),
			new Policy("jiuye", "示例自治州促进高校毕业生就业创业十条措施", "示人社发〔2026〕3号", "示例自治州人力资源和社会保障局",
					"鼓励高校毕业生到基层就业，支持自主创业，落实创业担保贷款。", List.of("大学生就业", "毕业生就业政策"),
					List.of("高校毕业生就叶", "就业创叶"), "就业创业"),
			new Policy("yanglao", "示例自治州加快发展养老服务体系实施方案", "示政办发〔2026〕8号", "示例自治州人民政府办公室",
					"建设居家社区机构相协调的养老服务体系，发展社区嵌入式养老。", List.of("养老方案", "社区养老"),
					List.of("养老服物体系", "养老服务体西"), "养老服务"),
			new Policy("jiaoyu", "示例自治州义务教育阶段学生入学工作办法", "示教发〔2026〕11号", "示例自治州教育局",
					"规范义务教育招生入学秩序，落实免试就近入学。", List.of("入学办法", "小学入学"),
					List.of("义务教育阶段学生如学", "义务教宇"), "义务教育"),
			new Policy("weifang", "示例自治州农村危房改造补助资金管理办法", "示财农〔2025〕6号", "示例自治州财政局",
					"规范农村危房改造补助资金使用，提高资金使用效益。", List.of("危房改造资金", "农村危房补助"),
					List.of("农村危房改早", "危房改造补主"), "危房改造"),
			new Policy("laojiu", "示例自治州城镇老旧小区改造工作方案", "示政办发〔2026〕23号", "示例自治州人民政府办公室",
					"推进城镇老旧小区改造，完善基础设施和公共服务配套。", List.of("老旧小区", "旧改方案"),
					List.of("老旧小去改造", "城镇老就小区"), "老旧小区"),
			new Policy("anquan", "示例自治州安全生产责任制规定", "示政发〔2025〕31号", "示例自治州人民政府",
					"落实安全生产主体责任，强化安全生产监督管理。", List.of("安全生产规定", "安全责任制"),
					List.of("安全生厂责任制", "安全生产责任治"), "安全生产"),
			new Policy("shengtai", "示例自治州生态环境保护督察整改工作办法", "示环发〔2026〕14号", "示例自治州生态环境局",
					"抓好生态环境保护督察反馈问题整改落实。", List.of("环保督察", "督察整改"),
					List.of("生态环境保户督察", "督查整改工作办法"), "生态环境"),
			new Policy("shebao", "示例自治州企业职工基本养老保险缴费基数调整办法", "示人社发〔2026〕12号", "示例自治州人力资源和社会保障局",
					"调整企业职工基本养老保险缴费基数上下限。", List.of("社保缴费基数", "养老保险基数"),
					List.of("养老保显缴费基数", "缴费基树调整"), "养老保险"),
			new Policy("zhongxiao", "示例自治州支持中小企业发展若干政策措施", "示政发〔2026〕27号", "示例自治州人民政府",
					"减轻中小企业负担，加大融资支持，支持专精特新发展。", List.of("中小企业政策", "小微企业扶持"),
					List.of("支持中小企叶发展", "中小企业发展若干政测"), "中小企业"));

	@BeforeAll
	static void corpus() {
		index = new LuceneSearchIndex(directory.resolve("relevance"));
		var now = Instant.parse("2026-10-01T02:00:00Z");
		int n = 0;
		for (var p : POLICIES) {
			n++;
			add(p.key(), ArticleKind.POLICY, Validity.VALID, now.minus(n * 3L, ChronoUnit.DAYS), p.title(),
					p.body() + "本办法自印发之日起施行。", p.documentNo(), p.authority());
			add(p.key() + "-jd", ArticleKind.INTERPRETATION, null, now.minus(n * 3L - 1, ChronoUnit.DAYS),
					"《" + p.title() + "》政策解读", "一、起草背景。二、主要内容：" + p.body() + "三、适用范围。", null, p.authority());
		}
		// a repealed predecessor of two policies: same subject, older, must rank below the valid one
		add("gongjijin-old", ArticleKind.POLICY, Validity.REPEALED, now.minus(900, ChronoUnit.DAYS), "示例自治州住房公积金管理办法",
				"为加强住房公积金管理，制定本办法。", "示政办发〔2019〕40号", "示例自治州人民政府办公室");
		add("yibao-old", ArticleKind.POLICY, Validity.EXPIRED, now.minus(1200, ChronoUnit.DAYS), "示例自治州城乡居民基本医疗保险实施办法",
				"城乡居民基本医疗保险参保缴费办法。", "示政发〔2018〕12号", "示例自治州人民政府");
		// news that shares words with the policies
		var news = List.of("州医保局开展医疗保险基金监管集中宣传月活动", "我州住房公积金缴存人数突破十万",
				"州政府召开优化营商环境工作推进会", "高校毕业生就业服务专项活动启动", "全州养老服务机构安全检查全面展开",
				"秋季学期义务教育入学工作平稳有序", "州财政下达农村危房改造补助资金", "老旧小区改造项目陆续开工",
				"州安委会部署冬春安全生产工作", "生态环境保护督察反馈问题整改进展", "中小企业服务月活动在我州举行");
		for (int i = 0; i < news.size(); i++) {
			add("news" + i, ArticleKind.ARTICLE, null, now.minus(i + 1, ChronoUnit.DAYS), news.get(i),
					news.get(i) + "。近日，相关工作有序推进，取得阶段性成效。", null, null);
		}
		index.commit(1);

		for (var p : POLICIES) {
			var no = p.documentNo(); // e.g. 示政办发〔2026〕42号
			var prefix = no.substring(0, no.indexOf('〔'));
			var year = no.substring(no.indexOf('〔') + 1, no.indexOf('〕'));
			var number = no.substring(no.indexOf('〕') + 1, no.length() - 1);
			// 文号 as typed: the official form, square and Western brackets, no bracket with a space, the short form
			label("documentNo", no, p.key());
			label("documentNo", prefix + "[" + year + "]" + number + "号", p.key());
			label("documentNo", prefix + "(" + year + ")" + number + "号", p.key());
			label("documentNo", prefix + year + " " + number + "号", p.key());
			label("documentNo", prefix + "〔" + year + "〕" + number + "号文", p.key());
			label("documentNo", prefix + year + "年" + number + "号", p.key());
			// the title's words, as typed
			label("titleWords", p.title().replace("示例自治州", ""), p.key());
			// pinyin and initials of the subject (the policy ranks above its interpretation: the title is the policy's)
			var syllables = TitlePinyin.full(p.pinyinOf()).replace(" ", "");
			label("pinyin", syllables, p.key());
			label("initials", TitlePinyin.initials(p.pinyinOf()), p.key());
			// one-character homophone typos (the input method's usual mistake)
			p.typos().forEach(typo -> label("typo", typo, p.key()));
			// abbreviations and synonyms of the subject
			p.synonyms().forEach(s -> label("synonym", s, p.key()));
			// the interpretation, asked for as people do
			label("interpretation", p.pinyinOf() + "政策解读", p.key() + "-jd");
			label("interpretation", p.title().replace("示例自治州", "") + " 解读", p.key() + "-jd");
			label("interpretation", p.pinyinOf() + "解读", p.key() + "-jd");
			// the subject and the kind of document, two words as people put them
			var kind = p.title().substring(p.title().length() - 2);
			label("titleWords", p.pinyinOf() + " " + kind, p.key());
		}
		// valid before repealed or expired: the same words find both
		label("validFirst", "住房公积金管理办法", "gongjijin");
		label("validFirst", "示例自治州住房公积金管理办法", "gongjijin");
		label("validFirst", "公积金管理办法", "gongjijin");
		label("validFirst", "城乡居民基本医疗保险实施办法", "yibao");
		label("validFirst", "居民医疗保险实施办法", "yibao");
		label("validFirst", "基本医疗保险办法", "yibao");
	}

	@AfterAll
	static void close() throws Exception {
		index.close();
	}

	static void add(String key, ArticleKind kind, Validity validity, Instant at, String title, String body, String documentNo,
			String authority) {
		var id = new ArticleId(UUID.nameUUIDFromBytes(key.getBytes()));
		DOCS.put(key, id);
		index.index(new SearchDocument(id, SITE, "示例自治州人民政府门户网站", "9901000001", List.of("c"), List.of("政策文件"), kind,
				validity, at, title, body, documentNo, null, null, authority, ""));
	}

	static void label(String kind, String query, String expected) {
		// pinyin is typed run together: "zfwz", "yiliaobaoxian"
		QUERIES.add(new Labelled(kind, kind.equals("pinyin") || kind.equals("initials") ? query.replace(" ", "") : query, expected));
	}

	/** The reciprocal rank of the expected document in the first page of ten (0 when it is not there). */
	static double reciprocalRank(Labelled q) {
		var hits = index.search(SearchQuery.of(q.query())).hits();
		var expected = DOCS.get(q.expected());
		for (int i = 0; i < hits.size(); i++) {
			if (hits.get(i).id().equals(expected)) {
				return 1.0 / (i + 1);
			}
		}
		return 0;
	}

	@Test
	void meanReciprocalRankPerClassOfQuery() {
		assertThat(QUERIES).hasSizeGreaterThanOrEqualTo(200);
		var sums = new LinkedHashMap<String, double[]>();
		var misses = new ArrayList<String>();
		for (var q : QUERIES) {
			double rr = reciprocalRank(q);
			var acc = sums.computeIfAbsent(q.kind(), k -> new double[2]);
			acc[0] += rr;
			acc[1]++;
			if (rr < 1) {
				var first = index.search(SearchQuery.of(q.query())).hits().stream().findFirst()
					.map(hit -> DOCS.entrySet().stream().filter(e -> e.getValue().equals(hit.id())).findFirst().orElseThrow().getKey())
					.orElse("nothing");
				misses.add(q.kind() + " 「" + q.query() + "」 → " + q.expected() + " at " + (rr == 0 ? "-" : Long.toString(Math.round(1 / rr)))
						+ " (first: " + first + ")");
			}
		}
		double total = sums.values().stream().mapToDouble(a -> a[0]).sum();
		var report = new StringBuilder("[relevance] " + QUERIES.size() + " queries, MRR " + String.format("%.3f", total / QUERIES.size()));
		sums.forEach((kind, acc) -> report.append(String.format("%n[relevance]   %-15s %3d queries  MRR %.3f", kind, (int) acc[1], acc[0] / acc[1])));
		System.out.println(report);
		misses.forEach(m -> System.out.println("[relevance] miss " + m));
		// floors: where search stands now (raise them as it improves); issue 15 asks 0.9 overall
		for (var entry : FLOORS.entrySet()) {
			var acc = sums.get(entry.getKey());
			assertThat(acc[0] / acc[1]).as(entry.getKey()).isGreaterThanOrEqualTo(entry.getValue());
		}
		assertThat(total / QUERIES.size()).as("overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
	}

	/** Per class, where search stood when the set was written (2026-11-30, Lucene); raise them as it improves. */
	static final Map<String, Double> FLOORS = Map.of("documentNo", 1.0, "titleWords", 1.0, "pinyin", 0.70, "initials", 0.64,
			"typo", 0.79, "synonym", 0.87, "interpretation", 1.0, "validFirst", 1.0);
	/** Issue 15: mean reciprocal rank ≥ 0.9 over the whole set. */
	static final double OVERALL_FLOOR = 0.9;
}
