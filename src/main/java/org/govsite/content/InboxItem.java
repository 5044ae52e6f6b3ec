package org.govsite.content;

import java.time.Instant;

import org.govsite.site.SiteId;

/** An article waiting for the current user's review step. */
public record InboxItem(ArticleId articleId, SiteId siteId, String title, ArticleState step, boolean important,
		boolean urgentPostReview, String author, Instant submittedAt) {

	public String stepLabel() {
		return step.label();
	}
}
