package org.govsite.interaction;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A solicitation (征集调查) as responders and the public see it; {@code availableActions} are the lifecycle's moves from
 * its status, {@code acceptingOpinions} whether a citizen may send an opinion right now.
 */
public record SolicitationView(SolicitationId id, UUID siteId, String siteName, @Nullable String siteCode, String title,
		String description, Instant startsAt, Instant endsAt, SolicitationLifecycle.Status status,
		@Nullable String result, @Nullable Instant resultPublishedAt, long opinions,
		List<SolicitationLifecycle.Action> availableActions, boolean acceptingOpinions, long version)
		implements ParticipationItems.View<SolicitationId> {

	@Override
	@JsonProperty
	public String statusLabel() {
		return status.label();
	}

	/** The period as shown on pages: {@code 2026-04-01 09:00 至 2026-04-30 18:00} (Beijing time). */
	@JsonProperty
	public String period() {
		return Participation.shown(startsAt) + " 至 " + Participation.shown(endsAt);
	}
}
