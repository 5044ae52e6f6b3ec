package org.govsite.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Security issue 7 and 16: invisible titles are blank; stored URLs are http(s) or site paths, nothing else. */
class InputRulesTests {

	@Test
	void aTitleOfOnlyInvisibleCharactersIsBlank() {
		assertThat(Text.visiblyBlank("\u200B\u200C\u200D\u2060\uFEFF")).isTrue();
		assertThat(Text.visiblyBlank(" \u3000 ")).isTrue();
		assertThat(Text.visiblyBlank("\u200B通知")).isFalse();
	}

	@Test
	void onlyHttpAndSitePathsAreSafeUrls() {
		assertThat(SafeUrl.allowed("https://www.shilizhou.gov.cn/img/a.png")).isTrue();
		assertThat(SafeUrl.allowed("/sites/9901000001/img/a.png")).isTrue();
		assertThat(SafeUrl.allowed("")).isTrue();
		assertThat(SafeUrl.allowed("javascript:alert(1)")).isFalse();
		assertThat(SafeUrl.allowed("JaVaScRiPt:alert(1)")).isFalse();
		assertThat(SafeUrl.allowed("data:image/svg+xml;base64,PHN2Zz4=")).isFalse();
		assertThat(SafeUrl.allowed("https://a.cn/x.png\" onerror=\"alert(1)")).isFalse();
		assertThat(SafeUrl.allowed("//evil.example/x.png")).isFalse();
		assertThat(SafeUrl.absoluteHttp("/relative")).isFalse();
	}
}
