package org.govsite.interaction.web;

import java.util.ArrayList;
import java.util.List;

import org.govsite.interaction.InterviewForm;
import org.govsite.interaction.InterviewLifecycle.Guest;
import org.govsite.interaction.InterviewView;
import org.jspecify.annotations.Nullable;

/**
 * The console's interview form, as typed: the time as a {@code datetime-local} field sends it (Beijing time), the
 * guest rows in order ({@code guests[0].name}, {@code guests[0].title}, {@code guests[0].unit} …; empty rows are not
 * saved). Converted to an {@link InterviewForm} for the service, which checks every rule. {@code siteId} only on the
 * new form.
 */
record InterviewInput(@Nullable String siteId, @Nullable String title, @Nullable String description,
		@Nullable String scheduledAt, @Nullable List<Guest> guests) implements ParticipationInput<InterviewForm> {

	/** The number of guest rows the form shows at least (no script needed to add one). */
	static final int GUEST_ROWS = 4;

	static InterviewInput empty() {
		return new InterviewInput(null, null, null, null, List.of());
	}

	/** The edit form as the interview stands. */
	static InterviewInput of(InterviewView item) {
		return new InterviewInput(null, item.title(), item.description(), ParticipationConsole.local(item.scheduledAt()),
				item.guests().stream().map(g -> new Guest(g.name(), g.title(), g.unit())).toList());
	}

	@Override
	public InterviewForm toForm() {
		return new InterviewForm(siteId, title, description, scheduledAt, guests == null ? List.of() : guests);
	}

	/** The guests as typed plus empty rows up to {@link #GUEST_ROWS}. */
	public List<Guest> rows() {
		var rows = new ArrayList<Guest>(guests == null ? List.of() : guests);
		while (rows.size() < GUEST_ROWS) {
			rows.add(new Guest("", "", ""));
		}
		return rows;
	}
}
