package org.govsite.site;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One step in a site's history: who moved it, when, from where to where, and why. */
public record SiteTransitionRecord(@Nullable SiteStatus from, SiteStatus to, String action, String actor,
		@Nullable String reason, Instant at) {

	public String toLabel() {
		return to.label();
	}

	public String fromLabel() {
		return from == null ? "" : from.label();
	}
}
