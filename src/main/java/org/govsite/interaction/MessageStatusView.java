package org.govsite.interaction;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What the citizen sees when asking with query code and mobile number. */
public record MessageStatusView(String queryCode, MessageCategory category, String title,
		MessageLifecycle.Status status, Instant receivedAt, LocalDate deadline, boolean deadlineProvisional,
		@Nullable String reply, @Nullable String rejection, @Nullable Instant closedAt, @Nullable Satisfaction rating,
		@Nullable String ratingReason) {

	/** Whether the citizen may rate it now: answered (or published) and not rated yet. */
	@JsonProperty
	public boolean mayRate() {
		return rating == null && (status == MessageLifecycle.Status.ANSWERED || status == MessageLifecycle.Status.PUBLISHED);
	}

	@JsonProperty
	public @Nullable String ratingLabel() {
		return rating == null ? null : rating.label();
	}

	@JsonProperty
	public String categoryLabel() {
		return category.label();
	}

	@JsonProperty
	public String statusLabel() {
		return status.label();
	}
}
