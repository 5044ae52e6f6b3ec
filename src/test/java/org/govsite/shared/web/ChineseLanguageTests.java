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

/** 14/10: Chinese pages say so to every browser, whatever language it prefers; the editor's labels are Chinese. */
@GovSiteTest
class ChineseLanguageTests {

	@LocalServerPort int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", acceptLanguage).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void consoleAndPublicPagesAreSimplifiedChineseForAnEnglishBrowser() throws Exception {
		for (var path : new String[] { "/login", "/public/search?site=9901000001", "/sites/9901000001/index.html" }) {
			for (var language : new String[] { "en", "en-US,en;q=0.9", "zh-TW" }) {
				var response = get(path, language);
				assertThat(response.statusCode()).as(path).isEqualTo(200);
				assertThat(response.headers().allValues("Content-Language")).as(path + " for " + language)
					.containsExactly("zh-CN");
			}
		}
	}

	@Test
	void theEditorsParagraphStylesAreNamedInChinese() throws Exception {
		var css = get("/css/console.css", "en").body();
		assertThat(css).contains(".ql-picker.ql-header .ql-picker-item::before { content: '正文'; }")
			.contains("content: '二级标题'", "content: '三级标题'");
	}
}
