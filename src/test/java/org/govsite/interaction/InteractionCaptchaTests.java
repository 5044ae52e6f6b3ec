package org.govsite.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.govsite.support.MutableClock;
import org.junit.jupiter.api.Test;

/** The self-hosted captcha: Chinese words, answer and client bound to an HMAC-signed token that reveals nothing. */
class InteractionCaptchaTests {

	static final String CLIENT = "203.0.113.7";

	final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
	final Captcha captcha = new Captcha(() -> "test-key".getBytes(StandardCharsets.UTF_8), clock, Duration.ofMinutes(30), 16);

	@Test
	void asksInChineseWordsAndAcceptsTheRightAnswerOnly() {
		for (int i = 0; i < 50; i++) {
			var challenge = captcha.issue(CLIENT);
			assertThat(challenge.question()).matches("[一二三四五六七八九十][加减][一二三四五六七八九十]等于几？");
			int answer = PublicClient.solve(challenge.question());
			assertThat(answer).isBetween(0, 20);
			assertThat(captcha.verify(challenge.token(), Integer.toString(answer), CLIENT)).isInstanceOf(Captcha.Answer.Right.class);
			assertThat(captcha.verify(challenge.token(), Integer.toString(answer + 1), CLIENT)).isInstanceOf(Captcha.Answer.Wrong.class);
			assertThat(challenge.token()).doesNotContain("." + answer + ".");
		}
	}

	@Test
	void readsChineseAndFullWidthAnswers() {
		var token = captcha.sign(12, CLIENT);
		assertThat(captcha.verify(token, "十二", CLIENT)).isInstanceOf(Captcha.Answer.Right.class);
		assertThat(captcha.verify(token, "１２", CLIENT)).isInstanceOf(Captcha.Answer.Right.class);
		assertThat(captcha.verify(token, " 12 ", CLIENT)).isInstanceOf(Captcha.Answer.Right.class);
		assertThat(captcha.verify(captcha.sign(20, CLIENT), "二十", CLIENT)).isInstanceOf(Captcha.Answer.Right.class);
		assertThat(captcha.verify(captcha.sign(0, CLIENT), "零", CLIENT)).isInstanceOf(Captcha.Answer.Right.class);
		assertThat(captcha.verify(token, "十三", CLIENT)).isInstanceOf(Captcha.Answer.Wrong.class);
		assertThat(captcha.verify(token, "abc", CLIENT)).isInstanceOf(Captcha.Answer.Wrong.class);
	}

	@Test
	void aTokenAnswersOnlyForTheAddressItWasIssuedTo() {
		var token = captcha.sign(9, CLIENT);
		assertThat(captcha.verify(token, "9", "198.51.100.20")).isInstanceOf(Captcha.Answer.Wrong.class);
		assertThat(captcha.verify(token, "9", "")).isInstanceOf(Captcha.Answer.Wrong.class);
		// an IPv6 client keeps its token while its interface id changes within the /64
		var v6 = Captcha.clientOf("2001:db8:1:2:aaaa::1");
		assertThat(v6).isEqualTo(Captcha.clientOf("2001:db8:1:2:bbbb::9")).isNotEqualTo(Captcha.clientOf("2001:db8:1:3::1"));
		assertThat(captcha.verify(captcha.sign(4, v6), "4", Captcha.clientOf("2001:db8:1:2:cccc::2")))
			.isInstanceOf(Captcha.Answer.Right.class);
	}

	@Test
	void refusesExpiredForgedAndForeignTokensWithoutAnythingToBurn() {
		var token = captcha.sign(7, CLIENT);
		var parts = token.split("\\.");
		// an expiry pushed beyond the lifetime is not a token this platform issued
		assertThat(captcha.verify(parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2], "7", CLIENT))
			.isInstanceOf(Captcha.Answer.Unusable.class);
		assertThat(captcha.verify(parts[0] + "x." + parts[1] + "." + parts[2], "7", CLIENT)).isInstanceOf(Captcha.Answer.Unusable.class);
		var other = new Captcha(() -> "another-key".getBytes(StandardCharsets.UTF_8), clock, Duration.ofMinutes(30), 16);
		assertThat(other.verify(token, "7", CLIENT)).isInstanceOf(Captcha.Answer.Wrong.class);
		assertThat(captcha.verify(null, "7", CLIENT)).isInstanceOf(Captcha.Answer.Unusable.class);
		clock.advance(Duration.ofMinutes(31));
		assertThat(captcha.verify(token, "7", CLIENT)).isInstanceOf(Captcha.Answer.Unusable.class);
	}
}
