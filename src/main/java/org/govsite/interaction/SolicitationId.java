package org.govsite.interaction;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.govsite.shared.Refusal;

/** Identifies a 征集调查. Written as its UUID in JSON and paths. */
public record SolicitationId(@JsonValue UUID value) implements ParticipationService.Id {

	/** Parses the UUID text of a path; anything else is not found. */
	@JsonCreator
	public static SolicitationId of(String text) {
		return new SolicitationId(ParticipationCore.uuid(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
