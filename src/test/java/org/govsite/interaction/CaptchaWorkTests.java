package org.govsite.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The captcha's proof of work: found by trying, checked with one hash, bound to its token. */
class CaptchaWorkTests {

	static final String TOKEN = "AAAAAAAAAAAAAAAA.1775000000.c2lnbmF0dXJl";

	@Test
	void aSolvedTokenProvesItsBitsAndNoMore() {
		var solved = CaptchaWork.solve(TOKEN, 12);
		var split = CaptchaWork.split(solved);
		assertThat(split.token()).isEqualTo(TOKEN);
		assertThat(CaptchaWork.proves(TOKEN, split.proof(), 12)).isTrue();
		// the same proof for another token proves nothing (odds 1 in 4096 of a lucky hit, so check several)
		int lucky = 0;
		for (int i = 0; i < 20; i++) {
			lucky += CaptchaWork.proves(TOKEN.replace("AAAA", "AAA" + (char) ('B' + i)), split.proof(), 12) ? 1 : 0;
		}
		assertThat(lucky).isLessThan(2);
	}

	@Test
	void missingOrMalformedProofsFailAndZeroBitsAskNothing() {
		assertThat(CaptchaWork.proves(TOKEN, null, 8)).isFalse();
		assertThat(CaptchaWork.proves(TOKEN, "-1", 8)).isFalse();
		assertThat(CaptchaWork.proves(TOKEN, "x", 8)).isFalse();
		assertThat(CaptchaWork.proves(TOKEN, null, 0)).isTrue();
		assertThat(CaptchaWork.split(TOKEN).proof()).isNull();
	}
}
