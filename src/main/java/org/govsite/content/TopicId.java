package org.govsite.content;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/** Identifies a 专题. Written as its UUID in JSON, forms and paths. */
public record TopicId(@JsonValue UUID value) {

	/** Parses the UUID text; blank text (an empty form field) means no id. */
	@JsonCreator
	public static @Nullable TopicId of(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new TopicId(UUID.fromString(text.trim()));
		}
		catch (IllegalArgumentException e) {
			throw org.govsite.shared.Refusal.invalid("专题编号「" + text + "」格式不正确");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
