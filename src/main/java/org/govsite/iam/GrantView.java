package org.govsite.iam;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/** A role as shown to people: platform-wide or on a named site. */
public record GrantView(Role role, @Nullable SiteId siteId, @Nullable String siteName) {

	public String roleLabel() {
		return role.label();
	}

	public String scopeLabel() {
		return siteId == null ? "全平台" : String.valueOf(siteName);
	}
}
