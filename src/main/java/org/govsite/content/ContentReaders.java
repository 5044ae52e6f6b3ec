package org.govsite.content;

import java.util.Optional;

import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who may read a site's content: the one access policy of every read path, API, console and preview alike.
 * <ul>
 * <li>Live content (the revision on the public site, its attachments) is public: every signed-in account reads it.</li>
 * <li>Content that is not live (drafts, every revision, the diff, attachments of a draft) is read by the site's
 * editors, reviewers, duty officers and site administrators, and by the oversight roles that need it: the supervisor
 * (主管单位, Art. 2) and the auditor (等保 审计).</li>
 * <li>A site's content screens (columns, article lists) are for the site's roles and platform oversight
 * ({@link Role#CONTENT_OVERSIGHT}); oversight without {@link #mayReadUnpublished} sees only what is live.</li>
 * </ul>
 * Work of the platform itself (jobs, rendering) runs outside any web request and without a user; it reads everything.
 */
public final class ContentReaders {

	static final String UNPUBLISHED_REFUSAL = "只有本网站的编辑、审核人员和主管单位监管员、审计管理员才能查看未发布的信息";

	private ContentReaders() {
	}

	/** The site's own content roles (编辑, 初审, 复审, 终审, 值班员, 站点管理员). */
	public static boolean worksOn(CurrentUser user, SiteId site) {
		return Role.SITE_CONTENT.stream().anyMatch(role -> user.hasRoleOn(role, site));
	}

	/** Platform-wide oversight of content screens (系统管理员, 主管单位, 协同监管). */
	public static boolean oversees(CurrentUser user) {
		return Role.CONTENT_OVERSIGHT.stream().anyMatch(user::hasPlatformRole);
	}

	/** Whether the account sees the site's content screens (columns and their lists). */
	public static boolean mayBrowse(CurrentUser user, SiteId site) {
		return oversees(user) || worksOn(user, site);
	}

	/** Whether the account reads what is not live: drafts, revisions, diffs, attachments of drafts; and previews. */
	public static boolean mayReadUnpublished(CurrentUser user, SiteId site) {
		return worksOn(user, site) || Role.UNPUBLISHED_OVERSIGHT.stream().anyMatch(user::hasPlatformRole);
	}

	/** Refuses (403) unless the account may read what is not live on the site. */
	public static void requireUnpublished(CurrentUser user, SiteId site) {
		if (!mayReadUnpublished(user, site)) {
			throw Refusal.forbidden(UNPUBLISHED_REFUSAL);
		}
	}

	/** Refuses (403) unless the account sees the site's content screens. */
	public static void requireBrowse(CurrentUser user, SiteId site) {
		if (!mayBrowse(user, site)) {
			throw Refusal.forbidden("您在该网站没有内容管理相关的角色，不能查看其栏目和信息");
		}
	}

	/**
	 * The reader of the current call: the signed-in account, or empty for platform work (no web request). A web
	 * request without a signed-in account is refused: public pages read {@link PublicContent}, never this.
	 */
	static Optional<CurrentUser> reader() {
		var user = CurrentUser.fromContext();
		if (user.isEmpty() && RequestContextHolder.getRequestAttributes() != null) {
			throw Refusal.forbidden("请先登录");
		}
		return user;
	}

	/** Whether the current reader may read what is not live on the site (platform work always may). */
	static boolean currentMayReadUnpublished(SiteId site) {
		return reader().map(user -> mayReadUnpublished(user, site)).orElse(true);
	}
}
