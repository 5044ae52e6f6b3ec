package org.govsite.content;

import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;

/** Who may shape a site's structure (columns, topics): its site administrator or a system administrator. */
final class ContentAccess {

	private ContentAccess() {
	}

	/** Work done by the platform itself (demo data, jobs) runs without a signed-in user and is allowed. */
	static void requireSiteAdmin(SiteId site) {
		CurrentUser.fromContext().ifPresent(user -> {
			if (!user.hasRoleOn(Role.SITE_ADMIN, site) && !user.hasPlatformRole(Role.SYSTEM_ADMIN)) {
				throw Refusal.forbidden("只有本网站的站点管理员或系统管理员才能调整栏目");
			}
		});
	}
}
