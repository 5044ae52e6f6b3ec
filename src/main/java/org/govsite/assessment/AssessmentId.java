package org.govsite.assessment;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.govsite.shared.Refusal;

/** Identifies one assessment run. Written as its UUID in JSON and paths. */
public record AssessmentId(@JsonValue UUID value) {

	@JsonCreator
	public static AssessmentId of(String text) {
		try {
			return new AssessmentId(UUID.fromString(text.trim()));
		}
		catch (IllegalArgumentException e) {
			throw Refusal.notFound("评估「" + text + "」不存在");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
