package org.govsite.monitoring.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class UrlsTests {

	private final URI base = URI.create("http://Example.GOV.cn:80/a/b.html");

	@Test
	void rawAndEncodedChinesePathsAreOneUrl() {
		assertThat(Urls.resolve(base, "/新闻/通知.html")).contains(URI.create("http://example.gov.cn/%E6%96%B0%E9%97%BB/%E9%80%9A%E7%9F%A5.html"));
		assertThat(Urls.resolve(base, "/%e6%96%b0%e9%97%bb/%E9%80%9A%E7%9F%A5.html")).isEqualTo(Urls.resolve(base, "/新闻/通知.html"));
	}

	@Test
	void fragmentsDefaultPortsAndDotsAreDropped() {
		assertThat(Urls.resolve(base, "c.html#top")).contains(URI.create("http://example.gov.cn/a/c.html"));
		assertThat(Urls.resolve(base, "../x/./y.html")).contains(URI.create("http://example.gov.cn/x/y.html"));
		assertThat(Urls.resolve(base, "https://example.gov.cn:443")).contains(URI.create("https://example.gov.cn/"));
		assertThat(Urls.resolve(base, "/%7Euser/a%20b.html?q=政务")).contains(URI.create("http://example.gov.cn/~user/a%20b.html?q=%E6%94%BF%E5%8A%A1"));
	}

	@Test
	void nonHttpLinksAreSkipped() {
		assertThat(Urls.resolve(base, "mailto:a@b.cn")).isEmpty();
		assertThat(Urls.resolve(base, "tel:12345")).isEmpty();
		assertThat(Urls.resolve(base, " JavaScript:void(0)")).isEmpty();
		assertThat(Urls.resolve(base, "data:image/png;base64,AAA")).isEmpty();
		assertThat(Urls.resolve(base, "#only-a-fragment")).isEmpty();
		assertThat(Urls.resolve(base, "")).isEmpty();
	}

	@Test
	void spacesAndPipesInLinksAreEscapedNotRefused() {
		assertThat(Urls.resolve(base, "/a b|c.html")).contains(URI.create("http://example.gov.cn/a%20b%7Cc.html"));
	}

	@Test
	void charsetComesFromHeaderMetaOrBytes() {
		var gbk = Charset.forName("GBK");
		var text = "<html><body>政务公开</body></html>";
		assertThat(Charsets.decode(text.getBytes(gbk), "text/html; charset=GBK")).contains("政务公开");
		assertThat(Charsets.decode(("<meta charset=\"gb2312\">" + text).getBytes(gbk), "text/html")).contains("政务公开");
		assertThat(Charsets.decode(text.getBytes(gbk), "")).contains("政务公开");
		assertThat(Charsets.decode(text.getBytes(StandardCharsets.UTF_8), "")).contains("政务公开");
		assertThat(Charsets.decode(text.getBytes(Charset.forName("GB18030")), "text/html;charset=gb18030")).contains("政务公开");
	}
}
