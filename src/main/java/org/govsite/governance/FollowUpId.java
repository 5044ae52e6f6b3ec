package org.govsite.governance;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A coordination meeting's follow-up action's id. Written as its UUID in JSON and paths. */
public record FollowUpId(@JsonValue UUID value) {

	@JsonCreator
	public static FollowUpId of(String text) {
		return new FollowUpId(GovernanceIds.uuid(text, "跟进事项"));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
