package org.govsite.content;

import java.time.Instant;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/** One target site's answer to a directive, for the directive board: adopted, published, declined or overdue. */
public record DirectiveTargetView(java.util.UUID directiveId, String directiveTitle, Instant deadline, SiteId siteId,
		String siteName, String status, @Nullable ArticleId articleId, @Nullable ArticleState articleState,
		boolean published, boolean overdue, @Nullable String reason, @Nullable String answeredBy) {

	/** The board's word for where this target stands. */
	public String standing() {
		if (published) {
			return "已发布";
		}
		if ("DECLINED".equals(status)) {
			return "未采用";
		}
		if (overdue) {
			return "已逾期";
		}
		return "ADOPTED".equals(status) ? "已采用" : "待处理";
	}
}
