package org.govsite.interaction;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

import org.govsite.site.SiteId;
import org.govsite.unit.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * A message as responders, reviewers and the supervisor see it (text exactly as typed; escape when rendering).
 * {@code personalData} tells whether name, mobile and e-mail are in clear (the message's responders) or masked.
 */
public record MessageView(MessageId id, @Nullable SiteId siteId, @Nullable String siteName, MessageCategory category,
		@Nullable ProblemType problemType, String title, String content, String name, String mobile,
		@Nullable String email, boolean personalData, boolean publishConsent, MessageLifecycle.Status status, Instant receivedAt,
		@Nullable UnitId unitId, @Nullable String unitName, MessageLifecycle.Extension extension,
		@Nullable Integer extensionDays, @Nullable String extensionReason, @Nullable String reply,
		@Nullable String rejection, @Nullable String signedOffBy, @Nullable Instant signedOffAt,
		@Nullable Instant closedAt, @Nullable Instant publishedAt, boolean escalated, @Nullable Instant escalatedAt,
		MessageClock clock, List<MessageLifecycle.Action> availableActions, List<TransitionRecord> history,
		long version) {

	@JsonProperty
	public String categoryLabel() {
		return category.label();
	}

	@JsonProperty
	public @Nullable String problemTypeLabel() {
		return problemType == null ? null : problemType.label();
	}

	@JsonProperty
	public String statusLabel() {
		return status.label();
	}
}
