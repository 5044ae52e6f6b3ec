package org.govsite.content.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.govsite.content.ContentReaders;
import org.govsite.shared.BeijingTime;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who sees which content screens. The services decide every action; these checks only keep people from reading the
 * columns and articles of sites they have nothing to do with, and choose which controls a page offers.
 */
final class ContentRoles {

	/** Any role of the console's content screens (for {@code @PreAuthorize}). */
	static final String ANY = Role.CONTENT_SCREENS_EXPRESSION;
	static final String COLUMN_EDITORS = "hasAnyRole('SITE_ADMIN','SYSTEM_ADMIN')";
	static final String REVIEWER = "hasAnyRole('FIRST_REVIEWER','SECOND_REVIEWER','FINAL_REVIEWER')";
	/** Who has a 审核待办: reviewers, and the supervisor (who signs off replies to platform-wide messages). */
	static final String INBOX_HOLDER = "hasAnyRole('FIRST_REVIEWER','SECOND_REVIEWER','FINAL_REVIEWER','SUPERVISOR')";

	/** Flash attributes: a refused action's title and every reason; an outcome's warnings. */
	static final String REFUSED_TITLE = "refusedTitle";
	static final String REFUSED = "refused";
	static final String WARNINGS = "warnings";

	/** The console's dates and times are Beijing time. */

	static final Set<Role> REVIEWERS = Role.REVIEWERS;

	private ContentRoles() {
	}

	static CurrentUser me() {
		return CurrentUser.fromContext().orElseThrow(() -> Refusal.forbidden("请先登录"));
	}

	/** Platform-wide oversight: sees every site's content screens, changes nothing through them. */
	static boolean oversees(CurrentUser user) {
		return ContentReaders.oversees(user);
	}

	static boolean worksOn(CurrentUser user, SiteId site) {
		return ContentReaders.worksOn(user, site);
	}

	static boolean mayRead(CurrentUser user, SiteId site) {
		return ContentReaders.mayBrowse(user, site);
	}

	static void requireRead(SiteId site) {
		ContentReaders.requireBrowse(me(), site);
	}

	static boolean mayEditColumns(CurrentUser user, SiteId site) {
		return user.hasRoleOn(Role.SITE_ADMIN, site) || user.hasPlatformRole(Role.SYSTEM_ADMIN);
	}

	static boolean mayWrite(CurrentUser user, SiteId site) {
		return user.hasRoleOn(Role.EDITOR, site) || user.hasRoleOn(Role.DUTY_OFFICER, site);
	}

	static boolean isReviewer(CurrentUser user) {
		return user.grants().stream().anyMatch(grant -> REVIEWERS.contains(grant.role()));
	}

	/** See {@link #INBOX_HOLDER}. */
	static boolean holdsInbox(CurrentUser user) {
		return isReviewer(user) || user.hasPlatformRole(Role.SUPERVISOR);
	}

	/** The sites whose content the user works on or oversees, in the platform's order. */
	static List<SiteView> sitesOf(CurrentUser user, Sites sites) {
		return sites.all().stream().filter(site -> mayRead(user, site.id())).toList();
	}

	/** The sites on which the user edits (writes articles). */
	static List<SiteView> editedSites(CurrentUser user, Sites sites) {
		return sites.all().stream().filter(site -> mayWrite(user, site.id())).toList();
	}

	static void refused(RedirectAttributes redirect, String title, List<String> reasons) {
		redirect.addFlashAttribute(REFUSED_TITLE, title);
		redirect.addFlashAttribute(REFUSED, new ArrayList<>(reasons));
	}
}
