package org.govsite.demo;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.govsite.content.DirectiveForm;
import org.govsite.disclosure.ApplicantKind;
import org.govsite.disclosure.Delivery;
import org.govsite.disclosure.DisclosureRequests;
import org.govsite.disclosure.PreferredForm;
import org.govsite.disclosure.ReceiptChannel;
import org.govsite.disclosure.RequestForm;
import org.govsite.duty.DutyDesk;
import org.govsite.duty.ShiftForm;
import org.govsite.governance.Vendors;
import org.govsite.iam.UserForm;
import org.govsite.shared.BeijingTime;
import org.springframework.stereotype.Component;

/**
 * Something to do on the first sign-in (issue 14) for the duty officer (the current shift, planned by the Big Data
 * Center's administrator, its handover note still to write), the disclosure officer (a request received by post two days
 * ago, on the statutory clock), the security administrator (a new colleague's account without a role), the cyberspace
 * office (a 网站头条 directive to the portals, not adopted yet) and the vendor's staff (its operations contract for the
 * portal ends in 25 days and a qualification in 20: the Big Data Center's reminders and the vendor's own page say so).
 */
@Component
class DemoDesks {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final DutyDesk duty;
	private final DisclosureRequests disclosure;
	private final DemoUsers users;
	private final Clock clock;
	private final org.govsite.unit.Units units;
	private final org.govsite.iam.UserAccounts accounts;
	private final org.govsite.site.Sites sites;
	private final org.govsite.content.HeadlineDirectives directives;
	private final Vendors vendors;

	DemoDesks(DutyDesk duty, DisclosureRequests disclosure, DemoUsers users, Clock clock, org.govsite.unit.Units units,
			org.govsite.iam.UserAccounts accounts, org.govsite.site.Sites sites,
			org.govsite.content.HeadlineDirectives directives, Vendors vendors) {
		this.vendors = vendors;
		this.units = units;
		this.accounts = accounts;
		this.sites = sites;
		this.directives = directives;
		this.duty = duty;
		this.disclosure = disclosure;
		this.users = users;
		this.clock = clock;
	}

	void load() {
		var today = BeijingTime.today(clock);
		// the security administrator's: an account the system administrator opened for a new colleague, no role yet
		var office = units.all().stream().filter(u -> u.name().equals("示例自治州人民政府办公室")).findFirst().orElseThrow();
		users.as("admin", () -> accounts.createDemoAccount(new UserForm("newclerk", "新入职信息员", office.id(), null, null,
				DemoData.PASSWORD)));
		// the cyberspace office's: a 网站头条 directive to the portals, adopted by nobody yet (Art. 10)
		var portal = sites.findBySiteCode(DemoInteraction.PORTAL).orElseThrow().id();
		var county = sites.findBySiteCode("9901210001").orElseThrow().id();
		users.as("cyberspace", () -> directives.issue(new DirectiveForm("转发：全国政府网站与政务新媒体检查情况通报",
				"<p>请各政府门户网站在首页头条位置转载。</p>", "https://www.gov.cn/", "首页头条",
				today.plusDays(1).atTime(18, 0), java.util.List.of(portal, county))));
		// the vendor's: the portal's operations contract and a qualification come up for renewal this month (Art. 19)
		var vendor = units.all().stream().filter(u -> u.name().equals("示例信息技术有限公司")).findFirst().orElseThrow();
		users.as("admin", () -> {
			vendors.addContract(vendor.id(), new Vendors.ContractForm("SLZ-YW-DEMO-01", "州政府门户网站运行维护、安全监测和应急处置",
					"7×24 小时响应，故障 2 小时内恢复，每月提交运维报告", "落实等级保护第三级要求，不得接触未公开信息，不得编辑发布内容",
					today.minusDays(340), today.plusDays(25), java.util.List.of(portal)));
			vendors.addQualification(vendor.id(), new Vendors.QualificationForm("信息系统安全运维服务资质（二级）",
					"CCRC-ISV-DEMO-0002", today.plusDays(20)));
			return null;
		});
		var from = today.atTime(8, 0);
		users.as("admin", () -> duty.plan(new ShiftForm("duty", "supervisor", MINUTE.format(from),
				MINUTE.format(from.plusDays(1)))));
		users.as("disclosure", () -> disclosure.register(new RequestForm(DemoInteraction.PORTAL, ApplicantKind.PERSON,
				"刘建国", "110101199003071234", "13900000123", null, "示例自治州甲县城关镇新华路 8 号",
				"请公开 2026 年度城关镇老旧小区改造项目的资金安排和实施计划。", "了解本人所住小区的改造安排",
				PreferredForm.PAPER, Delivery.POST, ReceiptChannel.POST, today.minusDays(2), null, null, null)));
	}
}
