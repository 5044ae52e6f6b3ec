package org.govsite.assessment;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.govsite.shared.Refusal;

/** Identifies one 通报. Written as its UUID in JSON and paths. */
public record BulletinId(@JsonValue UUID value) {

	@JsonCreator
	public static BulletinId of(String text) {
		try {
			return new BulletinId(UUID.fromString(text.trim()));
		}
		catch (IllegalArgumentException e) {
			throw Refusal.notFound("通报「" + text + "」不存在");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
