package org.govsite.bench;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Availability probes at the scale of a whole province and more: {@code probes.sites} (default 60,000) sites, each
 * on its own loopback address (127.1.x.y, so the per-host limits apply as they would to real hosts) served by one
 * HTTP server started here, every site probed every 5 minutes by the real probe round under the platform's
 * scheduler, for {@code probes.minutes} (default 16) minutes. Figures: probes per second, how late each probe after
 * the first came against its 5-minute interval (p50, p99, max; the goal is no probe more than 30 s late), and the JVM's
 * peak resident memory. Run with {@code ./mvnw -Pbench test -Dtest=ProbeBenchmark}; prints to target/bench/probes.txt.
 */
@Tag("bench")
@GovSiteTest
@TestPropertySource(properties = { "govsite.demo.enabled=false", "govsite.monitoring.probes-enabled=true",
		"govsite.test.context=bench-probes", "logging.level.org.govsite.monitoring=WARN" })
class ProbeBenchmark {

	static {
		org.govsite.GovSite.idleConnectionsExpire();
	}

	static final int SITES = Integer.getInteger("probes.sites", 60_000);
	static final int MINUTES = Integer.getInteger("probes.minutes", 16);
	static final int INTERVAL_MINUTES = 5;

	@Autowired JdbcClient jdbc;

	@Test
	void everySiteEveryFiveMinutes() throws Exception {
		var server = HttpServer.create(new InetSocketAddress("0.0.0.0", 0), 1024);
		var body = "<html><head><meta charset=\"utf-8\"><title>首页</title></head><body>政府网站</body></html>"
			.getBytes(StandardCharsets.UTF_8);
		server.createContext("/", exchange -> {
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.setExecutor(Executors.newFixedThreadPool(8));
		server.start();
		int port = server.getAddress().getPort();
		try {
			long seedStart = System.nanoTime();
			seed(port);
			double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
			long start = System.currentTimeMillis();
			Thread.sleep(Duration.ofMinutes(MINUTES).toMillis());
			long end = System.currentTimeMillis();
			report(seedSeconds, start, end);
		}
		finally {
			server.stop(0);
		}
	}

	void seed(int port) {
		var unit = UUID.randomUUID();
		jdbc.sql("INSERT INTO unit (id, version, name, kind, created_at) VALUES (?, 1, '基准测试单位', 'DEPARTMENT', now())")
			.param(unit).update();
		jdbc.sql("""
				INSERT INTO site (id, version, name, type, site_code, sponsor_unit_id, status, created_at)
				SELECT gen_random_uuid(), 1, '探测基准网站' || n, 'DEPARTMENT', '97' || lpad(n::text, 8, '0'), ?, 'RUNNING', now()
				FROM generate_series(0, ? - 1) n
				""").params(unit, SITES).update();
		jdbc.sql("""
				INSERT INTO monitoring_site (site_id, base_url, probe_interval_minutes, enabled, updated_at, updated_by)
				SELECT id, 'http://127.1.' || (n / 250) || '.' || (n % 250 + 1) || ':' || ? || '/', ?, true, now(), 'bench'
				FROM (SELECT id, CAST(substr(site_code, 3) AS INT) AS n FROM site WHERE site_code LIKE '97%') s
				""").params(port, INTERVAL_MINUTES).update();
	}

	void report(double seedSeconds, long start, long end) throws Exception {
		var from = new java.sql.Timestamp(start);
		var to = new java.sql.Timestamp(end);
		long probes = jdbc.sql("SELECT count(*) FROM monitoring_probe WHERE probed_at >= ? AND probed_at < ?")
			.params(from, to).query(Long.class).single();
		long failed = jdbc.sql("SELECT count(*) FROM monitoring_probe WHERE probed_at >= ? AND probed_at < ? AND NOT up")
			.params(from, to).query(Long.class).single();
		// lateness: the gap between a site's consecutive probes beyond its interval (a probe may come up to 15 s early)
		var late = jdbc.sql("""
				SELECT EXTRACT(EPOCH FROM gap) - ? * 60 FROM (
				  SELECT probed_at - lag(probed_at) OVER (PARTITION BY site_id ORDER BY probed_at) AS gap
				  FROM monitoring_probe WHERE probed_at >= ? AND probed_at < ?) g
				WHERE gap IS NOT NULL ORDER BY 1
				""").params(INTERVAL_MINUTES, from, to).query(Double.class).list();
		long sitesProbed = jdbc.sql("SELECT count(DISTINCT site_id) FROM monitoring_probe WHERE probed_at >= ? AND probed_at < ?")
			.params(from, to).query(Long.class).single();
		// sites whose due time passed in the window without a probe: the worst lateness is theirs
		long overdue = jdbc.sql("""
				SELECT count(*) FROM monitoring_probe_state WHERE last_probed_at < CAST(? AS TIMESTAMPTZ) - interval '1 minute' * ? - interval '30 seconds'
				""").params(to, INTERVAL_MINUTES).query(Long.class).single();
		var lines = new ArrayList<String>();
		lines.add("probes: " + SITES + " sites every " + INTERVAL_MINUTES + " min (" + String.format("%.0f", SITES / (INTERVAL_MINUTES * 60.0))
				+ " probes/s needed), " + MINUTES + " min run, seeded in " + String.format("%.1f", seedSeconds) + " s");
		lines.add("  probes recorded: " + probes + " (" + String.format("%.1f", probes * 1000.0 / (end - start)) + "/s), failed "
				+ failed + ", sites probed " + sitesProbed);
		if (!late.isEmpty()) {
			lines.add("  lateness after the first probe (s, negative = early): p50 " + fmt(pct(late, 0.50)) + ", p99 "
					+ fmt(pct(late, 0.99)) + ", max " + fmt(late.get(late.size() - 1)) + " over " + late.size() + " intervals; "
					+ late.stream().filter(x -> x > 30).count() + " later than 30 s");
		}
		lines.add("  sites more than 30 s overdue at the end: " + overdue);
		var status = Path.of("/proc/self/status");
		if (Files.exists(status)) {
			Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM") || l.startsWith("VmRSS"))
				.forEach(l -> lines.add("  " + l.replaceAll("\\s+", " ")));
		}
		lines.add("  load average at the end: " + Files.readString(Path.of("/proc/loadavg")).strip());
		lines.forEach(System.out::println);
		Files.createDirectories(Path.of("target/bench"));
		Files.write(Path.of("target/bench/probes.txt"), lines);
		if (probes == 0) {
			throw new IllegalStateException("no probe ran");
		}
	}

	static double pct(List<Double> sorted, double p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
	}

	static String fmt(double value) {
		return String.format("%.1f", value);
	}
}
