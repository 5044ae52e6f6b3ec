package org.govsite.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.govsite.content.ArticleId;
import org.govsite.content.ArticleKind;
import org.govsite.content.Validity;
import org.govsite.shared.BeijingTime;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of the {@link SearchIndex} port does, run against each of them: finding, filtering, ordering,
 * paging, marking, suggesting, removing, keeping the change-feed position, rebuilding.
 */
abstract class SearchIndexContract {

	static final SiteId PORTAL = new SiteId(UUID.fromString("00000000-0000-4000-8000-000000000001"));
	static final SiteId COUNTY = new SiteId(UUID.fromString("00000000-0000-4000-8000-000000000002"));
	static final String NEWS = "00000000-0000-4000-8000-00000000000a";
	static final String POLICIES = "00000000-0000-4000-8000-00000000000b";

	SearchIndex index;
	private String name;
	private final List<SearchIndex> opened = new ArrayList<>();

	/** A new index of the adapter under test, empty unless {@code name} was opened before in this test. */
	abstract SearchIndex open(String name);

	/** Closes what {@link #open} returned. */
	abstract void close(SearchIndex index) throws Exception;

	@BeforeEach
	void openIndex() {
		name = "contract-" + UUID.randomUUID().toString().substring(0, 8);
		index = opened(open(name));
	}

	@AfterEach
	void closeIndexes() throws Exception {
		for (var each : opened) {
			close(each);
		}
	}

	private SearchIndex opened(SearchIndex index) {
		opened.add(index);
		return index;
	}

	/** The same index, closed and opened again (a restart of the node). */
	SearchIndex reopen() throws Exception {
		close(index);
		opened.remove(index);
		index = opened(open(name));
		return index;
	}

	// --- finding

	@Test
	void aTitleWordFindsTheArticleAndIsMarkedInTitleAndSnippet() {
		var policy = article("关于推进政府网站集约化建设的实施意见", "<p>各县市人民政府：现就推进集约化建设提出如下意见。</p>").build();
		var other = article("全州开展犀鸟栖息地巡查", "巡查工作有序开展。").build();
		add(policy, other);

		var results = index.search(SearchQuery.of("集约化"));
		assertThat(ids(results)).containsExactly(policy.id());
		assertThat(results.total()).isEqualTo(1);
		var hit = results.hits().get(0);
		assertThat(hit.title()).isEqualTo("关于推进政府网站集约化建设的实施意见");
		assertThat(hit.titleHtml()).contains("<em>集约化</em>");
		assertThat(hit.snippetHtml()).contains("<em>集约化</em>").contains("&lt;p&gt;");
		assertThat(hit.siteId()).isEqualTo(PORTAL);
		assertThat(hit.siteName()).isEqualTo("示例自治州人民政府门户网站");
		assertThat(hit.siteCode()).isEqualTo("9901000001");
		assertThat(hit.columnNames()).containsExactly("要闻动态");
		assertThat(hit.kind()).isEqualTo(ArticleKind.ARTICLE);
		assertThat(hit.score()).isPositive();
	}

	@Test
	void writesAreSeenOnlyAfterTheCommit() {
		var first = article("全州大鲵放流活动举行", "放流大鲵。").build();
		index.index(first);
		assertThat(index.search(SearchQuery.of("大鲵")).total()).isZero();
		assertThat(index.size()).isZero();
		index.commit(1);
		assertThat(ids(index.search(SearchQuery.of("大鲵")))).containsExactly(first.id());
		assertThat(index.size()).isEqualTo(1);
	}

	@Test
	void aDocumentNumberIsFoundInEveryWayOfWritingIt() {
		var ninth = article("示例自治州人民政府关于印发林长制实施方案的通知", "方案全文。").kind(ArticleKind.POLICY)
			.documentNo("示政发〔2026〕9号").validity(Validity.VALID).build();
		var nineteenth = article("示例自治州人民政府关于印发河长制实施方案的通知", "方案全文。").kind(ArticleKind.POLICY)
			.documentNo("示政发〔2026〕19号").validity(Validity.VALID).build();
		add(ninth, nineteenth);

		for (var typed : List.of("示政发〔2026〕9号", "示政发[2026]9号", "示政发【２０２６】９号", "示政发（2026） 9 号")) {
			var results = index.search(SearchQuery.of(typed));
			assertThat(ids(results)).as(typed).startsWith(ninth.id());
			assertThat(results.hits().get(0).documentNo()).isEqualTo("示政发〔2026〕9号");
		}
		assertThat(ids(index.search(SearchQuery.of("示政发〔2026〕19号")))).startsWith(nineteenth.id());
	}

	@Test
	void thePinyinOrInitialsOfTitleWordsFindTheTitleAndNameTheWords() {
		var portal = article("关于加强政府网站建设的通知", "各单位：请加强建设。").build();
		var other = article("全州萤火虫保护宣传周启动", "宣传周活动丰富。").build();
		add(portal, other);

		for (var typed : List.of("zhengfuwangzhan", "zfwz", "ZhengFu WangZhan", "jiaqiang")) {
			var results = index.search(SearchQuery.of(typed));
			assertThat(ids(results)).as(typed).containsExactly(portal.id());
		}
		var initials = index.search(SearchQuery.of("zfwz"));
		assertThat(initials.hits().get(0).titleHtml()).isEqualTo("关于加强<em>政府网站</em>建设的通知");
		assertThat(initials.suggestion()).isEqualTo("政府网站");
		assertThat(index.search(SearchQuery.of("yinghuochong")).suggestion()).isEqualTo("萤火虫");
	}

	@Test
	void plainWordsPhrasesExclusionsAndPrefixesAreUnderstood() {
		var trees = article("银杏古树保护办法", "保护古树名木。").build();
		var census = article("银杏普查工作启动", "普查全州银杏。").build();
		var report = article("季度材料报送", "详见附件。").attachments("Quarterly platypus inventory report").build();
		add(trees, census, report);

		assertThat(ids(index.search(SearchQuery.of("银杏")))).containsExactlyInAnyOrder(trees.id(), census.id());
		assertThat(ids(index.search(SearchQuery.of("银杏 -古树")))).containsExactly(census.id());
		assertThat(ids(index.search(SearchQuery.of("\"古树保护\"")))).containsExactly(trees.id());
		assertThat(ids(index.search(SearchQuery.of("\"保护古树\"")))).containsExactly(trees.id());
		assertThat(ids(index.search(SearchQuery.of("\"古树普查\"")))).isEmpty();
		assertThat(ids(index.search(SearchQuery.of("platy*")))).containsExactly(report.id());
		var attachment = index.search(SearchQuery.of("platypus")).hits().get(0);
		assertThat(attachment.snippetHtml()).containsIgnoringCase("<em>platypus</em>");
		assertThat(index.search(SearchQuery.of("，。")).total()).isZero();
	}

	// --- filters, order, pages

	@Test
	void filtersNarrowBySiteColumnKindValidityAndBeijingDays() {
		var valid = article("银杏古树保护办法", "银杏。").kind(ArticleKind.POLICY).validity(Validity.VALID).column(POLICIES, "政策文件")
			.published(beijing(2026, 3, 1, 9, 0)).build();
		var repealed = article("银杏苗圃管理规定", "银杏。").kind(ArticleKind.POLICY).validity(Validity.REPEALED)
			.column(POLICIES, "政策文件").published(beijing(2026, 3, 2, 23, 30)).build();
		var news = article("县里开展银杏普查", "银杏。").site(COUNTY, "示例县人民政府网站", null).published(beijing(2026, 3, 3, 0, 10))
			.build();
		add(valid, repealed, news);

		assertThat(ids(search("银杏", q -> q.site(PORTAL.value().toString())))).containsExactlyInAnyOrder(valid.id(), repealed.id());
		assertThat(ids(search("银杏", q -> q.site(COUNTY.value().toString())))).containsExactly(news.id());
		assertThat(ids(search("银杏", q -> q.column(NEWS)))).containsExactly(news.id());
		assertThat(ids(search("银杏", q -> q.kind(ArticleKind.POLICY)))).containsExactlyInAnyOrder(valid.id(), repealed.id());
		assertThat(ids(search("银杏", q -> q.validity(Validity.REPEALED)))).containsExactly(repealed.id());
		// whole days in Beijing time: 00:10 on 3 March in Beijing is still 2 March in UTC
		assertThat(ids(search("银杏", q -> q.from(LocalDate.of(2026, 3, 2))))).containsExactlyInAnyOrder(repealed.id(), news.id());
		assertThat(ids(search("银杏", q -> q.to(LocalDate.of(2026, 3, 2))))).containsExactlyInAnyOrder(valid.id(), repealed.id());
		assertThat(ids(search("银杏", q -> q.from(LocalDate.of(2026, 3, 3)).to(LocalDate.of(2026, 3, 3))))).containsExactly(news.id());
		// no text: everything the filters let through, newest first
		assertThat(ids(search("", q -> q.kind(ArticleKind.POLICY)))).containsExactly(repealed.id(), valid.id());
		assertThat(search("", q -> q.site(COUNTY.value().toString())).hits().get(0).siteCode()).isNull();
	}

	@Test
	void resultsComeByRelevanceOrByDate() {
		var inTitle = article("犀鸟栖息地巡查通报", "巡查工作有序开展。").published(beijing(2026, 1, 5, 10, 0)).build();
		var inBody = article("全州生态巡查通报", "巡查中发现犀鸟一只。").published(beijing(2026, 2, 5, 10, 0)).build();
		add(inTitle, inBody);

		var relevance = index.search(SearchQuery.of("犀鸟"));
		assertThat(ids(relevance)).containsExactly(inTitle.id(), inBody.id());
		assertThat(relevance.hits().get(0).score()).isGreaterThan(relevance.hits().get(1).score());
		assertThat(ids(search("犀鸟", q -> q.sort(SearchSort.DATE)))).containsExactly(inBody.id(), inTitle.id());
	}

	@Test
	void pagesCutTheWholeResultAndTheTotalCountsIt() {
		var all = new ArrayList<ArticleId>();
		for (int i = 0; i < 23; i++) {
			var doc = article("大鲵保护区巡护通报第" + (i + 1) + "期", "巡护大鲵。").published(beijing(2026, 1, 1, 8, 0).plusSeconds(3600L * i))
				.build();
			index.index(doc);
			all.add(0, doc.id());
		}
		index.commit(1);

		var seen = new ArrayList<ArticleId>();
		for (int page = 0; page < 3; page++) {
			int p = page;
			var results = search("大鲵", q -> q.sort(SearchSort.DATE).page(p).size(10));
			assertThat(results.total()).isEqualTo(23);
			assertThat(results.pages()).isEqualTo(3);
			assertThat(results.page()).isEqualTo(page);
			assertThat(results.hits()).hasSize(page < 2 ? 10 : 3);
			seen.addAll(ids(results));
		}
		assertThat(seen).isEqualTo(all);
		var beyond = search("大鲵", q -> q.page(5).size(10));
		assertThat(beyond.total()).isEqualTo(23);
		assertThat(beyond.hits()).isEmpty();
	}

	// --- marks and suggestions

	@Test
	void titlesAndSnippetsAreEscapedWithOnlyEmMarks() {
		var doc = article("<script>alert(1)</script>鹈鹕保护通报", "鹈鹕 <b>数量</b> 增加 & \"更多\"。").build();
		add(doc);

		var hit = index.search(SearchQuery.of("鹈鹕")).hits().get(0);
		assertThat(hit.title()).isEqualTo("<script>alert(1)</script>鹈鹕保护通报");
		assertThat(hit.titleHtml()).startsWith("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;").contains("<em>鹈鹕</em>");
		assertThat(hit.snippetHtml()).contains("<em>鹈鹕</em>", "&lt;b&gt;", "&amp;", "&quot;");
		for (var html : List.of(hit.titleHtml(), hit.snippetHtml())) {
			assertThat(html.replace("<em>", "").replace("</em>", "")).doesNotContain("<", ">");
		}
	}

	@Test
	void aHomophoneTypoFindsTheTitleThatSoundsTheSameAndSuggestsItsWords() {
		var article = article("全州萤火虫保护宣传周启动", "宣传周活动丰富。").build();
		add(article);

		var typo = index.search(SearchQuery.of("萤火冲"));
		assertThat(ids(typo)).containsExactly(article.id());
		assertThat(typo.suggestion()).isEqualTo("萤火虫");
		assertThat(index.search(SearchQuery.of("量子引力波")).suggestion()).isNull();
		assertThat(index.search(SearchQuery.of("萤火虫")).suggestion()).isNull();
		// the suggestion keeps to the filters
		assertThat(search("萤火冲", q -> q.site(COUNTY.value().toString())).suggestion()).isNull();
	}

	// --- removing, the position, rebuilding

	@Test
	void aRemovedArticleDisappearsAtTheCommit() {
		var kept = article("大鲵保护区巡护通报", "巡护大鲵。").build();
		var removed = article("全州大鲵放流活动举行", "放流大鲵。").build();
		add(kept, removed);

		index.remove(removed.id());
		index.remove(new ArticleId(UUID.randomUUID()));
		assertThat(ids(index.search(SearchQuery.of("大鲵")))).contains(removed.id());
		index.commit(2);
		assertThat(ids(index.search(SearchQuery.of("大鲵")))).containsExactly(kept.id());
		assertThat(index.size()).isEqualTo(1);
		assertThat(index.appliedChange()).isEqualTo(2);
	}

	@Test
	void anArticleIndexedAgainIsReplaced() {
		var first = article("大鲵保护区巡护通报", "巡护大鲵。").build();
		add(first);
		index.index(article("萤火虫保护区巡护通报", "巡护萤火虫。").id(first.id()).build());
		index.commit(2);
		assertThat(index.search(SearchQuery.of("大鲵")).total()).isZero();
		assertThat(ids(index.search(SearchQuery.of("萤火虫")))).containsExactly(first.id());
		assertThat(index.size()).isEqualTo(1);
	}

	@Test
	void theChangeFeedPositionIsKeptWithTheDocumentsAcrossAReopen() throws Exception {
		assertThat(index.appliedChange()).isEqualTo(-1);
		assertThat(index.size()).isZero();
		var doc = article("全州穿山甲保护联席会议召开", "会议研究保护工作。").build();
		index.index(doc);
		index.commit(42);
		assertThat(index.appliedChange()).isEqualTo(42);

		reopen();
		assertThat(index.appliedChange()).isEqualTo(42);
		assertThat(index.size()).isEqualTo(1);
		assertThat(ids(index.search(SearchQuery.of("穿山甲")))).containsExactly(doc.id());
		index.commit(43);
		reopen();
		assertThat(index.appliedChange()).isEqualTo(43);
	}

	@Test
	void aRebuildReplacesEverythingAndSearchesSeeTheOldIndexUntilItIsDone() {
		var old = article("全州大鲵放流活动举行", "放流大鲵。").build();
		add(old);
		index.commit(5);
		var fresh = article("大鲵保护区巡护通报", "巡护大鲵。").build();
		var another = article("大鲵人工繁育取得进展", "繁育大鲵。").build();

		var seenDuring = new ArrayList<List<ArticleId>>();
		index.rebuild(sink -> {
			sink.accept(fresh);
			seenDuring.add(ids(index.search(SearchQuery.of("大鲵"))));
			assertThat(index.size()).isEqualTo(1);
			assertThat(index.appliedChange()).isEqualTo(5);
			sink.accept(another);
		}, 9);

		assertThat(seenDuring).containsExactly(List.of(old.id()));
		assertThat(ids(index.search(SearchQuery.of("大鲵")))).containsExactlyInAnyOrder(fresh.id(), another.id());
		assertThat(index.size()).isEqualTo(2);
		assertThat(index.appliedChange()).isEqualTo(9);
	}

	@Test
	void aFailedRebuildLeavesTheOldIndexAsItWas() {
		var old = article("全州大鲵放流活动举行", "放流大鲵。").build();
		add(old);
		index.commit(5);

		assertThatThrownBy(() -> index.rebuild(sink -> {
			sink.accept(article("大鲵保护区巡护通报", "巡护大鲵。").build());
			throw new IllegalStateException("the database went away");
		}, 9)).hasMessage("the database went away");

		assertThat(ids(index.search(SearchQuery.of("大鲵")))).containsExactly(old.id());
		assertThat(index.size()).isEqualTo(1);
		assertThat(index.appliedChange()).isEqualTo(5);
	}

	// --- helpers

	void add(SearchDocument... documents) {
		for (var document : documents) {
			index.index(document);
		}
		index.commit(1);
	}

	SearchResults search(String text, java.util.function.UnaryOperator<QueryBuilder> query) {
		return index.search(query.apply(new QueryBuilder(text)).build());
	}

	static List<ArticleId> ids(SearchResults results) {
		return results.hits().stream().map(SearchHit::id).toList();
	}

	static Instant beijing(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(BeijingTime.ZONE).toInstant();
	}

	static ArticleBuilder article(String title, String body) {
		return new ArticleBuilder(title, body);
	}

	/** A search with some of its parts changed. */
	static final class QueryBuilder {

		private final String text;
		private @Nullable String site, column;
		private @Nullable LocalDate from, to;
		private @Nullable ArticleKind kind;
		private @Nullable Validity validity;
		private SearchSort sort = SearchSort.RELEVANCE;
		private int page, size = 10;

		QueryBuilder(String text) {
			this.text = text;
		}

		QueryBuilder site(String site) { this.site = site; return this; }
		QueryBuilder column(String column) { this.column = column; return this; }
		QueryBuilder from(LocalDate from) { this.from = from; return this; }
		QueryBuilder to(LocalDate to) { this.to = to; return this; }
		QueryBuilder kind(ArticleKind kind) { this.kind = kind; return this; }
		QueryBuilder validity(Validity validity) { this.validity = validity; return this; }
		QueryBuilder sort(SearchSort sort) { this.sort = sort; return this; }
		QueryBuilder page(int page) { this.page = page; return this; }
		QueryBuilder size(int size) { this.size = size; return this; }

		SearchQuery build() {
			return new SearchQuery(text, site, column, from, to, kind, validity, sort, page, size);
		}
	}

	/** An indexed article: on the portal, in the news column, an ordinary article published on 1 March 2026. */
	static final class ArticleBuilder {

		private ArticleId id = new ArticleId(UUID.randomUUID());
		private SiteId site = PORTAL;
		private String siteName = "示例自治州人民政府门户网站";
		private @Nullable String siteCode = "9901000001";
		private String column = NEWS, columnName = "要闻动态";
		private ArticleKind kind = ArticleKind.ARTICLE;
		private @Nullable Validity validity;
		private Instant published = beijing(2026, 3, 1, 10, 0);
		private final String title, body;
		private @Nullable String documentNo, summary, keywords, authority;
		private String attachments = "";

		ArticleBuilder(String title, String body) {
			this.title = title;
			this.body = body;
		}

		ArticleBuilder id(ArticleId id) { this.id = id; return this; }
		ArticleBuilder site(SiteId site, String name, @Nullable String code) { this.site = site; this.siteName = name; this.siteCode = code; return this; }
		ArticleBuilder column(String column, String name) { this.column = column; this.columnName = name; return this; }
		ArticleBuilder kind(ArticleKind kind) { this.kind = kind; return this; }
		ArticleBuilder validity(Validity validity) { this.validity = validity; return this; }
		ArticleBuilder published(Instant published) { this.published = published; return this; }
		ArticleBuilder documentNo(String documentNo) { this.documentNo = documentNo; return this; }
		ArticleBuilder summary(String summary) { this.summary = summary; return this; }
		ArticleBuilder keywords(String keywords) { this.keywords = keywords; return this; }
		ArticleBuilder authority(String authority) { this.authority = authority; return this; }
		ArticleBuilder attachments(String attachments) { this.attachments = attachments; return this; }

		SearchDocument build() {
			return new SearchDocument(id, site, siteName, siteCode, List.of(column), List.of(columnName), kind, validity,
					published, title, body, documentNo, summary, keywords, authority, attachments);
		}
	}
}
