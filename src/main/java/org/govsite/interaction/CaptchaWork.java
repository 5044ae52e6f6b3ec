package org.govsite.interaction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.jspecify.annotations.Nullable;

/**
 * The captcha's proof of work: besides the question, the client finds a number {@code n} such that
 * SHA-256({@code token + ":" + n}) starts with {@code bits} zero bits, and sends {@code token + "." + n} as the token.
 * A browser does it unseen while the citizen fills in the form ({@code /js/captcha-work.js}, no interaction, so screen
 * reader users meet only the question in words); a script that wants a thousand submissions pays a thousand times. It
 * costs nothing to check. With {@code bits = 0} (property {@code govsite.interaction.captcha-work-bits}) it is off.
 */
public final class CaptchaWork {

	private CaptchaWork() {
	}

	/** The token as issued and the proof appended to it, or the whole text with no proof. */
	record Split(String token, @Nullable String proof) {
	}

	static Split split(String submitted) {
		var parts = submitted.split("\\.");
		return parts.length == 4 ? new Split(parts[0] + "." + parts[1] + "." + parts[2], parts[3]) : new Split(submitted, null);
	}

	/** Whether {@code proof} is a valid proof of {@code bits} for {@code token}. */
	static boolean proves(String token, @Nullable String proof, int bits) {
		if (bits <= 0) {
			return true;
		}
		if (proof == null || !proof.matches("\\d{1,12}")) {
			return false;
		}
		return leadingZeroBits(sha256(token + ":" + proof)) >= bits;
	}

	/** Finds a proof (what the browser script does; for API clients and tests). */
	public static String solve(String token, int bits) {
		for (long n = 0;; n++) {
			var proof = Long.toString(n);
			if (proves(token, proof, bits)) {
				return token + "." + proof;
			}
		}
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static int leadingZeroBits(byte[] digest) {
		int bits = 0;
		for (byte b : digest) {
			if (b == 0) {
				bits += 8;
				continue;
			}
			return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
		}
		return bits;
	}
}
