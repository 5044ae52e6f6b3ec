package org.govsite.interaction.web;

import org.govsite.interaction.SolicitationForm;
import org.govsite.interaction.SolicitationView;
import org.jspecify.annotations.Nullable;

/**
 * The console's solicitation form, as typed (times as a {@code datetime-local} field sends them, Beijing time).
 * Converted to a {@link SolicitationForm} for the service, which checks every rule. {@code siteId} only on the new
 * form.
 */
record SolicitationInput(@Nullable String siteId, @Nullable String title, @Nullable String description,
		@Nullable String startsAt, @Nullable String endsAt) implements ParticipationInput<SolicitationForm> {

	static SolicitationInput empty() {
		return new SolicitationInput(null, null, null, null, null);
	}

	/** The edit form as the solicitation stands. */
	static SolicitationInput of(SolicitationView item) {
		return new SolicitationInput(null, item.title(), item.description(), ParticipationConsole.local(item.startsAt()),
				ParticipationConsole.local(item.endsAt()));
	}

	@Override
	public SolicitationForm toForm() {
		return new SolicitationForm(siteId, title, description, startsAt, endsAt);
	}
}
