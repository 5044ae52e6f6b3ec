package org.govsite.interaction;

import java.time.Instant;
import java.util.UUID;

/**
 * What a citizen gets back once an opinion or question is committed; {@code created = false} for a retry with the
 * same client token (the first submission's receipt).
 */
public record PublicReceipt(UUID id, boolean created, Instant receivedAt) {
}
