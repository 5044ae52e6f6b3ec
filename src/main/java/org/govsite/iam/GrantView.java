package org.govsite.iam;

import java.util.UUID;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/** A role as shown to people: platform-wide, on a named site, or on a named column subtree of the site. */
public record GrantView(Role role, @Nullable SiteId siteId, @Nullable String siteName, @Nullable UUID columnId,
		@Nullable String columnName) {

	public GrantView(Role role, @Nullable SiteId siteId, @Nullable String siteName) {
		this(role, siteId, siteName, null, null);
	}

	public String roleLabel() {
		return role.label();
	}

	public String scopeLabel() {
		if (siteId == null) {
			return "全平台";
		}
		return columnId == null ? String.valueOf(siteName) : siteName + " › " + columnName + "（含下级栏目）";
	}
}
