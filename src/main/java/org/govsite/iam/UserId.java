package org.govsite.iam;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.govsite.shared.Ids;
import org.jspecify.annotations.Nullable;

/** Identifies a user account (账号). Written as its UUID in JSON, forms and paths. */
public record UserId(@JsonValue UUID value) {

	/** Parses the UUID text; blank text (an empty form field) means no id. */
	@JsonCreator
	public static @Nullable UserId of(@Nullable String text) {
		return Ids.parse(text, "账号", UserId::new);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
