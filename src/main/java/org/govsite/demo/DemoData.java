package org.govsite.demo;

import java.util.List;

import org.govsite.iam.Role;
import org.govsite.iam.UserAccounts;
import org.govsite.iam.UserForm;
import org.govsite.iam.UserId;
import org.govsite.site.Channels;
import org.govsite.site.SiteAction;
import org.govsite.site.SiteForm;
import org.govsite.site.SiteId;
import org.govsite.site.SiteType;
import org.govsite.site.Sites;
import org.govsite.site.TransitionRequest;
import org.govsite.unit.UnitForm;
import org.govsite.unit.UnitKind;
import org.govsite.unit.UnitView;
import org.govsite.unit.Units;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo prefecture 示例自治州 (division code prefix 9901) into an empty database, through the modules' own
 * APIs so that every rule and the audit trail apply to it as to real data.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "govsite.demo.enabled", havingValue = "true", matchIfMissing = true)
@Order(10)
class DemoData implements ApplicationRunner {

	/** The password of every demo account (listed in the README). */
	static final String PASSWORD = "GovSite@2026";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Units units;
	private final Sites sites;
	private final Channels channels;
	private final UserAccounts accounts;
	private final DemoContent content;
	private final DemoServices services;
	private final DemoSites otherSites;
	private final DemoInteraction interaction;
	private final DemoDesks desks;

	DemoData(Units units, Sites sites, Channels channels, UserAccounts accounts, DemoContent content,
			DemoServices services, DemoSites otherSites, DemoInteraction interaction, DemoDesks desks) {
		this.desks = desks;
		this.content = content;
		this.services = services;
		this.otherSites = otherSites;
		this.interaction = interaction;
		this.units = units;
		this.sites = sites;
		this.channels = channels;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!units.all().isEmpty()) {
			return;
		}
		log.info("Empty database: loading the demo prefecture 示例自治州");
		var office = unit("示例自治州人民政府办公室", UnitKind.GENERAL_OFFICE, null, "990100", "王明", "州政府秘书长");
		var bigData = unit("示例自治州大数据中心", UnitKind.BIG_DATA_CENTER, office, "990100", "李强", "中心主任");
		var cyberspace = unit("中共示例自治州委员会网络安全和信息化委员会办公室", UnitKind.CYBERSPACE_OFFICE, null, "990100", "赵敏", "副主任");
		unit("中共示例自治州委员会机构编制委员会办公室", UnitKind.CO_REGULATOR, null, "990100", null, null);
		unit("示例自治州工业和信息化局", UnitKind.CO_REGULATOR, null, "990100", null, null);
		unit("示例自治州公安局", UnitKind.CO_REGULATOR, null, "990100", null, null);
		var countyA = unit("甲县人民政府", UnitKind.COUNTY_GOVERNMENT, null, "990121", "陈刚", "副县长");
		var countyB = unit("乙县人民政府", UnitKind.COUNTY_GOVERNMENT, null, "990122", "周丽", "副县长");
		var cityC = unit("丙市人民政府", UnitKind.COUNTY_GOVERNMENT, null, "990181", "吴涛", "副市长");
		var education = unit("示例自治州教育局", UnitKind.DEPARTMENT, null, "990100", "郑华", "副局长");
		var health = unit("示例自治州卫生健康委员会", UnitKind.DEPARTMENT, null, "990100", "孙悦", "副主任");
		var ecology = unit("示例自治州生态环境局", UnitKind.DEPARTMENT, null, "990100", "钱进", "副局长");
		var market = unit("示例自治州市场监督管理局", UnitKind.DEPARTMENT, null, "990100", "冯宁", "副局长");
		var township = unit("甲县城关镇人民政府", UnitKind.TOWNSHIP, countyA, "990121100", "何平", "副镇长");
		var college = unit("示例自治州职业技术学院", UnitKind.NON_GOVERNMENT, null, null, "林芳", "副院长");
		var vendor = unit("示例信息技术有限公司", UnitKind.VENDOR, null, null, null, null);

		var portal = site("示例自治州人民政府门户网站", SiteType.PORTAL, "9901000001", "www.shilizhou.gov.cn", office, bigData);
		var portalA = site("甲县人民政府门户网站", SiteType.PORTAL, "9901210001", "www.jiaxian.gov.cn", countyA, bigData);
		site("乙县人民政府门户网站", SiteType.PORTAL, "9901220001", "www.yixian.gov.cn", countyB, bigData);
		site("丙市人民政府门户网站", SiteType.PORTAL, "9901810001", "www.bingshi.gov.cn", cityC, bigData);
		site("示例自治州教育局网站", SiteType.DEPARTMENT, "9901000002", "jyj.shilizhou.gov.cn", education, bigData);
		site("示例自治州卫生健康委员会网站", SiteType.DEPARTMENT, "9901000003", "wjw.shilizhou.gov.cn", health, bigData);
		site("示例自治州生态环境局网站", SiteType.DEPARTMENT, "9901000004", "sthjj.shilizhou.gov.cn", ecology, bigData);
		site("示例自治州市场监督管理局网站", SiteType.DEPARTMENT, "9901000005", "scjgj.shilizhou.gov.cn", market, bigData);
		site("示例自治州职业技术学院网站", SiteType.NON_GOVERNMENT, null, "www.slzyjsxy.edu.cn", college, bigData);
		channels.open(portalA, township.id(), "城关镇", "chengguan");

		account("admin", "平台管理员", bigData, Role.SYSTEM_ADMIN, null);
		account("security", "安全管理员", bigData, Role.SECURITY_ADMIN, null);
		account("auditor", "审计管理员", bigData, Role.AUDIT_ADMIN, null);
		account("supervisor", "州政府办监管员", office, Role.SUPERVISOR, null);
		account("editor", "门户网站编辑", office, Role.EDITOR, portal);
		account("reviewer1", "初审人员", office, Role.FIRST_REVIEWER, portal);
		account("reviewer2", "复审人员", office, Role.SECOND_REVIEWER, portal);
		account("chief", "终审人员", office, Role.FINAL_REVIEWER, portal);
		account("responder", "互动办理员", office, Role.RESPONDER, portal);
		account("duty", "值班员", bigData, Role.DUTY_OFFICER, portal);
		account("vendor", "厂商运维人员", vendor, Role.VENDOR_STAFF, null);
		account("cyberspace", "网信办信息发布员", cyberspace, Role.CO_REGULATOR, null);
		account("siteadmin", "门户网站管理员", office, Role.SITE_ADMIN, portal);
		account("disclosure", "信息公开办理员", office, Role.DISCLOSURE_OFFICER, portal);
		// the portal's 主编 writes and holds 终审 too: the one who may backdate (补录) an article
		var chiefEditor = account(DemoContent.CHIEF_EDITOR, "门户网站主编", office, Role.EDITOR, portal);
		accounts.grant(chiefEditor, Role.FINAL_REVIEWER, portal);
		content.load();
		content.loadStandings();
		// Art. 6: the township publishes through its channel on the county portal; its editor works there and only there
		var channel = content.loadCountyPortal(portalA);
		var townshipEditor = accounts.createDemoAccount(new UserForm("township", "城关镇信息员", township.id(), null, null,
				PASSWORD));
		accounts.grant(townshipEditor.id(), Role.EDITOR, portalA, channel.value());
		content.draftInTownshipChannel(channel);
		services.load();
		otherSites.load();
		interaction.load();
		desks.load();
		log.info("Demo prefecture loaded: {} units, {} sites; demo accounts use the password from the README",
				units.all().size(), sites.all().size());
	}

	private UnitView unit(String name, UnitKind kind, @Nullable UnitView parent, @Nullable String division,
			@Nullable String leader, @Nullable String leaderTitle) {
		return units.register(new UnitForm(name, kind, parent == null ? null : parent.id(), division, "办公室",
				"0999-1234567", null, "示例自治州", leader, leaderTitle));
	}

	private SiteId site(String name, SiteType type, @Nullable String code, String domain, UnitView sponsor,
			UnitView operator) {
		var site = sites.register(new SiteForm(name, type, code, domain, List.of(), sponsor.id(), operator.id(),
				"示ICP备" + (code == null ? "20260001" : code.substring(4)) + "号",
				type.isGovernment() ? "示公网安备" + (code == null ? "99010000000001" : "9901" + code) + "号" : null,
				(short) (type == SiteType.PORTAL ? 3 : 2)));
		sites.transition(site.id(), TransitionRequest.of(SiteAction.APPROVE, "演示数据：批准开设"));
		sites.transition(site.id(), TransitionRequest.of(SiteAction.OPEN, "演示数据：开通运行"));
		return site.id();
	}

	private UserId account(String username, String name, UnitView unit, Role role, @Nullable SiteId site) {
		var user = accounts.createDemoAccount(new UserForm(username, name, unit.id(), null, null, PASSWORD));
		accounts.grant(user.id(), role, site);
		return user.id();
	}

}
