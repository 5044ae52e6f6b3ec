package org.govsite.site;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.govsite.shared.Ids;
import org.jspecify.annotations.Nullable;

/** Identifies a site (网站). Written as its UUID in JSON, forms and paths. */
public record SiteId(@JsonValue UUID value) {

	/** Parses the UUID text; blank text (an empty form field) means no id. */
	@JsonCreator
	public static @Nullable SiteId of(@Nullable String text) {
		return Ids.parse(text, "网站", SiteId::new);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
