package org.govsite.interaction;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.govsite.shared.Refusal;

/** Identifies a 留言. Written as its UUID in JSON and paths. */
public record MessageId(@JsonValue UUID value) {

	/** Parses the UUID text; refuses anything else in Chinese. */
	@JsonCreator
	public static MessageId of(String text) {
		try {
			return new MessageId(UUID.fromString(text.trim()));
		}
		catch (IllegalArgumentException e) {
			throw Refusal.notFound("留言编号「" + text + "」不存在");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
