package org.govsite.disclosure;

import java.security.SecureRandom;
import java.util.Locale;

/** Tracking codes applicants follow their request with: "GK" and 10 characters without 0/O, 1/I/L. */
final class TrackingCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
	private static final SecureRandom RANDOM = new SecureRandom();

	private TrackingCodes() {
	}

	static String next() {
		var code = new StringBuilder("GK");
		for (int i = 0; i < 10; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	static String normalise(String typed) {
		return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}
}
