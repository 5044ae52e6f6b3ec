package org.govsite.interaction;

import org.jspecify.annotations.Nullable;

/** A move of a solicitation: {@code OPEN}, {@code CLOSE}, or {@code PUBLISH_RESULT} with the {@code result} text. */
public record SolicitationCommand(SolicitationLifecycle.@Nullable Action action, @Nullable String result) {
}
