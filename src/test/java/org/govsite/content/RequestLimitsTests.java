package org.govsite.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.govsite.support.Api;
import org.govsite.support.Console;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Security issue 8, item 13: an article body has a limit (govsite.content.max-body-length, 1,000,000 characters) refused
 * in Chinese, and requests beyond what the servlet container or the platform accept get a clean 4xx, never a 500.
 */
@GovSiteTest
class RequestLimitsTests {

	static final String TOO_LONG = "正文过长：不能超过 1000000 个字符（当前 1000001 个）";

	@LocalServerPort int port;

	Api api;
	String editor;
	String column;

	@BeforeEach
	void editor() {
		api = new Api(port);
		editor = api.token("editor", "GovSite@2026");
		var admin = api.token("admin", "GovSite@2026");
		var portal = api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> "9901000001".equals(site.path("siteCode").asString())).findFirst().orElseThrow().get("id").asString();
		column = api.get(admin, "/api/v1/sites/" + portal + "/columns").body().valueStream()
			.filter(c -> c.get("slug").asString().equals("tzgg")).findFirst().orElseThrow().get("id").asString();
	}

	@Test
	void aBodyOverTheLimitIsRefusedOnWritingAndEditing() {
		var refused = api.post(editor, "/api/v1/articles", article("<p>" + "政".repeat(1_000_001 - 7) + "</p>"));
		assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
		assertThat(refused.contentType()).contains("application/problem+json");
		assertThat(refused.detail()).isEqualTo(TOO_LONG);

		var id = api.post(editor, "/api/v1/articles", article("<p>短正文</p>")).body().get("id").asString();
		var edited = api.put(editor, "/api/v1/articles/" + id, article("a".repeat(1_000_001)));
		assertThat(edited.status()).as(edited.raw()).isEqualTo(422);
		assertThat(edited.detail()).isEqualTo(TOO_LONG);
	}

	@Test
	void theConsoleShowsTheRefusalForABodyOverTheLimit() {
		var console = new Console(port);
		assertThat(console.signIn("editor", "GovSite@2026")).doesNotContain("error");
		var page = console.submit("/content/articles/new?column=" + column, "/content/articles",
				Map.of("columnId", column, "title", "超长正文", "body", "a".repeat(1_000_001)));
		assertThat(page.status()).isEqualTo(422); // a refused console form answers 422, like every other (ConsoleForms.attempt)
		assertThat(page.body()).contains(TOO_LONG);
	}

	@Test
	void oversizedRequestsAreRefusedWithA4xxNotA500() throws Exception {
		// each is refused on its declared length, before a byte of the body is read: the test sends only the headers
		var json = declared("/api/v1/articles", "application/json", 17L * 1024 * 1024, editor);
		assertThat(json).startsWith("HTTP/1.1 413").contains("application/problem+json", "请求内容过大");

		var id = api.post(editor, "/api/v1/articles", article("<p>附件过大</p>")).body().get("id").asString();
		var upload = declared("/api/v1/articles/" + id + "/attachments", "multipart/form-data; boundary=x",
				61L * 1024 * 1024, editor);
		assertThat(upload).startsWith("HTTP/1.1 413").contains("application/problem+json", "请求内容过大");

		// a form post larger than the container parses (12 MB): Tomcat would drop its parameters; refused instead
		var form = declared("/content/articles", "application/x-www-form-urlencoded", 13L * 1024 * 1024, null);
		assertThat(form).startsWith("HTTP/1.1 413").contains("请求内容过大");
		// a browser posting the console form gets a page in Chinese, not a JSON document
		var page = declared("/content/articles", "application/x-www-form-urlencoded", 13L * 1024 * 1024, null,
				"text/html,application/xhtml+xml,*/*;q=0.8");
		assertThat(page).startsWith("HTTP/1.1 413").contains("text/html", "<h1>请求过大</h1>", "请求内容过大")
			.doesNotContain("problem+json");
	}

	private String declared(String path, String type, long length, String token) throws Exception {
		return declared(path, type, length, token, null);
	}

	/** Sends a POST's headers declaring a body of the given length, and returns the head and start of the answer. */
	private String declared(String path, String type, long length, String token, String accept) throws Exception {
		try (var socket = new java.net.Socket("localhost", port)) {
			socket.setSoTimeout(60_000);
			var head = "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nContent-Type: " + type
					+ "\r\nContent-Length: " + length + "\r\n" + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
					+ (accept == null ? "" : "Accept: " + accept + "\r\n") + "\r\n";
			socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			var answer = new java.io.ByteArrayOutputStream();
			var in = socket.getInputStream();
			var buffer = new byte[4096];
			int read;
			try {
				while (answer.size() < 4096 && (read = in.read(buffer)) != -1) {
					answer.write(buffer, 0, read);
					var text = answer.toString(StandardCharsets.UTF_8);
					if (text.contains("}") || text.contains("</html>")) {
						break;
					}
				}
			}
			catch (java.net.SocketException closed) {
				// the container may close the connection after answering, as the declared body never comes
			}
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

	private Map<String, Object> article(String body) {
		var form = new HashMap<String, Object>();
		form.put("columnId", column);
		form.put("title", "正文长度测试");
		form.put("body", body);
		return form;
	}
}
