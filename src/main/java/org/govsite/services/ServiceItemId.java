package org.govsite.services;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.govsite.shared.Refusal;

/** A service item's id. Written as its UUID in JSON and paths. */
public record ServiceItemId(@JsonValue UUID value) {

	/** Parses the UUID text; refuses anything else in Chinese (as "not found": no item has that id). */
	@JsonCreator
	public static ServiceItemId of(String text) {
		try {
			return new ServiceItemId(UUID.fromString(text.trim()));
		}
		catch (IllegalArgumentException e) {
			throw Refusal.notFound("服务事项「" + text + "」不存在");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
