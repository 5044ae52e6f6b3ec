package org.govsite.content;

import java.time.Instant;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/** One target site's answer to a directive, for the directive board: adopted, published, declined or overdue. */
public record DirectiveTargetView(java.util.UUID directiveId, String directiveTitle, Instant deadline, SiteId siteId,
		String siteName, DirectiveTargetStatus status, @Nullable ArticleId articleId, @Nullable ArticleState articleState,
		boolean published, boolean overdue, @Nullable String reason, @Nullable String answeredBy) {

	/** Whether the site may still adopt or decline the directive. */
	public boolean pending() {
		return DirectiveTargetStatus.TABLE.actionsFrom(status).size() > 0;
	}

	/** The board's word for where this target stands. */
	public String standing() {
		if (published) {
			return "已发布";
		}
		if (status == DirectiveTargetStatus.DECLINED) {
			return status.label();
		}
		if (overdue) {
			return "已逾期";
		}
		return status.label();
	}
}
