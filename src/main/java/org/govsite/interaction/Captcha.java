package org.govsite.interaction;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A self-hosted captcha without images or outside services: a small sum or difference asked in Chinese words, its
 * answer and the client's address bound into an HMAC-signed token ({@code nonce.expiry.mac}). The HMAC key is
 * configured or generated once and kept in the database, so any node checks any token. This class only signs and
 * checks; {@link CaptchaGate} throttles issuing, burns a token on a wrong answer and records it when used.
 */
@Component
class Captcha {

	private static final String[] DIGITS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };
	private static final SecureRandom RANDOM = new SecureRandom();

	private final Supplier<byte[]> key;
	private final Clock clock;
	private final Duration lifetime;
	private final int workBits;
	private volatile byte @Nullable [] cachedKey;

	@Autowired
	Captcha(JdbcClient jdbc, InteractionProperties properties, Clock clock) {
		this(() -> keyFrom(jdbc, properties), clock, properties.getCaptchaLifetime(), properties.getCaptchaWorkBits());
	}

	Captcha(Supplier<byte[]> key, Clock clock, Duration lifetime, int workBits) {
		this.key = key;
		this.clock = clock;
		this.lifetime = lifetime;
		this.workBits = workBits;
	}

	/** The proof of work asked with each question ({@link CaptchaWork}). */
	int workBits() {
		return workBits;
	}

	/** A token's nonce (recorded when used or burned) and when the token expires. */
	record Verified(String nonce, long expiresAtEpochSecond) {
	}

	/** What an answer to a token comes to. */
	sealed interface Answer {
		/** The right answer from the client the token was issued to. */
		record Right(Verified token) implements Answer {
		}

		/** A wrong answer (or the wrong client) for a well-formed, unexpired token: the token is to be burned. */
		record Wrong(Verified token) implements Answer {
		}

		/** No answer, or a token that is malformed or expired: nothing to burn. */
		record Unusable() implements Answer {
		}
	}

	/** A new question and its token, bound to {@code client} (see {@link #clientOf}). */
	CaptchaChallenge issue(String client) {
		int a = 1 + RANDOM.nextInt(10);
		int b = 1 + RANDOM.nextInt(10);
		boolean plus = a < b || RANDOM.nextBoolean();
		int answer = plus ? a + b : a - b;
		var question = DIGITS[a] + (plus ? "加" : "减") + DIGITS[b] + "等于几？";
		return new CaptchaChallenge(question, sign(answer, client), workBits);
	}

	/** The question's answer and the client are bound into the token; package-private for tests that must answer. */
	String sign(int answer, String client) {
		var nonce = new byte[12];
		RANDOM.nextBytes(nonce);
		var nonceText = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
		long expires = clock.instant().plus(lifetime).getEpochSecond();
		return nonceText + "." + expires + "." + mac(nonceText, expires, answer, client);
	}

	/** Checks the answer against the token for this client. */
	Answer verify(@Nullable String token, @Nullable String typedAnswer, String client) {
		if (token == null) {
			return new Answer.Unusable();
		}
		var parts = token.split("\\.");
		if (parts.length != 3 || !parts[0].matches("[A-Za-z0-9_-]{16}")) {
			return new Answer.Unusable();
		}
		long expires;
		try {
			expires = Long.parseLong(parts[1]);
		}
		catch (NumberFormatException e) {
			return new Answer.Unusable();
		}
		long now = clock.instant().getEpochSecond();
		if (now > expires || expires > now + lifetime.getSeconds()) {
			return new Answer.Unusable();
		}
		var issued = new Verified(parts[0], expires);
		var answer = typedAnswer == null ? Optional.<Integer>empty() : parseAnswer(typedAnswer);
		if (answer.isEmpty()) {
			return new Answer.Wrong(issued);
		}
		var expected = mac(parts[0], expires, answer.get(), client);
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))
				? new Answer.Right(issued) : new Answer.Wrong(issued);
	}

	/**
	 * The client a token is bound to: the address the request came from (after the trusted-proxy rule), an IPv6
	 * address by its /64 network (one household or phone keeps it while its interface id rotates).
	 */
	static String clientOf(@Nullable String address) {
		if (address == null || address.isBlank()) {
			return "";
		}
		if (address.indexOf(':') < 0) {
			return address.strip();
		}
		var groups = address.strip().split(":", -1);
		return groups.length >= 4 ? String.join(":", groups[0], groups[1], groups[2], groups[3]) + "::/64" : address.strip();
	}

	/** Reads "12", "１２", "十二", "二十", "零" and the like. */
	static Optional<Integer> parseAnswer(String typed) {
		var text = typed.strip().replace("负", "-");
		var digits = new StringBuilder();
		for (char ch : text.toCharArray()) {
			digits.append(ch >= '０' && ch <= '９' ? (char) ('0' + (ch - '０')) : ch);
		}
		var ascii = digits.toString();
		if (ascii.matches("-?\\d{1,3}")) {
			return Optional.of(Integer.parseInt(ascii));
		}
		if (ascii.matches("[零一二两三四五六七八九十]{1,3}")) {
			return chinese(ascii);
		}
		return Optional.empty();
	}

	private static Optional<Integer> chinese(String text) {
		var t = text.replace('两', '二');
		int ten = t.indexOf('十');
		if (ten < 0) {
			return t.length() == 1 ? Optional.of(digit(t.charAt(0))) : Optional.empty();
		}
		int tens = ten == 0 ? 1 : digit(t.charAt(0));
		int units = ten == t.length() - 1 ? 0 : digit(t.charAt(ten + 1));
		return tens < 0 || units < 0 || t.indexOf('十', ten + 1) >= 0 ? Optional.empty() : Optional.of(tens * 10 + units);
	}

	private static int digit(char ch) {
		for (int i = 0; i < 10; i++) {
			if (DIGITS[i].charAt(0) == ch) {
				return i;
			}
		}
		return -1;
	}

	private String mac(String nonce, long expires, int answer, String client) {
		try {
			var hmac = Mac.getInstance("HmacSHA256");
			hmac.init(new SecretKeySpec(key(), "HmacSHA256"));
			var digest = hmac.doFinal((nonce + "|" + expires + "|" + answer + "|" + client).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private byte[] key() {
		var k = cachedKey;
		if (k == null) {
			k = key.get();
			cachedKey = k;
		}
		return k;
	}

	private static byte[] keyFrom(JdbcClient jdbc, InteractionProperties properties) {
		var configured = properties.getCaptchaSecret();
		if (configured != null && !configured.isBlank()) {
			return configured.getBytes(StandardCharsets.UTF_8);
		}
		var fresh = new byte[32];
		RANDOM.nextBytes(fresh);
		jdbc.sql("INSERT INTO interaction_secret (name, value) VALUES ('captcha', ?) ON CONFLICT (name) DO NOTHING")
			.param(fresh)
			.update();
		return jdbc.sql("SELECT value FROM interaction_secret WHERE name = 'captcha'").query(byte[].class).single();
	}
}
