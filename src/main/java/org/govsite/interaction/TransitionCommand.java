package org.govsite.interaction;

import org.govsite.unit.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * An action on a message: {@code comment} (required as the reason of 申请延期 and as the explanation of 不予受理),
 * {@code unitId} (转办), {@code category} (a corrected category recomputes the deadline from receipt), {@code reply}
 * (答复), {@code extensionDays} (申请延期, working days; default: the category's time limit).
 */
public record TransitionCommand(MessageLifecycle.@Nullable Action action, @Nullable String comment,
		@Nullable UnitId unitId, @Nullable MessageCategory category, @Nullable String reply,
		@Nullable Integer extensionDays) {

	public static TransitionCommand of(MessageLifecycle.Action action, @Nullable String comment) {
		return new TransitionCommand(action, comment, null, null, null, null);
	}
}
