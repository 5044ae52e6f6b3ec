package org.govsite.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.govsite.content.ArticleId;
import org.govsite.content.ArticleKind;
import org.govsite.content.Validity;
import org.govsite.site.SiteId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Search benchmark (tagged bench, run with {@code ./mvnw -Pbench test -Dtest=SearchBenchmark}): indexes 100,000
 * synthetic Chinese articles made from a fixed vocabulary directly through the Lucene adapter (one writer thread, one
 * commit at the end), then measures search latency over mixed queries. Reports figures; asserts nothing.
 */
@Tag("bench")
class SearchBenchmark {

	static final int ARTICLES = Integer.getInteger("search.bench.articles", 100_000);
	/**
	 * {@code broad} (default): every word drawn evenly from the ~150 government words above, so every query is very
	 * broad; {@code zipf}: about 70,000 real words (HanLP's synonym dictionary) drawn with Zipf frequencies (s = 1),
	 * bodies of log-normal length (median 700 characters), queries on words of middle rank, as people type them.
	 */
	static final String VOCABULARY = System.getProperty("search.bench.vocabulary", "broad");
	static final int QUERIES = 2_000;

	static final String[] WORDS = ("政府 网站 建设 管理 办法 通知 关于 开展 工作 会议 召开 推进 加强 落实 责任 制度 改革 发展 经济 社会 "
			+ "民生 就业 教育 医疗 卫生 养老 住房 交通 环境 保护 生态 农业 农村 乡村 振兴 产业 企业 服务 营商 优化 审批 许可 政务 公开 "
			+ "信息 数据 资源 平台 数字 安全 网络 应急 防汛 抗旱 消防 市场 监管 质量 价格 财政 预算 资金 项目 投资 招商 税收 统计 人口 "
			+ "文化 旅游 体育 科技 创新 人才 培训 考试 招聘 公示 公告 意见 方案 规划 报告 总结 检查 督查 考核 评估 整改 问题 群众 "
			+ "办事 大厅 热线 咨询 投诉 建议 答复 解读 政策 文件 规定 条例 细则 标准 试点 示范 推广 宣传 活动 启动 举行 部署 专项 行动")
		.split(" ");
	static final String[] PUNCTUATION = { "，", "，", "，", "。", "、", "；" };

	/** Real words in a fixed random order of rank, and the cumulative Zipf weights of those ranks. */
	static final class Zipf {

		final String[] words;
		final double[] cumulative;

		Zipf(Random random) throws java.io.IOException {
			var set = new java.util.LinkedHashSet<String>();
			try (var in = com.hankcs.hanlp.HanLP.class.getClassLoader().getResourceAsStream("data/dictionary/synonym/CoreSynonym.txt");
					var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					var parts = line.split(" ");
					for (int i = 1; i < parts.length; i++) {
						var w = parts[i].strip();
						if (w.length() >= 2 && w.length() <= 4 && w.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
							set.add(w);
						}
					}
				}
			}
			var list = new ArrayList<>(set);
			java.util.Collections.shuffle(list, random);
			words = list.toArray(String[]::new);
			cumulative = new double[words.length];
			double sum = 0;
			for (int i = 0; i < words.length; i++) {
				sum += 1.0 / (i + 1);
				cumulative[i] = sum;
			}
			for (int i = 0; i < words.length; i++) {
				cumulative[i] /= sum;
			}
		}

		String next(Random random) {
			int at = Arrays.binarySearch(cumulative, random.nextDouble());
			return words[Math.min(words.length - 1, at < 0 ? -at - 1 : at)];
		}

		/** A word of middle rank (50 to 5,000): what people search for, neither 的-like nor unheard of. */
		String topical(Random random) {
			return words[50 + random.nextInt(Math.min(4_950, words.length - 50))];
		}
	}

	static String text(Random random, Zipf zipf, int characters, boolean punctuate) {
		var text = new StringBuilder();
		while (text.length() < characters) {
			text.append(zipf.next(random));
			if (punctuate && random.nextInt(6) == 0) {
				text.append(PUNCTUATION[random.nextInt(PUNCTUATION.length)]);
			}
		}
		return text.toString();
	}

	@Test
	void indexThroughputAndSearchLatency() throws Exception {
		var random = new Random(20261125L);
		var zipf = VOCABULARY.equals("zipf") ? new Zipf(random) : null;
		var sites = new SiteId[20];
		for (int i = 0; i < sites.length; i++) {
			sites[i] = new SiteId(new UUID(1, i));
		}
		var directory = Files.createTempDirectory("search-bench");
		long chars = 0;
		try (var index = new LuceneSearchIndex(directory)) {
			var start = Instant.parse("2024-01-01T00:00:00Z");
			long began = System.nanoTime();
			for (int n = 0; n < ARTICLES; n++) {
				String title;
				String body;
				if (zipf != null) {
					title = text(random, zipf, 10 + random.nextInt(16), false);
					int length = (int) Math.min(6_000, Math.max(80, Math.exp(Math.log(700) + 0.6 * random.nextGaussian())));
					body = text(random, zipf, length, true) + "。";
				}
				else {
					title = sentence(random, 4 + random.nextInt(5), false);
					body = paragraph(random, 300 + random.nextInt(500));
				}
				chars += title.length() + body.length();
				var kind = ArticleKind.values()[random.nextInt(3)];
				index.index(new SearchDocument(new ArticleId(new UUID(2, n)), sites[random.nextInt(sites.length)], "示例网站",
						"990100000" + (n % 10), List.of(new UUID(3, random.nextInt(200)).toString()), List.of("要闻动态"), kind,
						kind == ArticleKind.POLICY ? Validity.values()[random.nextInt(3)] : null,
						start.plusSeconds(random.nextInt(60 * 60 * 24 * 700)), title, body,
						kind == ArticleKind.POLICY ? "示政发〔" + (2020 + random.nextInt(7)) + "〕" + n + "号" : null,
						random.nextInt(4) == 0 ? sentence(random, 8, true) : null, WORDS[random.nextInt(WORDS.length)], null, ""));
			}
			index.commit(ARTICLES);
			double indexSeconds = (System.nanoTime() - began) / 1e9;
			long bytes;
			try (var files = Files.walk(directory)) {
				bytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
			}

			var queries = new ArrayList<SearchQuery>();
			for (int i = 0; i < QUERIES; i++) {
				java.util.function.Supplier<String> word = zipf != null ? () -> zipf.topical(random)
						: () -> WORDS[random.nextInt(WORDS.length)];
				String text = switch (i % 5) {
					case 0 -> word.get();
					case 1 -> word.get() + word.get();
					case 2 -> word.get() + " " + word.get();
					case 3 -> com.hankcs.hanlp.HanLP.convertToPinyinString(word.get(), "", false);
					default -> "示政发〔2026〕" + random.nextInt(ARTICLES) + "号";
				};
				boolean filtered = i % 4 == 0;
				queries.add(new SearchQuery(text, filtered ? sites[random.nextInt(sites.length)].value().toString() : null,
						null, filtered ? LocalDate.of(2024, 6, 1) : null, null, null, null,
						i % 3 == 0 ? SearchSort.DATE : SearchSort.RELEVANCE, i % 7 == 0 ? 2 : 0, 10));
			}
			for (int i = 0; i < 300; i++) { // warm-up
				index.search(queries.get(i));
			}
			var nanos = new long[QUERIES];
			long hits = 0;
			for (int i = 0; i < QUERIES; i++) {
				long t = System.nanoTime();
				hits += index.search(queries.get(i)).total();
				nanos[i] = System.nanoTime() - t;
			}
			Arrays.sort(nanos);
			System.out.printf("%nSEARCH BENCHMARK (%s vocabulary): %,d articles (%,d characters), indexed in %.1f s = %,.0f documents/s; index %,d MB%n",
					VOCABULARY, ARTICLES, chars, indexSeconds, ARTICLES / indexSeconds, bytes / 1024 / 1024);
			System.out.printf("SEARCH BENCHMARK: %,d queries (page of 10 with highlighting): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; mean hits %,d%n%n",
					QUERIES, nanos[QUERIES / 2] / 1e6, nanos[QUERIES * 9 / 10] / 1e6, nanos[QUERIES * 99 / 100] / 1e6,
					nanos[QUERIES - 1] / 1e6, hits / QUERIES);
		}
		finally {
			try (var files = Files.walk(directory)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	static String sentence(Random random, int words, boolean punctuate) {
		var text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			text.append(WORDS[random.nextInt(WORDS.length)]);
			if (punctuate && i < words - 1 && random.nextInt(4) == 0) {
				text.append(PUNCTUATION[random.nextInt(3)]);
			}
		}
		return text.toString();
	}

	static String paragraph(Random random, int characters) {
		var text = new StringBuilder();
		while (text.length() < characters) {
			text.append(WORDS[random.nextInt(WORDS.length)]);
			if (random.nextInt(5) == 0) {
				text.append(PUNCTUATION[random.nextInt(PUNCTUATION.length)]);
			}
		}
		return text.append('。').toString();
	}
}
