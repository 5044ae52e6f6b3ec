package org.govsite.interaction;

import java.time.Instant;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * A message's reply waiting for the signed-in account to sign it off (审核答复): the site's 初审, or the supervisor for a
 * platform-wide message. {@code answeredBy} is the responder's name.
 */
public record ReplyAwaitingSignOff(MessageId id, @Nullable SiteId siteId, @Nullable String siteName, String title,
		String answeredBy, Instant answeredAt) {
}
