package org.govsite.interaction;

import java.time.Instant;
import java.time.LocalDate;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/** Published when an unanswered message passes its deadline and is escalated to the supervisor (主管单位). */
public record MessageEscalated(MessageId messageId, @Nullable SiteId siteId, MessageCategory category,
		LocalDate deadline, Instant escalatedAt) {
}
