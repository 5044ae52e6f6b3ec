package org.govsite.assessment;

import org.jspecify.annotations.Nullable;

/**
 * What an item counted, so that a unit can see exactly why: a column, a message, a finding, probe figures, a service
 * guide. {@code ref} identifies it in its own module (a UUID, a URL), {@code label} names it, {@code detail} says what
 * was wrong with it in one Chinese sentence.
 */
public record Evidence(String kind, @Nullable String ref, String label, String detail) {

	public static Evidence column(Object id, String name, String detail) {
		return new Evidence("栏目", String.valueOf(id), name, detail);
	}

	public static Evidence message(Object id, String title, String detail) {
		return new Evidence("留言", String.valueOf(id), title, detail);
	}
}
