package org.govsite.interaction;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a citizen gets back once the message is committed: the query code to follow it with, and whether this
 * request created it ({@code created = false} for a retry with the same client token).
 */
public record SubmissionReceipt(MessageId id, String queryCode, boolean created, MessageLifecycle.Status status,
		Instant receivedAt, LocalDate deadline) {

	@JsonProperty
	public String statusLabel() {
		return status.label();
	}
}
