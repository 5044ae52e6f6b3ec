package org.govsite.interaction;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.govsite.shared.Refusal;

/** Identifies a 在线访谈. Written as its UUID in JSON and paths. */
public record InterviewId(@JsonValue UUID value) implements ParticipationService.Id {

	/** Parses the UUID text of a path; anything else is not found. */
	@JsonCreator
	public static InterviewId of(String text) {
		return new InterviewId(ParticipationCore.uuid(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
