package org.govsite.reports;

import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteView;

/**
 * Who may read and fill in a site's annual report form: the supervisor, the Big Data Center's system administrators
 * and the co-regulators read every site's; a sponsoring unit's accounts read their own sites'; the site's 站点管理员
 * fills it in and moves it on. Everyone reads a published form on the public page.
 */
final class ReportAccess {

	private ReportAccess() {
	}

	static CurrentUser user() {
		return CurrentUser.fromContext().orElseThrow(() -> Refusal.forbidden("请先登录"));
	}

	static boolean readsEverything(CurrentUser user) {
		return user.hasPlatformRole(Role.SUPERVISOR) || user.hasPlatformRole(Role.SYSTEM_ADMIN)
				|| user.hasPlatformRole(Role.CO_REGULATOR);
	}

	static boolean mayRead(CurrentUser user, SiteView site) {
		return readsEverything(user) || user.unitId().equals(site.sponsorUnitId().value());
	}

	static boolean mayFill(CurrentUser user, SiteView site) {
		return user.hasRoleOn(Role.SITE_ADMIN, site.id());
	}

	static void requireRead(CurrentUser user, SiteView site) {
		if (!mayRead(user, site)) {
			throw Refusal.forbidden("只有监管人员、大数据中心或本网站的主办单位才能查看「" + site.name() + "」的年度报表");
		}
	}

	static void requireFill(CurrentUser user, SiteView site, String what) {
		if (!mayFill(user, site)) {
			throw Refusal.forbidden("只有本网站的站点管理员才能" + what);
		}
	}

	static void requireSupervisor(CurrentUser user) {
		if (!readsEverything(user)) {
			throw Refusal.forbidden("只有主管单位、大数据中心或协同监管单位才能查看各网站年度报表的发布情况");
		}
	}
}
