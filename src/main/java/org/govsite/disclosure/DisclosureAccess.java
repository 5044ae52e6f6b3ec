package org.govsite.disclosure;

import java.util.List;
import java.util.UUID;

import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/** Who may read and act on requests: the site's 信息公开办理员 (or platform-wide) act; the supervisor reads all. */
final class DisclosureAccess {

	private DisclosureAccess() {
	}

	static CurrentUser user() {
		return CurrentUser.fromContext().orElseThrow(() -> Refusal.forbidden("请先登录"));
	}

	static boolean officer(CurrentUser user, UUID site) {
		return user.hasRoleOn(Role.DISCLOSURE_OFFICER, new SiteId(site));
	}

	static boolean reader(CurrentUser user, UUID site) {
		return officer(user, site) || user.hasPlatformRole(Role.SUPERVISOR);
	}

	static void requireOfficer(CurrentUser user, UUID site, String what) {
		if (!officer(user, site)) {
			throw Refusal.forbidden("只有本网站的信息公开办理员才能" + what);
		}
	}

	/** The sites whose requests the user reads; null for all (platform-wide officer or supervisor). */
	static @Nullable List<UUID> readableSites(CurrentUser user) {
		if (user.hasPlatformRole(Role.SUPERVISOR) || user.hasPlatformRole(Role.DISCLOSURE_OFFICER)) {
			return null;
		}
		return user.sitesWith(Role.DISCLOSURE_OFFICER).stream().map(SiteId::value).toList();
	}
}
