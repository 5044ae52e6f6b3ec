package org.govsite.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 14/10: the editor's labels are Chinese. (That every page says {@code Content-Language: zh-CN} to an English browser is
 * asserted by {@code PublicSiteTests}.)
 */
@GovSiteTest
class ChineseLanguageTests {

	@LocalServerPort int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", acceptLanguage).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theEditorsParagraphStylesAreNamedInChinese() throws Exception {
		var css = get("/css/console.css", "en").body();
		assertThat(css).contains(".ql-picker.ql-header .ql-picker-item::before { content: '正文'; }")
			.contains("content: '二级标题'", "content: '三级标题'");
	}
}
