package org.govsite.content;

import java.util.List;
import java.util.stream.Collectors;

import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.proofreading.Finding;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * Serious content-check findings (wrong wording, banned words, unmasked personal data) block publication unless a
 * holder of 终审 on the site lets the article through with a written reason (Art. 10).
 */
final class ContentCheckGate {

	private ContentCheckGate() {
	}

	static boolean mayOverride(CurrentUser user, SiteId site, @Nullable String reason) {
		return reason != null && !reason.isBlank() && user.hasRoleOn(Role.FINAL_REVIEWER, site);
	}

	static String refusal(List<Finding> serious) {
		var examples = serious.stream().limit(3).map(Finding::message).collect(Collectors.joining("；"));
		return "内容检查发现 " + serious.size() + " 处严重问题（" + examples + (serious.size() > 3 ? "……" : "")
				+ "），请修改后再发布，或由终审人员填写放行理由";
	}
}
