package org.govsite.site;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A lifecycle action with its reason, plus what some actions need: the closure notice's first day and the
 * successor site or archive decision (关停公示), the portal to merge into (整合).
 */
public record TransitionRequest(@Nullable SiteAction action, @Nullable String reason,
		@Nullable LocalDate noticeFrom, @Nullable SiteId successorSiteId, @Nullable String archiveDecision,
		@Nullable SiteId mergeIntoId) {

	public static TransitionRequest of(SiteAction action, String reason) {
		return new TransitionRequest(action, reason, null, null, null, null);
	}
}
