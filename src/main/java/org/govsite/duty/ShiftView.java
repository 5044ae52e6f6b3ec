package org.govsite.duty;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A duty shift: who is on duty, the leader in charge, when, and the handover note left at its end. */
public record ShiftView(UUID id, String officer, String leader, Instant startsAt, Instant endsAt,
		@Nullable String handoverNote, boolean current) {
}
