package org.govsite.interaction;

import java.time.Instant;
import java.util.UUID;

import org.govsite.shared.BeijingTime;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's opinion on a solicitation. For responders: everything as typed. On public pages: only opinions marked
 * for publication, with the name and personal data in the text masked.
 */
public record OpinionView(UUID id, SolicitationId solicitationId, String name, @Nullable String mobile, String content,
		Instant receivedAt, boolean published) {

	/** The day received, in Beijing time. */
	@com.fasterxml.jackson.annotation.JsonProperty
	public String receivedOn() {
		return receivedAt.atZone(BeijingTime.ZONE).toLocalDate().toString();
	}
}
