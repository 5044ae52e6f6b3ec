package org.govsite.interaction;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An online interview (在线访谈) as responders and the public see it: its guests in order, how many questions arrived
 * and wait for moderation, the lifecycle's moves from its status, and whether citizens may ask now.
 */
public record InterviewView(InterviewId id, UUID siteId, String siteName, @Nullable String siteCode, String title,
		String description, Instant scheduledAt, InterviewLifecycle.Status status, List<Guest> guests,
		@Nullable Instant transcriptPublishedAt, long questions, long pending,
		List<InterviewLifecycle.Action> availableActions, boolean acceptingQuestions, long version)
		implements ParticipationItems.View<InterviewId> {

	/** A guest of the interview: name, 职务 and unit. */
	public record Guest(UUID id, String name, String title, String unit) {

		@JsonProperty
		public String label() {
			return unit + title + " " + name;
		}
	}

	@Override
	@JsonProperty
	public String statusLabel() {
		return status.label();
	}

	/** The scheduled start as shown on pages (Beijing time). */
	@JsonProperty
	public String scheduled() {
		return Participation.shown(scheduledAt);
	}

	@JsonProperty
	public boolean transcriptPublished() {
		return transcriptPublishedAt != null;
	}
}
