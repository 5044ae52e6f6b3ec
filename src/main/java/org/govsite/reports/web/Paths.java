package org.govsite.reports.web;

import java.util.Arrays;

import org.govsite.reports.ReportAction;
import org.govsite.shared.Ids;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/** What the paths and forms of the report screens name: a site (404 for anything else) and an action (422). */
final class Paths {

	private Paths() {
	}

	static SiteId site(String text) {
		var id = Ids.parse(text, "网站", SiteId::new);
		if (id == null) {
			throw Refusal.notFound("网站不存在");
		}
		return id;
	}

	static ReportAction action(@Nullable String text) {
		return Arrays.stream(ReportAction.values()).filter(a -> a.transition() && a.name().equals(text)).findFirst()
			.orElseThrow(() -> Refusal.invalid("操作「" + text + "」不存在，可选：SUBMIT、RETURN、PUBLISH、CORRECT"));
	}
}
