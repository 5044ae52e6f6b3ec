package org.govsite.monitoring.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import javax.net.ssl.SSLException;

import org.govsite.monitoring.crawl.Fetch.Failure;
import org.jspecify.annotations.Nullable;

/**
 * Fetches URLs the way the inspectors' tools do, only more carefully: a global and a per-host limit of requests at
 * once (more for hosts GovSite publishes, which it knows can take it), a timeout, redirects followed one by one so that
 * loops are caught, {@code HEAD} first for link checks and {@code GET} where {@code HEAD} is refused, retries of 429 and
 * 503 that honour {@code Retry-After}, gzip and deflate, charset detection, and a cache so that a URL linked from
 * 10,000 pages is fetched once. Thread-safe; one instance serves all scans and probes of a node.
 */
public final class Fetcher {

	/** Who the request pretends to be (the profiles the cloaking check compares). */
	public enum Profile {
		BROWSER(CrawlSettings.BROWSER_AGENT, null),
		BAIDUSPIDER("Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)", null),
		MOBILE("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1",
				null),
		BAIDU_REFERER(CrawlSettings.BROWSER_AGENT, "https://www.baidu.com/s?wd=");

		final String agent;
		final @Nullable String referer;

		Profile(String agent, @Nullable String referer) {
			this.agent = agent;
			this.referer = referer;
		}
	}

	private record Cached(Instant at, CompletableFuture<Fetch> result) {
	}

	private static final int CHECK_BODY_BYTES = 16 * 1024;
	private static final int CACHE_LIMIT = 500_000;

	private final CrawlSettings settings;
	private final Predicate<String> publishedHost;
	private final Clock clock;
	private final HttpClient http;
	private final Semaphore global;
	private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	public Fetcher(CrawlSettings settings, Predicate<String> publishedHost, Clock clock) {
		this.settings = settings;
		this.publishedHost = publishedHost;
		this.clock = clock;
		this.global = new Semaphore(settings.globalConcurrency(), true);
		this.http = HttpClient.newBuilder()
			// the client's own steps run where they become ready (its selector thread) instead of being handed to a
			// thread pool each: the handoffs cost more CPU than the steps (JFR, link-check benchmark)
			.executor(Runnable::run)
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.timeout())
			.build();
	}

	public CrawlSettings settings() {
		return settings;
	}

	/** A page with its decoded body (GET), from the cache when fetched within the cache time. */
	public Fetch page(URI url) {
		return cached("P " + url, () -> fetch(url, true, Profile.BROWSER, settings.maxBodyBytes()));
	}

	/** A page fetched now as a given profile, never from the cache (probes, cloaking comparisons). */
	public Fetch fresh(URI url, Profile profile) {
		return fetch(url, true, profile, settings.maxBodyBytes());
	}

	/**
	 * Whether a link works: {@code HEAD}, then {@code GET} when the {@code HEAD} answer is an error (many servers
	 * refuse or mishandle it). Cached: a target linked from many pages is checked once.
	 */
	public Fetch check(URI url) {
		return cached("C " + url, () -> {
			var head = fetch(url, false, Profile.BROWSER, 0);
			if (head.failure() == null && head.status() < 400) {
				return head;
			}
			if (head.failure() == Failure.DNS || head.failure() == Failure.REDIRECT_LOOP
					|| head.failure() == Failure.TOO_MANY_REDIRECTS) {
				return head;
			}
			return fetch(url, true, Profile.BROWSER, CHECK_BODY_BYTES);
		});
	}

	/** Forgets cached results (tests; a re-check that must see the live state). */
	public void forget(URI url) {
		cache.remove("P " + url);
		cache.remove("C " + url);
	}

	public int cached() {
		return cache.size();
	}

	private Fetch cached(String key, java.util.function.Supplier<Fetch> fetch) {
		var now = clock.instant();
		var mine = new CompletableFuture<Fetch>();
		var entry = cache.compute(key, (k, old) -> old != null && old.at().plus(settings.cacheFor()).isAfter(now)
				&& !(old.result().isDone() && old.result().isCompletedExceptionally()) ? old : new Cached(now, mine));
		if (entry.result() == mine) {
			try {
				mine.complete(fetch.get());
			}
			catch (RuntimeException e) {
				mine.completeExceptionally(e);
				cache.remove(key, entry);
			}
			if (cache.size() > CACHE_LIMIT) {
				cache.entrySet().removeIf(e -> e.getValue().at().plus(settings.cacheFor()).isBefore(now));
			}
		}
		return entry.result().join();
	}

	private Fetch fetch(URI url, boolean get, Profile profile, int maxBytes) {
		var start = System.nanoTime();
		var current = url;
		var seen = new HashSet<URI>();
		seen.add(url);
		int redirects = 0;
		while (true) {
			var answer = exchange(current, get, profile, maxBytes);
			if (answer.failure != null) {
				return result(url, current, 0, answer.failure, start, answer, redirects);
			}
			int status = answer.status;
			if (status >= 300 && status < 400 && status != 304 && answer.location != null) {
				var next = Urls.resolve(current, answer.location);
				if (next.isEmpty()) {
					return result(url, current, status, null, start, answer, redirects);
				}
				redirects++;
				if (!seen.add(next.get())) {
					return result(url, next.get(), status, Failure.REDIRECT_LOOP, start, answer, redirects);
				}
				if (redirects > settings.maxRedirects()) {
					return result(url, next.get(), status, Failure.TOO_MANY_REDIRECTS, start, answer, redirects);
				}
				current = next.get();
				continue;
			}
			return result(url, current, status, null, start, answer, redirects);
		}
	}

	private Fetch result(URI url, URI finalUrl, int status, @Nullable Failure failure, long start, Answer answer,
			int redirects) {
		var latency = Duration.ofNanos(System.nanoTime() - start).toMillis();
		String body = null;
		if (answer.bytes != null) {
			body = Charsets.decode(answer.bytes, answer.contentType);
		}
		return new Fetch(url, finalUrl, status, failure, latency, answer.size, answer.contentType, answer.headers,
				redirects, body, answer.certificateExpires);
	}

	/** One request and its answer, with the retries of 429 and 503. */
	private static final class Answer {
		int status;
		@Nullable Failure failure;
		@Nullable String location;
		String contentType = "";
		Map<String, List<String>> headers = Map.of();
		byte @Nullable [] bytes;
		long size;
		@Nullable Instant certificateExpires;
	}

	private Answer exchange(URI url, boolean get, Profile profile, int maxBytes) {
		var host = url.getHost() == null ? "" : url.getHost();
		var limit = hosts.computeIfAbsent(host + ":" + url.getPort(), h -> new Semaphore(
				publishedHost.test(host) ? settings.publishedHostConcurrency() : settings.otherHostConcurrency(), true));
		Answer answer = null;
		for (int attempt = 0; attempt <= settings.retries(); attempt++) {
			try {
				global.acquire();
				try {
					limit.acquire();
					try {
						answer = once(url, get, profile, maxBytes);
					}
					finally {
						limit.release();
					}
				}
				finally {
					global.release();
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				var interrupted = new Answer();
				interrupted.failure = Failure.IO;
				return interrupted;
			}
			if ((answer.status != 429 && answer.status != 503) || attempt == settings.retries()) {
				return answer;
			}
			var wait = retryAfter(answer.headers, attempt);
			try {
				Thread.sleep(wait.toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return answer;
			}
		}
		return answer;
	}

	/** {@code Retry-After} in seconds or as a date, else 1, 2, 4 … seconds; never longer than the configured cap. */
	Duration retryAfter(Map<String, List<String>> headers, int attempt) {
		var values = headers.get("retry-after");
		Duration wait = Duration.ofSeconds(1L << Math.min(attempt, 5));
		if (values != null && !values.isEmpty()) {
			var value = values.get(0).strip();
			try {
				wait = Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
			}
			catch (NumberFormatException notSeconds) {
				try {
					var at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
					wait = Duration.between(clock.instant(), at);
					if (wait.isNegative()) {
						wait = Duration.ZERO;
					}
				}
				catch (RuntimeException unreadable) {
					// keep the backoff
				}
			}
		}
		return wait.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : wait;
	}

	private Answer once(URI url, boolean get, Profile profile, int maxBytes) {
		var answer = new Answer();
		var builder = HttpRequest.newBuilder(url)
			.timeout(settings.timeout())
			.header("User-Agent", profile == Profile.BROWSER ? settings.userAgent() : profile.agent)
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.header("Accept-Language", "zh-CN,zh;q=0.9")
			.header("Accept-Encoding", "gzip, deflate");
		if (profile.referer != null) {
			builder.header("Referer", profile.referer);
		}
		builder.method(get ? "GET" : "HEAD", HttpRequest.BodyPublishers.noBody());
		try {
			var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
			answer.status = response.statusCode();
			answer.headers = lowerCase(response.headers());
			answer.contentType = response.headers().firstValue("content-type").orElse("");
			answer.location = response.headers().firstValue("location").orElse(null);
			response.sslSession().ifPresent(session -> {
				try {
					if (session.getPeerCertificates().length > 0
							&& session.getPeerCertificates()[0] instanceof X509Certificate certificate) {
						answer.certificateExpires = certificate.getNotAfter().toInstant();
					}
				}
				catch (javax.net.ssl.SSLPeerUnverifiedException ignored) {
					// no certificate to report
				}
			});
			try (var in = response.body()) {
				if (get && maxBytes > 0 && (answer.status < 300 || answer.status >= 400)) {
					var encoding = response.headers().firstValue("content-encoding").orElse("").toLowerCase(Locale.ROOT);
					var raw = new CountingStream(in);
					var decoded = encoding.contains("gzip") ? new GZIPInputStream(raw)
							: encoding.contains("deflate") ? new InflaterInputStream(raw) : raw;
					answer.bytes = readAtMost(decoded, maxBytes);
					raw.transferTo(OutputStreamNull.INSTANCE);
					answer.size = raw.count;
				}
				else {
					answer.size = in.transferTo(OutputStreamNull.INSTANCE);
				}
			}
			if (answer.size == 0) {
				answer.size = response.headers().firstValueAsLong("content-length").orElse(0);
			}
		}
		catch (HttpTimeoutException e) {
			answer.failure = Failure.TIMEOUT;
		}
		catch (IOException e) {
			answer.failure = classify(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			answer.failure = Failure.IO;
		}
		catch (IllegalArgumentException e) {
			answer.failure = Failure.CONNECTION;
		}
		return answer;
	}

	static Failure classify(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
				return Failure.DNS;
			}
			if (t instanceof SSLException || t instanceof java.security.cert.CertificateException) {
				return Failure.TLS;
			}
			if (t instanceof HttpTimeoutException || t instanceof java.net.SocketTimeoutException) {
				return Failure.TIMEOUT;
			}
		}
		return error instanceof ConnectException || error.getCause() instanceof ConnectException ? Failure.CONNECTION
				: Failure.IO;
	}

	private static Map<String, List<String>> lowerCase(HttpHeaders headers) {
		var map = new TreeMap<String, List<String>>();
		headers.map().forEach((name, values) -> map.put(name.toLowerCase(Locale.ROOT), values));
		return map;
	}

	/** At most {@code max} bytes (a page is a few kilobytes: no 64 KB buffer per page, the JDK grows as it reads). */
	private static byte[] readAtMost(InputStream in, int max) throws IOException {
		return in.readNBytes(max);
	}

	private static final class CountingStream extends java.io.FilterInputStream {
		long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				count += n;
			}
			return n;
		}
	}

	private static final class OutputStreamNull extends java.io.OutputStream {
		static final OutputStreamNull INSTANCE = new OutputStreamNull();

		@Override
		public void write(int b) {
		}

		@Override
		public void write(byte[] b, int off, int len) {
		}
	}
}
