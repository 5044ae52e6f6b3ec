package org.govsite.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.govsite.content.ArticleKind;
import org.govsite.content.Validity;
import org.govsite.support.OpenSearchNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search port's contract on the OpenSearch adapter, against a real OpenSearch 2.19 node, and its sameness with Lucene. */
@Tag("slow")
class OpenSearchIndexContractTests extends SearchIndexContract {

	@TempDir Path directory;

	@Override
	SearchIndex open(String name) {
		return OpenSearchIndex.connect(settings(name));
	}

	@Override
	void close(SearchIndex index) throws Exception {
		((OpenSearchIndex) index).close();
	}

	static SearchProperties.OpenSearch settings(String alias) {
		return new SearchProperties.OpenSearch(List.of(URI.create(OpenSearchNode.shared().url())), alias, null, null);
	}

	/**
	 * The same articles in both adapters answer every search alike: the same hits in the same order, totals, marks and
	 * suggestions, and the same scores (OpenSearch's are Lucene's times 2.2, divided back).
	 */
	@Test
	void givesWhatTheLuceneAdapterGives() throws Exception {
		var corpus = corpus();
		try (var lucene = new LuceneSearchIndex(directory.resolve("lucene"))) {
			for (var document : corpus) {
				lucene.index(document);
				index.index(document);
			}
			lucene.commit(7);
			index.commit(7);
			assertThat(index.size()).isEqualTo(lucene.size()).isEqualTo(corpus.size());

			int compared = 0;
			for (var text : List.of("政府网站", "集约化", "政府网站集约化建设", "示政发〔2026〕9号", "示政发[2026]9号", "zfwz",
					"zhengfuwangzhan", "yinhang", "银杏 -古树", "\"建设，提升\"", "\"建设提升\"", "建设提升", "platy*", "平台*",
					"萤火冲", "政府网占", "保护", "通知", "2026", "GDP增长", "重庆", "", "量子引力波", "政府 | 银杏", "(银杏 | 大鲵) 保护",
					"\"解读\u2003政策\"", "解读\u2003发布", "政策解读")) {
				for (var query : List.of(new QueryBuilder(text), new QueryBuilder(text).sort(SearchSort.DATE),
						new QueryBuilder(text).size(3).page(1), new QueryBuilder(text).kind(ArticleKind.POLICY),
						new QueryBuilder(text).validity(Validity.VALID).column(POLICIES),
						new QueryBuilder(text).site(COUNTY.value().toString()))) {
					var search = query.build();
					var expected = lucene.search(search);
					var actual = index.search(search);
					var what = search.toString();
					assertThat(actual.total()).as(what).isEqualTo(expected.total());
					assertThat(actual.suggestion()).as(what).isEqualTo(expected.suggestion());
					assertThat(ids(actual)).as(what).isEqualTo(ids(expected));
					for (int i = 0; i < expected.hits().size(); i++) {
						var want = expected.hits().get(i);
						var got = actual.hits().get(i);
						assertThat(unscored(got)).as(what).isEqualTo(unscored(want));
						assertThat(got.score()).as(what + " score of " + want.title()).isCloseTo(want.score(), within(want.score() * 1e-4f + 1e-6f));
					}
					compared += expected.hits().size();
				}
			}
			assertThat(compared).as("hits compared").isGreaterThan(200);
		}
	}

	@Test
	void aClusterThatDoesNotAnswerFailsSearchesButNotTheStart() throws Exception {
		try (var unreachable = OpenSearchIndex.connect(new SearchProperties.OpenSearch(List.of(URI.create("http://127.0.0.1:1")),
				"contract-unreachable", null, null))) {
			assertThatThrownBy(() -> unreachable.search(SearchQuery.of("政府"))).isInstanceOf(UncheckedIOException.class)
				.hasMessageStartingWith("OpenSearch did not answer");
		}
	}

	@Test
	void anIndexNamedLikeTheAliasIsRefused() throws Exception {
		var name = "contract-plain-" + UUID.randomUUID().toString().substring(0, 8);
		var created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(OpenSearchNode.shared().url() + "/" + name))
			.PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
		try (var misnamed = OpenSearchIndex.connect(settings(name))) {
			assertThatThrownBy(misnamed::size).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("OpenSearch has an index named " + name);
		}
	}

	private static SearchHit unscored(SearchHit hit) {
		return new SearchHit(hit.id(), hit.title(), hit.titleHtml(), hit.snippetHtml(), hit.siteId(), hit.siteName(),
				hit.siteCode(), hit.columnNames(), hit.kind(), hit.validity(), hit.documentNo(), hit.publishedAt(), 0f,
				hit.url());
	}

	private static List<SearchDocument> corpus() {
		var documents = new ArrayList<SearchDocument>();
		documents.add(article("关于推进政府网站集约化建设的实施意见", "各县市人民政府：现就推进政府网站集约化建设提出如下意见。一、总体要求。二、主要任务：建设集约化平台，统一技术标准。")
			.kind(ArticleKind.POLICY).validity(Validity.VALID).column(POLICIES, "政策文件").documentNo("示政发〔2026〕9号")
			.authority("示例自治州人民政府").summary("推进集约化建设的总体要求和主要任务。").keywords("集约化 政府网站")
			.published(beijing(2026, 3, 1, 9, 0)).build());
		documents.add(article("示例自治州人民政府关于印发河长制实施方案的通知", "方案全文见附件。各地要加强组织领导。")
			.kind(ArticleKind.POLICY).validity(Validity.EXPIRED).column(POLICIES, "政策文件").documentNo("示政发〔2026〕19号")
			.attachments("河长制实施方案.pdf\n河长制实施方案：建立州、县、乡三级河长体系。").published(beijing(2026, 2, 11, 15, 0)).build());
		documents.add(article("加强政府网站建设，提升政务服务水平", "会议强调，要加强政府网站建设，提升政务服务水平；要建设提升并重。")
			.published(beijing(2026, 3, 5, 10, 30)).build());
		documents.add(article("银杏古树保护办法", "银杏古树是重要的自然遗产，保护古树名木人人有责。").kind(ArticleKind.POLICY)
			.validity(Validity.REPEALED).column(POLICIES, "政策文件").documentNo("示政办发〔2026〕31号").published(beijing(2026, 1, 20, 9, 0)).build());
		documents.add(article("银杏普查工作启动", "普查全州银杏，建立档案。").published(beijing(2026, 3, 6, 8, 0)).build());
		documents.add(article("县里开展银杏普查", "银杏普查在县里展开。").site(COUNTY, "示例县人民政府网站", null).published(beijing(2026, 3, 7, 0, 10)).build());
		documents.add(article("全州萤火虫保护宣传周启动", "宣传周活动丰富，保护萤火虫栖息地。").published(beijing(2026, 3, 8, 11, 0)).build());
		documents.add(article("季度材料报送的通知", "详见附件。").attachments("report.pdf\nQuarterly platypus inventory report, platform figures.\n名单.docx\n附件正文：穿山甲救护站名单")
			.published(beijing(2026, 3, 9, 14, 0)).build());
		documents.add(article("2026年GDP增长目标解读", "2026年全州GDP增长6%左右。《规划》提出：稳增长、调结构。").kind(ArticleKind.INTERPRETATION)
			.published(beijing(2026, 3, 10, 9, 15)).build());
		documents.add(article("重庆市来我州考察银行网点建设", "考察团一行参观了银行网点。").published(beijing(2026, 3, 11, 16, 0)).build());
		documents.add(article("<script>alert(1)</script>鹈鹕保护通报", "鹈鹕 <b>数量</b> 增加 & \"更多\"。保护工作取得成效。")
			.published(beijing(2026, 3, 12, 10, 0)).build());
		documents.add(article("政务服务平台升级公告", "平台将于周末升级，届时暂停服务。").published(beijing(2026, 3, 13, 18, 0)).build());
		// an em space and an ASCII separator: whitespace to Java, words of their own to smartcn
		documents.add(article("政策解读\u2003发布会召开", "发布会\u001c解读\u2003政策要点。").kind(ArticleKind.INTERPRETATION)
			.published(beijing(2026, 3, 14, 9, 0)).build());
		var longBody = new StringBuilder();
		for (int i = 0; i < 60; i++) {
			longBody.append("第").append(i + 1).append("条：各级政府网站应当按照规范开展建设和运维，");
			longBody.append(i % 7 == 0 ? "推进集约化建设。" : "加强内容保障。");
		}
		documents.add(article("政府网站运维管理规范", longBody.toString()).kind(ArticleKind.POLICY).validity(Validity.VALID)
			.column(POLICIES, "政策文件").published(beijing(2026, 2, 1, 9, 0)).build());
		for (int i = 0; i < 12; i++) {
			documents.add(article("大鲵保护区巡护通报第" + (i + 1) + "期", "巡护大鲵" + (i % 3 == 0 ? "，保护银杏。" : "。")
					+ "政府网站同步发布。").published(beijing(2026, 1, 1, 8, 0).plusSeconds(3600L * i))
				.id(new org.govsite.content.ArticleId(UUID.nameUUIDFromBytes(("patrol" + i).getBytes()))).build());
		}
		return documents;
	}
}
