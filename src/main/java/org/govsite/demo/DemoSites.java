package org.govsite.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.govsite.content.ArticleForm;
import org.govsite.content.ArticleId;
import org.govsite.content.Articles;
import org.govsite.content.ColumnId;
import org.govsite.content.ColumnKind;
import org.govsite.content.ColumnView;
import org.govsite.content.Columns;
import org.govsite.content.UpdateClass;
import org.govsite.demo.DemoContent.Desk;
import org.govsite.iam.Role;
import org.govsite.iam.UserAccounts;
import org.govsite.iam.UserForm;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.springframework.stereotype.Component;

/**
 * The demo prefecture's other sites (issue 14): the three county portals, the four departments' sites and the
 * college's, each with its own desk — {@code <site>.editor}, {@code <site>.reviewer1} (初审) and {@code <site>.reviewer2} (复审),
 * accounts of the site's sponsor — a small column set, a news item and a notice that went through 三审 on that site, and
 * one more news item waiting for the site's 初审.
 */
@Component
class DemoSites {

	/** An article as typed: title and body. */
	private record Text(String title, String body) {
	}

	/**
	 * One site: the prefix of its desk's usernames, its main domain, how its people name it, its news column (name and
	 * path), and its first articles.
	 */
	private record Plan(String prefix, String domain, String label, String newsColumn, String newsSlug, Text news,
			Text notice, Text waiting) {
	}

	private static final List<Plan> PLANS = List.of(
			new Plan("jiaxian", "www.jiaxian.gov.cn", "甲县门户网站", "县政要闻", "xzyw",
					new Text("甲县部署今冬明春重点工作", "<p>会议研究了冬季安全生产、保障群众温暖过冬等工作。</p>"),
					new Text("关于开展2026年度县级政府网站自查工作的通知", "<p>请各乡镇、各部门对照检查指标完成自查。</p>"),
					new Text("甲县新建农村公路通车", "<p>新建公路连通三个行政村，方便群众出行和农产品外运。</p>")),
			new Plan("yixian", "www.yixian.gov.cn", "乙县门户网站", "乙县要闻", "yaowen",
					new Text("乙县召开冬春农田水利建设动员会", "<p>会议部署全县冬春农田水利基本建设任务，要求各乡镇抓住有利时机，加快项目建设进度。</p>"),
					new Text("关于做好城乡居民医疗保险集中参保缴费工作的通知", "<p>请各乡镇组织辖区居民在集中缴费期内完成参保缴费。</p>"),
					new Text("乙县开展冬季森林草原防火专项检查", "<p>检查组深入重点林区、牧区，排查火灾隐患。</p>")),
			new Plan("bingshi", "www.bingshi.gov.cn", "丙市门户网站", "丙市要闻", "yaowen",
					new Text("丙市召开优化营商环境工作推进会", "<p>会议通报全市营商环境评价情况，部署下一阶段重点任务。</p>"),
					new Text("关于做好冬季供暖保障工作的通知", "<p>各供热企业要加强设施巡查，确保居民室温达标。</p>"),
					new Text("丙市新增三个政务服务便民网点", "<p>新网点设在城区三个街道便民服务中心，可办理社保、医保等高频事项。</p>")),
			new Plan("jyj", "jyj.shilizhou.gov.cn", "州教育局网站", "工作动态", "gzdt",
					new Text("州教育局开展中小学校园安全专项检查", "<p>检查覆盖全州中小学校和幼儿园的消防、食堂和校车安全。</p>"),
					new Text("关于做好普通高校招生考试报名工作的通知", "<p>报名采取网上报名、现场确认的方式进行。</p>"),
					new Text("全州中小学教师信息技术应用能力培训启动", "<p>培训采取线上学习与校本研修相结合的方式。</p>")),
			new Plan("wjw", "wjw.shilizhou.gov.cn", "州卫生健康委网站", "工作动态", "gzdt",
					new Text("州卫生健康委部署冬春季传染病防控工作", "<p>要求各级医疗卫生机构加强监测预警，做好流感等呼吸道传染病防治。</p>"),
					new Text("关于开展医疗机构执业许可证校验工作的通知", "<p>请各医疗机构按要求提交校验申请材料。</p>"),
					new Text("州人民医院开通互联网诊疗服务", "<p>群众可通过手机预约挂号、在线复诊和查询检查报告。</p>")),
			new Plan("sthjj", "sthjj.shilizhou.gov.cn", "州生态环境局网站", "工作动态", "gzdt",
					new Text("州生态环境局开展冬季大气污染防治督查", "<p>督查组重点检查燃煤锅炉、工地扬尘和散煤治理情况。</p>"),
					new Text("关于开展排污许可证执行报告抽查工作的通知", "<p>抽查范围为全州重点排污单位。</p>"),
					new Text("全州集中式饮用水水源地水质保持稳定", "<p>监测结果显示，全州集中式饮用水水源地水质达标率为百分之百。</p>")),
			new Plan("scjgj", "scjgj.shilizhou.gov.cn", "州市场监管局网站", "工作动态", "gzdt",
					new Text("州市场监管局开展冬季食品安全专项检查", "<p>检查重点为农贸市场、超市和学校食堂。</p>"),
					new Text("关于做好市场主体年度报告公示工作的通知", "<p>请各类市场主体通过国家企业信用信息公示系统报送年度报告。</p>"),
					new Text("州市场监管局发布冬季消费提示", "<p>提醒消费者选购取暖产品时查看产品认证标志。</p>")),
			new Plan("college", "www.slzyjsxy.edu.cn", "学院网站", "学院新闻", "xyxw",
					new Text("学院举办2026年职业技能竞赛", "<p>竞赛设机电一体化、电子商务等八个赛项，五百余名学生参赛。</p>"),
					new Text("关于期末考试安排的通知", "<p>本学期期末考试安排在第十八周至第十九周进行。</p>"),
					new Text("学院与州内企业签订校企合作协议", "<p>双方将在实习实训、订单培养等方面开展合作。</p>")));

	private final Sites sites;
	private final UserAccounts accounts;
	private final Columns columns;
	private final Articles articles;
	private final DemoContent content;

	DemoSites(Sites sites, UserAccounts accounts, Columns columns, Articles articles, DemoContent content) {
		this.sites = sites;
		this.columns = columns;
		this.accounts = accounts;
		this.articles = articles;
		this.content = content;
	}

	void load() {
		for (var plan : PLANS) {
			var site = sites.findByDomain(plan.domain()).orElseThrow();
			var desk = desk(site, plan);
			var bySlug = columns(site, plan);
			var news = bySlug.get(plan.newsSlug());
			var notices = bySlug.get("tzgg");
			content.publish(desk, false, () -> write(news, plan.news()));
			content.publish(desk, false, () -> write(notices, plan.notice()));
			content.submit(desk, () -> write(news, plan.waiting()));
		}
	}

	/**
	 * The site's columns by path: 甲县's came with its township's channel ({@link DemoContent#loadCountyPortal}); the
	 * others get their news, 通知公告, 政策文件 (government sites) and 互动交流 here.
	 */
	private Map<String, ColumnId> columns(SiteView site, Plan plan) {
		if (columns.ofSite(site.id()).isEmpty()) {
			content.column(site.id(), plan.newsColumn(), plan.newsSlug(), UpdateClass.DYNAMIC, ColumnKind.LIST, true, 10);
			content.column(site.id(), "通知公告", "tzgg", UpdateClass.NOTICE, ColumnKind.LIST, true, 20);
			if (site.type().isGovernment()) {
				content.column(site.id(), "政策文件", "zcwj", UpdateClass.POLICY, ColumnKind.LIST, true, 30);
			}
			content.column(site.id(), "互动交流", "hdjl", UpdateClass.EXEMPT, ColumnKind.INTERACTION, true, 70);
		}
		return columns.ofSite(site.id()).stream().collect(Collectors.toMap(ColumnView::slug, ColumnView::id));
	}

	/** The site's editor and its two reviewers, accounts of the site's sponsor. */
	private Desk desk(SiteView site, Plan plan) {
		var desk = new Desk(plan.prefix() + ".editor", plan.prefix() + ".reviewer1", plan.prefix() + ".reviewer2", null);
		account(site, desk.editor(), plan.label() + "编辑", Role.EDITOR);
		account(site, desk.firstReviewer(), plan.label() + "初审人员", Role.FIRST_REVIEWER);
		account(site, desk.secondReviewer(), plan.label() + "复审人员", Role.SECOND_REVIEWER);
		return desk;
	}

	private void account(SiteView site, String username, String name, Role role) {
		var user = accounts.createDemoAccount(new UserForm(username, name, site.sponsorUnitId(), null, null,
				DemoData.PASSWORD));
		accounts.grant(user.id(), role, site.id());
	}

	private ArticleId write(ColumnId column, Text text) {
		return articles.write(ArticleForm.simple(column, text.title(), text.body(), false)).id();
	}
}
