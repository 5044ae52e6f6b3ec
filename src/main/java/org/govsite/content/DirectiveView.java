package org.govsite.content;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A headline directive as issued (Art. 10): what the target sites read before they answer. The body is sanitised HTML. */
public record DirectiveView(UUID id, String title, @Nullable String body, @Nullable String link, String place,
		Instant deadline, String issuedBy, Instant issuedAt) {
}
