package org.govsite.bench;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govsite.database.DataDirectory;
import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Publishing figures: a full render of a site with 100,000 live articles in 50 columns (pages per second), then the
 * approve-to-file latency of one article (复审 approval request sent → article page on disk), on the small demo portal
 * and on the big site (where a new article shifts every list page of its column). Run with
 * {@code ./mvnw -Pbench test -Dtest=PublishingBenchmark}. Prints figures; asserts nothing.
 */
@Tag("bench")
@GovSiteTest
@TestPropertySource(properties = "govsite.test.context=bench-publishing")
class PublishingBenchmark {

	static final int ARTICLES = 100_000;
	static final int COLUMNS = 50;
	static final int APPROVALS = 50;

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	@Autowired DataDirectory dataDirectory;

	@Test
	void fullRenderAndApproveToFileLatency() throws Exception {
		var api = new Api(port);
		var admin = api.token("admin", "GovSite@2026");
		await().atMost(Duration.ofMinutes(2)).until(this::idle);

		long seedStart = System.nanoTime();
		var site = seed();
		double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

		long start = System.nanoTime();
		var run = api.post(admin, "/api/v1/sites/" + site + "/rebuild", Map.of()).body().get("id").asString();
		await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofSeconds(1)).until(() -> !List.of("QUEUED", "RUNNING")
			.contains(jdbc.sql("SELECT status FROM publish_run WHERE id = ?").param(UUID.fromString(run)).query(String.class).single()));
		double seconds = (System.nanoTime() - start) / 1e9;
		var status = jdbc.sql("SELECT status FROM publish_run WHERE id = ?").param(UUID.fromString(run)).query(String.class).single();
		long files = jdbc.sql("SELECT count(*) FROM publish_manifest WHERE site_id = ?").param(UUID.fromString(site)).query(Long.class).single();
		long bytes = jdbc.sql("SELECT coalesce(sum(size_bytes), 0) FROM publish_manifest WHERE site_id = ?").param(UUID.fromString(site)).query(Long.class).single();

		var portal = api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(s -> "9901000001".equals(s.path("siteCode").asString())).findFirst().orElseThrow().get("id").asString();
		grantOn(api, admin, site);
		var small = latency(api, portal, "yaowen", "9901000001");
		var big = latency(api, site, "c1", "9801000001");

		var report = List.of(
				"full render: " + ARTICLES + " articles in " + COLUMNS + " columns (seeded in " + String.format("%.1f", seedSeconds) + " s): "
						+ status + ", " + files + " files, " + String.format("%.0f", bytes / 1048576.0) + " MB in " + String.format("%.1f", seconds)
						+ " s = " + String.format("%.0f", files / seconds) + " pages/s",
				"approve-to-file, demo portal (" + APPROVALS + " approvals): " + small,
				"approve-to-file, 100k site, column of " + (ARTICLES / COLUMNS) + " articles (" + APPROVALS + " approvals): " + big);
		report.forEach(line -> System.out.println("BENCH " + line));
		Files.createDirectories(Path.of("target/bench"));
		Files.write(Path.of("target/bench/publishing.txt"), report);
	}

	private boolean idle() {
		return jdbc.sql("SELECT count(*) FROM publish_job WHERE status IN ('PENDING', 'RUNNING')").query(Long.class).single() == 0;
	}

	/** 复审 approval sent → the article's page is on disk, measured on the file system. */
	private String latency(Api api, String site, String columnSlug, String key) {
		var editor = api.token("editor", "GovSite@2026");
		var reviewer1 = api.token("reviewer1", "GovSite@2026");
		var reviewer2 = api.token("reviewer2", "GovSite@2026");
		var admin = api.token("admin", "GovSite@2026");
		var column = api.get(admin, "/api/v1/sites/" + site + "/columns").body().valueStream()
			.filter(c -> c.get("slug").asString().equals(columnSlug)).findFirst().orElseThrow().get("id").asString();
		var root = dataDirectory.resolve("www").resolve(key);
		var millis = new ArrayList<Double>();
		for (int i = 0; i < APPROVALS; i++) {
			var form = new HashMap<String, Object>();
			form.put("columnId", column);
			form.put("title", "时延测试信息" + i);
			form.put("body", "<p>时延测试正文。</p>");
			form.put("important", false);
			var id = api.post(editor, "/api/v1/articles", form).body().get("id").asString();
			act(api, editor, id, "SUBMIT");
			act(api, reviewer1, id, "APPROVE");
			long start = System.nanoTime();
			act(api, reviewer2, id, "APPROVE");
			var file = root.resolve(columnSlug + "/" + java.time.format.DateTimeFormatter.ofPattern("yyyyMM")
				.format(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))) + "/" + id + ".html");
			await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(2)).until(() -> Files.exists(file));
			millis.add((System.nanoTime() - start) / 1e6);
			await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20)).until(this::idle);
		}
		Collections.sort(millis);
		return String.format("p50 %.0f ms, p95 %.0f ms, max %.0f ms", millis.get(millis.size() / 2),
				millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.get(millis.size() - 1));
	}

	private static void act(Api api, String token, String id, String action) {
		var body = new HashMap<String, Object>();
		body.put("action", action);
		body.put("comment", "同意");
		var response = api.post(token, "/api/v1/articles/" + id + "/transitions", body);
		if (response.status() != 200) {
			throw new IllegalStateException(response.raw());
		}
	}

	private void grantOn(Api api, String admin, String site) {
		for (var grant : List.of(Map.entry("editor", "EDITOR"), Map.entry("reviewer1", "FIRST_REVIEWER"), Map.entry("reviewer2", "SECOND_REVIEWER"))) {
			var user = api.get(admin, "/api/v1/users").body().valueStream()
				.filter(u -> u.get("username").asString().equals(grant.getKey())).findFirst().orElseThrow().get("id").asString();
			var response = api.post(admin, "/api/v1/users/" + user + "/roles", Map.of("role", grant.getValue(), "siteId", site));
			if (response.status() >= 300) {
				throw new IllegalStateException(response.raw());
			}
		}
	}

	/** One government site with 50 columns (10 on the home page) and 100,000 live articles spread over 3 years. */
	private String seed() {
		return org.govsite.support.SeededSite.create(jdbc, "9801000001", "基准测试门户网站", COLUMNS, 10, ARTICLES, 1095);
	}
}
