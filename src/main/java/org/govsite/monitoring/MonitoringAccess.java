package org.govsite.monitoring;

import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;

/**
 * Who may see and act on monitoring data. Read: the Big Data Center's operators (系统管理员), the supervisor
 * (主管单位监管员), platform duty officers (值班员), and a site's own duty officers and administrators for their site.
 * Act (scans, settings, findings, incidents): the same minus the supervisor, who reads. What concerns every site at
 * once (the historical sweep of all published articles) is read by those who read all sites and started by those who
 * act on all: operators and platform duty officers.
 */
final class MonitoringAccess {

	private MonitoringAccess() {
	}

	static CurrentUser user() {
		return CurrentUser.fromContext().orElseThrow(() -> Refusal.forbidden("请先登录"));
	}

	static boolean readsAll(CurrentUser user) {
		return user.hasPlatformRole(Role.SYSTEM_ADMIN) || user.hasPlatformRole(Role.SUPERVISOR)
				|| user.hasPlatformRole(Role.DUTY_OFFICER);
	}

	static boolean reads(CurrentUser user, SiteId site) {
		return readsAll(user) || user.hasRoleOn(Role.DUTY_OFFICER, site) || user.hasRoleOn(Role.SITE_ADMIN, site);
	}

	/** Acts on every site: {@link #acts} for any site, held platform-wide. */
	static boolean actsOnAll(CurrentUser user) {
		return user.hasPlatformRole(Role.SYSTEM_ADMIN) || user.hasPlatformRole(Role.DUTY_OFFICER);
	}

	static boolean acts(CurrentUser user, SiteId site) {
		return user.hasPlatformRole(Role.SYSTEM_ADMIN) || user.hasRoleOn(Role.DUTY_OFFICER, site)
				|| user.hasRoleOn(Role.SITE_ADMIN, site);
	}

	static void requireRead(SiteId site) {
		if (!reads(user(), site)) {
			throw Refusal.forbidden("无权查看该网站的监测情况");
		}
	}

	static void requireAct(SiteId site, String what) {
		if (!acts(user(), site)) {
			throw Refusal.forbidden("只有大数据中心运维人员、值班员和本网站管理员才能" + what);
		}
	}

	/** Whether the signed-in account may open the monitoring console at all. */
	static boolean console(CurrentUser user) {
		return readsAll(user) || !user.sitesWith(Role.DUTY_OFFICER).isEmpty() || !user.sitesWith(Role.SITE_ADMIN).isEmpty();
	}
}
