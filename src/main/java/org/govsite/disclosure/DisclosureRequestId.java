package org.govsite.disclosure;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.govsite.shared.Refusal;

/** A request for disclosure's id. Written as its UUID in JSON and paths. */
public record DisclosureRequestId(@JsonValue UUID value) {

	/** Parses the UUID text; refuses anything else in Chinese. */
	@JsonCreator
	public static DisclosureRequestId of(String text) {
		try {
			return new DisclosureRequestId(UUID.fromString(text.trim()));
		}
		catch (IllegalArgumentException e) {
			throw Refusal.notFound("依申请公开编号「" + text + "」不存在");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
