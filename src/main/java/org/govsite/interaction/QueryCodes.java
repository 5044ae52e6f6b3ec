package org.govsite.interaction;

import java.security.SecureRandom;

/** Query codes citizens follow their message with: 12 characters from an alphabet without 0/O, 1/I/L. */
final class QueryCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
	static final int LENGTH = 12;
	private static final SecureRandom RANDOM = new SecureRandom();

	private QueryCodes() {
	}

	static String next() {
		var code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** Upper-cases and drops spaces and dashes, as people type codes. */
	static String normalise(String typed) {
		return typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
	}
}
