package org.govsite.shared;

import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** Parsing of typed ids from text (forms, paths, JSON): blank means none, anything else must be a UUID. */
public final class Ids {

	private Ids() {
	}

	/** The id for the text, null for blank text, or a refusal naming what the id was for (e.g. 网站). */
	public static <T> @Nullable T parse(@Nullable String text, String label, Function<UUID, T> factory) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return factory.apply(UUID.fromString(text.trim()));
		}
		catch (IllegalArgumentException e) {
			throw Refusal.invalid(label + "编号「" + text + "」格式不正确");
		}
	}
}
