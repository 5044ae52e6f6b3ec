package org.govsite.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.govsite.content.ArticleForm;
import org.govsite.content.ArticleId;
import org.govsite.content.ArticleKind;
import org.govsite.content.Articles;
import org.govsite.content.ColumnForm;
import org.govsite.content.ColumnId;
import org.govsite.content.ColumnKind;
import org.govsite.content.Columns;
import org.govsite.content.InterpretationType;
import org.govsite.content.ReviewAction;
import org.govsite.content.Reviews;
import org.govsite.content.UpdateClass;
import org.govsite.content.Validity;
import org.govsite.shared.BeijingTime;
import org.govsite.site.SiteId;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo portal's columns and a few articles, written by {@code editor} and taken through 三审 by the demo reviewers,
 * so that the demo shows real review history rather than rows typed into tables; the other sites' desks use the same
 * helpers ({@link DemoSites}).
 */
@Component
class DemoContent {

	/** Who takes an article through 三审 on a site: its editor, first and second reviewer, and 终审 for important ones. */
	record Desk(String editor, String firstReviewer, String secondReviewer, @Nullable String finalReviewer) {
	}

	/** The portal's desk. */
	static final Desk PORTAL = new Desk("editor", "reviewer1", "reviewer2", "chief");

	/** The portal's 主编: an editor who also holds 终审, and so may backdate (补录) an article. */
	static final String CHIEF_EDITOR = "chiefeditor";

	/** How long ago the last article of the portal's overdue column (部门动态, updated every 14 days) came out. */
	static final int OVERDUE_DAYS_AGO = 20;

	private final Sites sites;
	private final Columns columns;
	private final Articles articles;
	private final Reviews reviews;
	private final DemoUsers users;
	private final Clock clock;

	DemoContent(Sites sites, Columns columns, Articles articles, Reviews reviews, DemoUsers users, Clock clock) {
		this.sites = sites;
		this.columns = columns;
		this.articles = articles;
		this.reviews = reviews;
		this.users = users;
		this.clock = clock;
	}

	void load() {
		var portal = sites.findBySiteCode("9901000001").orElseThrow().id();
		var news = column(portal, "要闻动态", "yaowen", UpdateClass.DYNAMIC, ColumnKind.LIST, true, 10);
		column(portal, "网站头条", "toutiao", UpdateClass.DYNAMIC, ColumnKind.LIST, true, 5);
		var notices = column(portal, "通知公告", "tzgg", UpdateClass.NOTICE, ColumnKind.LIST, true, 20);
		var policies = column(portal, "政策文件", "zcwj", UpdateClass.POLICY, ColumnKind.LIST, true, 30);
		var interpretations = column(portal, "政策解读", "zcjd", UpdateClass.POLICY, ColumnKind.LIST, true, 40);
		var functions = column(portal, "机构职能", "jgzn", UpdateClass.REGULAR, ColumnKind.SINGLE_PAGE, false, 50);
		column(portal, "办事服务", "bsfw", UpdateClass.EXEMPT, ColumnKind.SERVICE, true, 60);
		column(portal, "互动交流", "hdjl", UpdateClass.EXEMPT, ColumnKind.INTERACTION, true, 70);

		publish(PORTAL, false, () -> articles.write(ArticleForm.simple(news, "示例自治州召开政府网站建设推进会",
				"<p>会议要求各县（市）、各部门落实网站内容保障责任，确保栏目按期更新。</p>", false)).id());
		publish(PORTAL, false, () -> articles.write(ArticleForm.simple(notices, "关于开展2026年度政府网站自查工作的通知",
				"<p>请各单位于12月20日前完成自查并报送自查报告。</p>", false)).id());
		publish(PORTAL, false, () -> articles.write(ArticleForm.simple(functions, "示例自治州人民政府办公室主要职责",
				"<p>负责州人民政府会议的组织工作，协助州人民政府领导同志组织起草州人民政府公文，督促检查州人民政府各部门和各县（市）人民政府对州人民政府公文、会议决定事项及州人民政府领导同志指示的执行落实情况。</p>",
				false)).id());
		var policy = users.as(PORTAL.editor(), () -> articles.write(new ArticleForm(policies, ArticleKind.POLICY, null, true,
				"示例自治州政府网站管理办法", null, "<p>第一条 为加强政府网站管理，制定本办法。</p>", "规范全州政府网站管理", "州政府办公室",
				null, "政府网站,管理办法", null, null, null, "99010000/2026-00001", "示例自治州人民政府办公室", "示政办发〔2026〕1号",
				LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 24), "政务公开", Validity.VALID, null)).id());
		var interpretation = users.as(PORTAL.editor(), () -> articles.write(new ArticleForm(interpretations,
				ArticleKind.INTERPRETATION, InterpretationType.TEXT, false, "《示例自治州政府网站管理办法》解读", null,
				"<p>一、制定背景。二、主要内容。三、保障措施。</p>", null, "州政府办公室", null, null, null, null, null, null, null,
				null, null, null, null, null, null)).id());
		users.run(PORTAL.editor(), () -> articles.link(policy, interpretation));
		publish(PORTAL, false, () -> interpretation);
		publish(PORTAL, true, () -> policy);

		// something to do for each role on the first sign-in (issue 14): a draft the first reviewer returned with a
		// comment (the editor's 我的稿件), and an article waiting in each reviewer's 审核待办: for 初审, for 复审, and an
		// important one for 终审
		var returned = submit(PORTAL, () -> articles.write(ArticleForm.simple(notices, "关于做好冬季安全生产工作的通知",
				"<p>各单位要加强冬季安全生产检查。</p>", false)).id());
		users.as(PORTAL.firstReviewer(), () -> reviews.act(returned, ReviewAction.RETURN, "请补充检查时间安排和责任单位"));
		submit(PORTAL, () -> articles.write(ArticleForm.simple(news, "全州开展政府网站内容保障专项检查",
				"<p>检查覆盖全州各县（市）政府门户网站和部门网站。</p>", false)).id());
		var second = submit(PORTAL, () -> articles.write(ArticleForm.simple(news, "州大数据中心完成政务云平台扩容",
				"<p>扩容后的政务云平台可承载全州政府网站集约化部署。</p>", false)).id());
		users.as(PORTAL.firstReviewer(), () -> reviews.act(second, ReviewAction.APPROVE, "同意"));
		var important = submit(PORTAL, () -> articles.write(ArticleForm.simple(notices, "关于做好元旦春节期间政府网站安全保障工作的通知",
				"<p>节日期间各单位要落实值班值守和网站安全防护措施。</p>", true)).id());
		users.as(PORTAL.firstReviewer(), () -> reviews.act(important, ReviewAction.APPROVE, "同意"));
		users.as(PORTAL.secondReviewer(), () -> reviews.act(important, ReviewAction.APPROVE, "同意，请终审"));
	}

	/**
	 * What the supervisor's 内容保障监督 finds on the portal (issue 14): 部门动态, whose last article — taken over from the
	 * old site by the 主编 as a 补录 with its original date — is older than its 14 days (已超期), and 人事信息, which has
	 * nothing published yet (空白).
	 */
	void loadStandings() {
		var portal = sites.findBySiteCode("9901000001").orElseThrow().id();
		var departments = column(portal, "部门动态", "bmdt", UpdateClass.DYNAMIC, ColumnKind.LIST, false, 15);
		column(portal, "人事信息", "rsxx", UpdateClass.REGULAR, ColumnKind.LIST, false, 55);
		var published = LocalDate.now(clock.withZone(BeijingTime.ZONE)).minusDays(OVERDUE_DAYS_AGO).atTime(9, 30);
		var backfill = new Desk(CHIEF_EDITOR, PORTAL.firstReviewer(), PORTAL.secondReviewer(), null);
		publish(backfill, false, () -> articles.write(new ArticleForm(departments, ArticleKind.ARTICLE, null, false,
				"州交通运输局部署冬季道路交通安全保障工作", null, "<p>州交通运输局召开专题会议，部署冬季道路交通安全隐患排查和应急保障工作。</p>",
				null, "州交通运输局", null, null, null, published, "网站改版迁移：该信息已于原网站按时发布，补录原发布日期", null, null,
				null, null, null, null, null, null)).id());
	}

	/**
	 * The county portal's columns, with the township's channel (城关镇) and its own columns below it; returns the
	 * channel's column, to which the township editor's grant is limited.
	 */
	ColumnId loadCountyPortal(SiteId county) {
		column(county, "县政要闻", "xzyw", UpdateClass.DYNAMIC, ColumnKind.LIST, true, 10);
		column(county, "通知公告", "tzgg", UpdateClass.NOTICE, ColumnKind.LIST, true, 20);
		column(county, "政策文件", "zcwj", UpdateClass.POLICY, ColumnKind.LIST, true, 30);
		var channel = column(county, null, "城关镇", "chengguan", UpdateClass.EXEMPT, ColumnKind.LIST, true, 40);
		column(county, channel, "镇务动态", "zwdt", UpdateClass.DYNAMIC, ColumnKind.LIST, false, 10);
		column(county, channel, "镇务公开", "zwgk", UpdateClass.NOTICE, ColumnKind.LIST, false, 20);
		column(county, "互动交流", "hdjl", UpdateClass.EXEMPT, ColumnKind.INTERACTION, true, 70);
		return channel;
	}

	/** A draft of the township editor's in the channel's 镇务动态, so that the township's desk is not empty. */
	void draftInTownshipChannel(ColumnId channel) {
		var news = columns.ofSite(columns.get(channel).siteId()).stream()
			.filter(column -> channel.equals(column.parentId()) && column.slug().equals("zwdt"))
			.findFirst().orElseThrow().id();
		users.as("township", () -> articles.write(ArticleForm.simple(news, "城关镇开展冬季防火安全宣传",
				"<p>城关镇组织干部深入村（社区）开展冬季防火安全宣传。</p>", false)).id());
	}

	ColumnId column(SiteId site, String name, String slug, UpdateClass updateClass, ColumnKind kind, boolean home,
			int order) {
		return column(site, null, name, slug, updateClass, kind, home, order);
	}

	private ColumnId column(SiteId site, @Nullable ColumnId parent, String name, String slug, UpdateClass updateClass,
			ColumnKind kind, boolean home, int order) {
		return columns.create(new ColumnForm(site, null, parent, name, slug, null, name, kind, null, updateClass, null,
				parent == null, home, order, null)).id();
	}

	/** Writes (as the desk's editor) and takes the article through 三审 as the desk's reviewers would. */
	void publish(Desk desk, boolean important, Supplier<ArticleId> write) {
		var id = submit(desk, write);
		users.as(desk.firstReviewer(), () -> reviews.act(id, ReviewAction.APPROVE, "同意"));
		users.as(desk.secondReviewer(), () -> reviews.act(id, ReviewAction.APPROVE, "同意发布"));
		if (important) {
			users.as(java.util.Objects.requireNonNull(desk.finalReviewer()), () -> reviews.act(id, ReviewAction.APPROVE, "同意"));
		}
	}

	/** Writes (as the desk's editor) and submits the article: it waits for the desk's 初审. */
	ArticleId submit(Desk desk, Supplier<ArticleId> write) {
		var id = users.as(desk.editor(), write);
		users.as(desk.editor(), () -> reviews.act(id, ReviewAction.SUBMIT, null));
		return id;
	}
}
