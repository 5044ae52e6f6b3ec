package org.govsite.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** With serve-by-host, each site answers at the root of its own domains; the platform's paths stay the platform's. */
@GovSiteTest
@TestPropertySource(properties = "govsite.publishing.serve-by-host=true")
class PublishingHostServingTests {

	@LocalServerPort int port;
	@Autowired PublishQueue queue;

	@Test
	void aSiteIsServedAtTheRootOfItsDomain() throws IOException {
		await().atMost(Duration.ofSeconds(60)).until(() -> request("www.shilizhou.gov.cn", "/").startsWith("HTTP/1.1 200") && queue.idle());
		var home = request("www.shilizhou.gov.cn", "/");
		assertThat(home).contains("<meta name=\"SiteIDCode\" content=\"9901000001\">", "Content-Security-Policy: default-src 'self'");
		assertThat(request("www.shilizhou.gov.cn", "/yaowen")).startsWith("HTTP/1.1 301").contains("Location: /yaowen/");
		assertThat(request("www.shilizhou.gov.cn", "/yaowen/")).startsWith("HTTP/1.1 200").contains("要闻动态");
		var missing = request("www.shilizhou.gov.cn", "/no-such-page.html");
		assertThat(missing).startsWith("HTTP/1.1 404").contains("<base href=\"/\">");
		assertThat(request("www.shilizhou.gov.cn", "/../../etc/passwd")).startsWith("HTTP/1.1 400").doesNotContain("root:");
		// platform paths and unknown hosts are not sites
		assertThat(request("www.shilizhou.gov.cn", "/actuator/health")).startsWith("HTTP/1.1 200").contains("UP");
		assertThat(request("localhost", "/")).startsWith("HTTP/1.1 302");
		// cross-site links and public addresses use the domain
		assertThat(new PublishingSupport(port).api.get(null, "/api/v1/articles/x/public-url").status()).isEqualTo(401);
	}

	private String request(String host, String path) throws IOException {
		try (var socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
