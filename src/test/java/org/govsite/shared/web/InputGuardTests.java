package org.govsite.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Security issue 7: control characters are found in parameters and JSON, escaped or not; ordinary text passes. */
class InputGuardTests {

	@Test
	void findsControlCharactersInJsonEscapedOrLiteral() {
		assertThat(InputGuard.jsonHasControl("{\"title\":\"a\\u0000b\"}")).isTrue();
		assertThat(InputGuard.jsonHasControl("{\"title\":\"a\\u001Fb\"}")).isTrue();
		assertThat(InputGuard.jsonHasControl("{\"title\":\"a\u0000b\"}")).isTrue();
		assertThat(InputGuard.jsonHasControl("{\"body\":\"line\\nline\\tcol\\r\\n\"}")).isFalse();
		assertThat(InputGuard.jsonHasControl("{\"path\":\"C:\\\\u0000\"}")).isFalse(); // an escaped backslash, then text
		assertThat(InputGuard.jsonHasControl("{\"title\":\"政府网站\\u4e2d\"}")).isFalse();
	}

	@Test
	void findsControlCharactersInParametersAndQueryStrings() {
		assertThat(InputGuard.hasControl("ad\u0000min")).isTrue();
		assertThat(InputGuard.hasControl("q=a%00b")).isTrue();
		assertThat(InputGuard.hasControl("q=%E6%94%BF%E5%BA%9C")).isFalse();
		assertThat(InputGuard.hasControl("多行\n文本")).isFalse();
	}
}
