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
 * answer bound to an HMAC-signed token ({@code nonce.expiry.mac}). The HMAC key is configured or generated once and
 * kept in the database, so any node checks any token. Each token answers one submission (the nonce is recorded when
 * a message is stored).
 */
@Component
public class Captcha {

	private static final String[] DIGITS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };
	private static final SecureRandom RANDOM = new SecureRandom();

	private final Supplier<byte[]> key;
	private final Clock clock;
	private final Duration lifetime;
	private volatile byte @Nullable [] cachedKey;

	@Autowired
	Captcha(JdbcClient jdbc, InteractionProperties properties, Clock clock) {
		this(() -> keyFrom(jdbc, properties), clock, properties.getCaptchaLifetime());
	}

	Captcha(Supplier<byte[]> key, Clock clock, Duration lifetime) {
		this.key = key;
		this.clock = clock;
		this.lifetime = lifetime;
	}

	/** A verified answer: the token's nonce (to be recorded as used) and when the token expires. */
	record Verified(String nonce, long expiresAtEpochSecond) {
	}

	/** A new question and its token. */
	public CaptchaChallenge issue() {
		int a = 1 + RANDOM.nextInt(10);
		int b = 1 + RANDOM.nextInt(10);
		boolean plus = a < b || RANDOM.nextBoolean();
		int answer = plus ? a + b : a - b;
		var question = DIGITS[a] + (plus ? "加" : "减") + DIGITS[b] + "等于几？";
		return new CaptchaChallenge(question, sign(answer));
	}

	/** The question's answer is bound into the token; package-private for tests that must answer. */
	String sign(int answer) {
		var nonce = new byte[12];
		RANDOM.nextBytes(nonce);
		var nonceText = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
		long expires = clock.instant().plus(lifetime).getEpochSecond();
		return nonceText + "." + expires + "." + mac(nonceText, expires, answer);
	}

	/** Checks the answer against the token; empty when the token is forged, expired or the answer wrong. */
	Optional<Verified> verify(@Nullable String token, @Nullable String typedAnswer) {
		if (token == null || typedAnswer == null) {
			return Optional.empty();
		}
		var parts = token.split("\\.");
		var answer = parseAnswer(typedAnswer);
		if (parts.length != 3 || answer.isEmpty()) {
			return Optional.empty();
		}
		long expires;
		try {
			expires = Long.parseLong(parts[1]);
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
		if (clock.instant().getEpochSecond() > expires) {
			return Optional.empty();
		}
		var expected = mac(parts[0], expires, answer.get());
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))
				? Optional.of(new Verified(parts[0], expires)) : Optional.empty();
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

	private String mac(String nonce, long expires, int answer) {
		try {
			var hmac = Mac.getInstance("HmacSHA256");
			hmac.init(new SecretKeySpec(key(), "HmacSHA256"));
			var digest = hmac.doFinal((nonce + "|" + expires + "|" + answer).getBytes(StandardCharsets.UTF_8));
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
