package org.govsite.unit;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.govsite.shared.Ids;
import org.jspecify.annotations.Nullable;

/** Identifies a unit (单位). Written as its UUID in JSON, forms and paths. */
public record UnitId(@JsonValue UUID value) {

	/** Parses the UUID text; blank text (an empty form field) means no id. */
	@JsonCreator
	public static @Nullable UnitId of(@Nullable String text) {
		return Ids.parse(text, "单位", UnitId::new);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
