package org.govsite.interaction;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A published question and answer (答复单位, 答复时间) with personal data masked (张*, 138****1234, ID numbers). Escape when rendering. */
public record PublishedMessage(MessageId id, MessageCategory category, String title, String content, String name,
		LocalDate receivedOn, String reply, @Nullable String unitName, @Nullable LocalDate answeredOn, Instant publishedAt) {

	@JsonProperty
	public String categoryLabel() {
		return category.label();
	}
}
