package org.govsite.monitoring.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import org.govsite.monitoring.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The crawler and link checker against real HTTP servers on loopback: a site with every kind of seeded broken link
 * and the healthy links that naive checkers get wrong (redirect chains, encoded and raw Chinese paths, fragments,
 * {@code <base href>}, a 429 that succeeds after {@code Retry-After}, a GBK page, HEAD refused).
 */
class SiteCrawlTests {

	private TestSite site;
	private TestSite other;

	@BeforeEach
	void serve() {
		site = new TestSite();
		other = new TestSite("localhost");
		other.html("/ok", "<html><body>外部正常</body></html>");
		var gbk = Charset.forName("GBK");
		var externalDead = other.url("/dead");
		var externalOk = other.url("/ok");
		site.html("/", """
				<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>示例门户</title>
				<link rel="stylesheet" href="/css/site.css"><script src="/js/app.js"></script></head><body>
				<a href="/old">旧地址</a>
				<a href="/新闻/通知.html">通知（原文路径）</a>
				<a href="/%%E6%%96%%B0%%E9%%97%%BB/%%E9%%80%%9A%%E7%%9F%%A5.html">通知（编码路径）</a>
				<a href="/about.html#team">团队</a> <a href="about.html">关于</a>
				<a href="/slow.html">限流页</a>
				<a href="/gbk.html">旧版页面</a>
				<a href="/sub/page.html">子目录</a>
				<a href="mailto:web@example.gov.cn">邮件</a> <a href="tel:0871-1234">电话</a> <a href="javascript:void(0)">脚本</a>
				<a href="/missing.html">失效页面</a> <a href="/gone.html">已删除</a> <a href="/forbidden.html">禁止访问</a>
				<img src="/img/missing.png" alt="缺图"> <img src="/img/ok.png" srcset="/img/ok.png 1x, /img/x2.png 2x" alt="徽标">
				<a href="/files/report.pdf">年度报告</a> <a href="/files/ok.pdf">指南</a>
				<a href="%s">外部失效</a> <a href="%s">外部正常</a>
				<a href="/loop">循环</a> <a href="/error.html">出错页</a>
				<iframe src="/frame.html" title="嵌入"></iframe>
				</body></html>""".formatted(externalDead, externalOk));
		site.redirect("/old", 301, "/older");
		site.redirect("/older", 302, "/news/index.html");
		site.html("/news/index.html", "<html><body><a href=\"/\">首页</a></body></html>");
		site.html("/%E6%96%B0%E9%97%BB/%E9%80%9A%E7%9F%A5.html", "<html><body><a href=\"/about.html\">关于</a></body></html>");
		site.html("/about.html", "<html><body>关于我们</body></html>");
		site.route("/slow.html", (exchange, hit) -> {
			if (hit == 1) {
				exchange.getResponseHeaders().add("Retry-After", "1");
				TestSite.send(exchange, 429, "text/plain", "slow down", StandardCharsets.UTF_8);
			}
			else {
				TestSite.send(exchange, 200, "text/html", "<html><body>好了</body></html>", StandardCharsets.UTF_8);
			}
		});
		site.route("/gbk.html", (exchange, hit) -> TestSite.send(exchange, 200, "text/html",
				"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>"
						+ "<a href=\"/gbk-target.html\">政务公开</a><a href=\"/gbk-missing.html\">办事指南</a></body></html>",
				gbk));
		site.html("/gbk-target.html", "<html><body>ok</body></html>");
		site.html("/sub/page.html", "<html><head><base href=\"/base/\"></head><body><a href=\"doc.html\">文件</a></body></html>");
		site.html("/base/doc.html", "<html><body>文件</body></html>");
		site.status("/gone.html", 410);
		site.status("/forbidden.html", 403);
		site.status("/error.html", 500);
		site.route("/img/ok.png", (exchange, hit) -> TestSite.send(exchange, 200, "image/png", "png", StandardCharsets.UTF_8));
		site.route("/css/site.css", (exchange, hit) -> TestSite.send(exchange, 200, "text/css", "body{}", StandardCharsets.UTF_8));
		site.route("/js/app.js", (exchange, hit) -> TestSite.send(exchange, 200, "text/javascript", "", StandardCharsets.UTF_8));
		site.route("/files/ok.pdf", (exchange, hit) -> {
			if (exchange.getRequestMethod().equals("HEAD")) {
				TestSite.send(exchange, 405, "text/plain", "", StandardCharsets.UTF_8);
			}
			else {
				TestSite.send(exchange, 200, "application/pdf", "%PDF-1.4", StandardCharsets.UTF_8);
			}
		});
		site.redirect("/loop", 302, "/loop2");
		site.redirect("/loop2", 302, "/loop");
		site.html("/frame.html", "<html><body>嵌入页</body></html>");
	}

	@AfterEach
	void stop() {
		site.close();
		other.close();
	}

	private Fetcher fetcher() {
		return new Fetcher(CrawlSettings.defaults().withMaxRetryAfter(Duration.ofSeconds(2)), host -> false,
				Clock.systemUTC());
	}

	@Test
	void findsExactlyTheSeededBrokenLinksAndFlagsNoHealthyOne() {
		var pages = new ConcurrentLinkedQueue<Fetch>();
		var result = new SiteCrawl(fetcher(), Scope.of(site.url("/"), Set.of()), 1000, true, pages::add)
			.run(site.url("/"));

		Map<String, Verdict> failing = result.broken().stream()
			.collect(Collectors.toMap(t -> t.url().toString(), SiteCrawl.Target::verdict));
		assertThat(failing).containsOnly(
				Map.entry(site.url("/missing.html").toString(), Verdict.BROKEN),
				Map.entry(site.url("/gone.html").toString(), Verdict.BROKEN),
				Map.entry(site.url("/forbidden.html").toString(), Verdict.BROKEN),
				Map.entry(site.url("/img/missing.png").toString(), Verdict.BROKEN),
				Map.entry(site.url("/img/x2.png").toString(), Verdict.BROKEN),
				Map.entry(site.url("/files/report.pdf").toString(), Verdict.BROKEN),
				Map.entry(site.url("/gbk-missing.html").toString(), Verdict.BROKEN),
				Map.entry(site.url("/loop").toString(), Verdict.BROKEN),
				Map.entry(other.url("/dead").toString(), Verdict.BROKEN),
				Map.entry(site.url("/error.html").toString(), Verdict.SUSPECTED));

		var byUrl = result.targets().stream().collect(Collectors.toMap(t -> t.url().toString(), t -> t));
		assertThat(byUrl.get(site.url("/img/missing.png").toString()).kind()).isEqualTo(LinkKind.IMAGE);
		assertThat(byUrl.get(site.url("/files/report.pdf").toString()).kind()).isEqualTo(LinkKind.ATTACHMENT);
		assertThat(byUrl.get(other.url("/dead").toString()).kind()).isEqualTo(LinkKind.EXTERNAL);
		assertThat(byUrl.get(site.url("/missing.html").toString()).kind()).isEqualTo(LinkKind.INTERNAL);
		var gbkMissing = byUrl.get(site.url("/gbk-missing.html").toString());
		assertThat(gbkMissing.occurrences()).containsExactly(
				new SiteCrawl.Occurrence(site.url("/gbk.html"), "a", "办事指南"));
		assertThat(byUrl.get(site.url("/missing.html").toString()).fetch().status()).isEqualTo(404);
		assertThat(byUrl.get(site.url("/loop").toString()).fetch().failure()).isEqualTo(Fetch.Failure.REDIRECT_LOOP);

		// redirect chain followed to its end
		var old = byUrl.get(site.url("/old").toString()).fetch();
		assertThat(old.finalUrl()).isEqualTo(site.url("/news/index.html"));
		assertThat(old.redirects()).isEqualTo(2);
		// raw and encoded Chinese paths are one page, fetched once; the fragment is the same page too
		assertThat(site.hits("/%E6%96%B0%E9%97%BB/%E9%80%9A%E7%9F%A5.html")).isEqualTo(1);
		assertThat(site.hits("/about.html")).isEqualTo(1);
		assertThat(byUrl).doesNotContainKey(site.url("/about.html#team").toString());
		// the 429 succeeded after waiting Retry-After
		assertThat(site.hits("/slow.html")).isEqualTo(2);
		assertThat(byUrl.get(site.url("/slow.html").toString()).verdict()).isEqualTo(Verdict.OK);
		// <base href> respected: doc.html under /base/, not /sub/
		assertThat(byUrl).containsKey(site.url("/base/doc.html").toString()).doesNotContainKey(site.url("/sub/doc.html").toString());
		// HEAD refused, GET works
		assertThat(byUrl.get(site.url("/files/ok.pdf").toString()).verdict()).isEqualTo(Verdict.OK);
		// mailto, tel, javascript skipped
		assertThat(byUrl.keySet()).noneMatch(url -> url.startsWith("mailto") || url.startsWith("tel") || url.startsWith("javascript"));
		// every HTML page reached the page callback with its decoded text, the GBK one included
		assertThat(pages).anyMatch(p -> p.url().equals(site.url("/gbk.html")) && p.body().contains("政务公开"));
		assertThat(result.pagesFetched()).isGreaterThanOrEqualTo(pages.size());
		assertThat(old.latencyMillis()).isGreaterThanOrEqualTo(0);
		assertThat(byUrl.get(site.url("/about.html").toString()).fetch().size()).isPositive();
	}

	@Test
	void checksOnlyTheHomePageLinksWhenNotFollowing() {
		var result = new SiteCrawl(fetcher(), Scope.of(site.url("/"), Set.of()), 1000, false, page -> {
		}).run(site.url("/"));
		assertThat(result.pagesFetched()).isEqualTo(1);
		assertThat(result.targets()).extracting(t -> t.url().toString()).doesNotContain(site.url("/gbk-missing.html").toString());
		assertThat(site.hits("/gbk.html")).isEqualTo(1);
	}

	@Test
	void aLinkCheckedFromManyPagesIsFetchedOnce() {
		var fetcher = fetcher();
		for (int i = 0; i < 50; i++) {
			assertThat(fetcher.check(site.url("/about.html")).status()).isEqualTo(200);
		}
		assertThat(site.hits("/about.html")).isEqualTo(1);
	}

	@Test
	void gzipBodiesAreDecoded() {
		site.route("/gz.html", (exchange, hit) -> {
			var out = new java.io.ByteArrayOutputStream();
			try (var gz = new java.util.zip.GZIPOutputStream(out)) {
				gz.write("<html><body>压缩页面</body></html>".getBytes(StandardCharsets.UTF_8));
			}
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.getResponseHeaders().add("Content-Encoding", "gzip");
			exchange.sendResponseHeaders(200, out.size());
			exchange.getResponseBody().write(out.toByteArray());
			exchange.close();
		});
		assertThat(fetcher().page(site.url("/gz.html")).body()).contains("压缩页面");
	}

	@Test
	void unreachableHostsAreSuspectedNotConfirmed() {
		var port = site.port();
		site.close();
		var fetch = new Fetcher(CrawlSettings.defaults().withTimeout(Duration.ofSeconds(2)), host -> false, Clock.systemUTC())
			.check(URI.create("http://127.0.0.1:" + port + "/"));
		assertThat(fetch.failure()).isEqualTo(Fetch.Failure.CONNECTION);
		assertThat(Verdict.of(fetch)).isEqualTo(Verdict.SUSPECTED);
		site = new TestSite();
	}
}
