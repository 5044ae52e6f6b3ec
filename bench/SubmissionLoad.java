import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * An outside citizen crowd for a running GovSite: each of THREADS threads fetches a captcha
 * (GET /api/v1/public/captcha), answers its Chinese arithmetic question and posts a message
 * (POST /api/v1/public/messages) with its own client token, mobile number and address (X-Forwarded-For, as nginx in
 * front sets it), for SECONDS seconds after a warm-up.
 * Prints submissions/s and POST latency; the audit chain is verified afterwards by bench/submissions.sh.
 *
 * Usage: java bench/SubmissionLoad.java <base-url> [seconds=60] [threads=32] [warm-up seconds=15] [site=9901000001]
 */
public class SubmissionLoad {

	static final String DIGITS = "零一二三四五六七八九十";
	static final Pattern FIELD = Pattern.compile("\"(token|question|workBits)\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|(\\d+))");

	public static void main(String[] args) throws Exception {
		var base = args[0];
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
		int threads = args.length > 2 ? Integer.parseInt(args[2]) : 32;
		int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 15;
		var site = args.length > 4 ? args[4] : "9901000001";
		var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
		var run = Long.toString(System.currentTimeMillis() % 100_000_000L);
		var sequence = new AtomicInteger();

		System.out.printf("warm-up %d s, then %d s with %d threads against %s%n", warmUp, seconds, threads, base);
		load(http, base, site, run, sequence, threads, warmUp, null);
		var latencies = Collections.synchronizedList(new ArrayList<Long>());
		var statuses = new ConcurrentHashMap<Integer, LongAdder>();
		long t0 = System.nanoTime();
		load(http, base, site, run, sequence, threads, seconds, (status, nanos) -> {
			statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
			if (status == 201) {
				latencies.add(nanos);
			}
		});
		double elapsed = (System.nanoTime() - t0) / 1e9;
		var sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		long accepted = sorted.size();
		var byStatus = new TreeMap<Integer, Long>();
		statuses.forEach((k, v) -> byStatus.put(k, v.sum()));
		System.out.printf("statuses %s%n", byStatus);
		System.out.printf("accepted %d in %.1f s: %.0f submissions/s (each with its captcha fetch)%n", accepted, elapsed,
				accepted / elapsed);
		if (!sorted.isEmpty()) {
			System.out.printf("POST latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", q(sorted, 0.50), q(sorted, 0.95),
					q(sorted, 0.99));
		}
	}

	interface Outcome {
		void record(int status, long nanos);
	}

	static void load(HttpClient http, String base, String site, String run, AtomicInteger sequence, int threads,
			int seconds, Outcome outcome) throws Exception {
		var stop = new AtomicBoolean();
		var pool = Executors.newFixedThreadPool(threads);
		for (int t = 0; t < threads; t++) {
			pool.execute(() -> {
				while (!stop.get()) {
					int n = sequence.incrementAndGet();
					// citizens come from many addresses; nginx in front says which (X-Forwarded-For, trusted from loopback)
					var address = "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
					try {
						var captcha = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/public/captcha"))
							.header("X-Forwarded-For", address).build(),
								HttpResponse.BodyHandlers.ofString()).body();
						var fields = fields(captcha);
						var token = fields.get("token");
						int bits = Integer.parseInt(fields.getOrDefault("workBits", "0"));
						if (bits > 0) {
							throw new IllegalStateException("start GovSite with --govsite.interaction.captcha-work-bits=0: "
									+ "the proof of work is the citizen's phone's cost, not the server's");
						}
						var body = "{\"siteCode\":\"" + site + "\",\"category\":\"CONSULTATION\",\"title\":\"压测留言 " + run + "-" + n
								+ "\",\"content\":\"外部压测内容 " + run + " 第 " + n + " 条\",\"name\":\"压测\",\"mobile\":\"" + String.format("15%09d", n)
								+ "\",\"publishConsent\":true,\"clientToken\":\"" + UUID.randomUUID() + "\",\"captchaToken\":\""
								+ token + ".0\",\"captchaAnswer\":\"" + solve(fields.get("question")) + "\"}";
						long s = System.nanoTime();
						var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/public/messages"))
							.header("Content-Type", "application/json").header("X-Forwarded-For", address).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
								HttpResponse.BodyHandlers.ofString());
						if (outcome != null) {
							outcome.record(response.statusCode(), System.nanoTime() - s);
						}
						if (response.statusCode() != 201 && n % 100 == 0) {
							System.err.println(response.statusCode() + " " + response.body());
						}
					}
					catch (Exception e) {
						if (outcome != null) {
							outcome.record(-1, 0);
						}
					}
				}
			});
		}
		Thread.sleep(seconds * 1000L);
		stop.set(true);
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.MINUTES);
	}

	static Map<String, String> fields(String json) {
		var map = new ConcurrentHashMap<String, String>();
		var m = FIELD.matcher(json);
		while (m.find()) {
			map.put(m.group(1), m.group(3) != null ? unescape(m.group(3)) : m.group(4));
		}
		return map;
	}

	static String unescape(String s) {
		var out = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\' && i + 1 < s.length()) {
				char e = s.charAt(++i);
				if (e == 'u') {
					out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
					i += 4;
				}
				else {
					out.append(e);
				}
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** e.g. 七加五等于几？ / 十减三等于几？ */
	static int solve(String question) {
		char op = question.contains("加") ? '加' : '减';
		var parts = question.substring(0, question.indexOf("等于")).split(String.valueOf(op));
		int a = DIGITS.indexOf(parts[0]);
		int b = DIGITS.indexOf(parts[1]);
		return op == '加' ? a + b : a - b;
	}

	static double q(List<Long> sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
	}
}
