package org.govsite.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.govsite.support.MutableClock;
import org.junit.jupiter.api.Test;

/** The self-hosted captcha: Chinese words, answer bound to an HMAC-signed token that reveals nothing. */
class InteractionCaptchaTests {

	final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
	final Captcha captcha = new Captcha(() -> "test-key".getBytes(StandardCharsets.UTF_8), clock, Duration.ofMinutes(30));

	@Test
	void asksInChineseWordsAndAcceptsTheRightAnswerOnly() {
		for (int i = 0; i < 50; i++) {
			var challenge = captcha.issue();
			assertThat(challenge.question()).matches("[一二三四五六七八九十][加减][一二三四五六七八九十]等于几？");
			int answer = PublicClient.solve(challenge.question());
			assertThat(answer).isBetween(0, 20);
			assertThat(captcha.verify(challenge.token(), Integer.toString(answer))).isPresent();
			assertThat(captcha.verify(challenge.token(), Integer.toString(answer + 1))).isEmpty();
			assertThat(challenge.token()).doesNotContain("." + answer + ".");
		}
	}

	@Test
	void readsChineseAndFullWidthAnswers() {
		var token = captcha.sign(12);
		assertThat(captcha.verify(token, "十二")).isPresent();
		assertThat(captcha.verify(token, "１２")).isPresent();
		assertThat(captcha.verify(token, " 12 ")).isPresent();
		assertThat(captcha.verify(captcha.sign(20), "二十")).isPresent();
		assertThat(captcha.verify(captcha.sign(0), "零")).isPresent();
		assertThat(captcha.verify(token, "十三")).isEmpty();
		assertThat(captcha.verify(token, "abc")).isEmpty();
	}

	@Test
	void refusesExpiredForgedAndForeignTokens() {
		var token = captcha.sign(7);
		var parts = token.split("\\.");
		assertThat(captcha.verify(parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2], "7")).isEmpty();
		assertThat(captcha.verify(parts[0] + "x." + parts[1] + "." + parts[2], "7")).isEmpty();
		var other = new Captcha(() -> "another-key".getBytes(StandardCharsets.UTF_8), clock, Duration.ofMinutes(30));
		assertThat(other.verify(token, "7")).isEmpty();
		assertThat(captcha.verify(null, "7")).isEmpty();
		clock.advance(Duration.ofMinutes(31));
		assertThat(captcha.verify(token, "7")).isEmpty();
	}
}
