package org.govsite.interaction;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One notification row as the outbox holds it: channel ({@code EMAIL} or {@code WEBHOOK}), recipient, subject, body,
 * the message it is about, its kind ({@code DUE_SOON}, {@code OVERDUE}, {@code PAST_CAP}), when it was created and
 * when it was sent ({@code null}: not sent), attempts and the last delivery error.
 */
public record OutboxEntry(long id, String channel, String recipient, String subject, String body,
		@Nullable UUID messageId, @Nullable String kind, Instant createdAt, @Nullable Instant sentAt, int attempts,
		@Nullable String lastError) {
}
