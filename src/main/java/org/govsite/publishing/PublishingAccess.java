package org.govsite.publishing;

import org.govsite.content.ContentReaders;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;

/** Who may rebuild a site or change its theme, and who may preview its drafts. */
public final class PublishingAccess {

	private PublishingAccess() {
	}

	/** The system administrator or the site's administrator; platform work without a user is allowed. */
	public static void requireSiteAdmin(SiteId site) {
		CurrentUser.fromContext().ifPresent(user -> {
			if (!user.hasPlatformRole(Role.SYSTEM_ADMIN) && !user.hasRoleOn(Role.SITE_ADMIN, site)) {
				throw Refusal.forbidden("只有系统管理员或本网站的站点管理员才能执行此操作");
			}
		});
	}

	/** Previews follow the one rule for content that is not live (see {@link ContentReaders}). */
	public static boolean mayPreview(CurrentUser user, SiteId site) {
		return ContentReaders.mayReadUnpublished(user, site);
	}

	/** Visit statistics: oversight roles and the site's administrator. */
	public static void requireStatisticsReader(SiteId site) {
		var user = CurrentUser.require();
		if (!user.hasPlatformRole(Role.SYSTEM_ADMIN) && !user.hasPlatformRole(Role.SUPERVISOR)
				&& !user.hasPlatformRole(Role.CO_REGULATOR) && !user.hasRoleOn(Role.SITE_ADMIN, site)) {
			throw Refusal.forbidden("只有系统管理员、监管人员或本网站的站点管理员才能查看访问统计");
		}
	}
}
