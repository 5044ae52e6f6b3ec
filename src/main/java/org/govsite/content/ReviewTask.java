package org.govsite.content;

import java.time.Instant;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * One thing waiting for the signed-in person's review in the one 审核待办: an article's review step (kind
 * {@code ARTICLE}) or what another module contributes through {@link ReviewTasks} (a message reply to sign off, kind
 * {@code MESSAGE_REPLY}). {@code submittedBy} is a person's name; {@code href} is the console page where it is
 * reviewed; {@code checks} the content check of an article's current revision (findings inline, issue 14), null for
 * other work.
 */
public record ReviewTask(String kind, String kindLabel, String id, @Nullable SiteId siteId, String siteName,
		String title, String stepLabel, String submittedBy, Instant submittedAt, String href,
		@Nullable ArticleChecks checks) {

	public ReviewTask(String kind, String kindLabel, String id, @Nullable SiteId siteId, String siteName, String title,
			String stepLabel, String submittedBy, Instant submittedAt, String href) {
		this(kind, kindLabel, id, siteId, siteName, title, stepLabel, submittedBy, submittedAt, href, null);
	}
}
