package org.govsite.content;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.govsite.shared.Ids;
import org.jspecify.annotations.Nullable;

/** Identifies a column (栏目). Written as its UUID in JSON, forms and paths. */
public record ColumnId(@JsonValue UUID value) {

	/** Parses the UUID text; blank text (an empty form field) means no id. */
	@JsonCreator
	public static @Nullable ColumnId of(@Nullable String text) {
		return Ids.parse(text, "栏目", ColumnId::new);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
