package org.govsite.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.govsite.interaction.PublicClient;
import org.govsite.support.Api;
import org.govsite.support.GovSiteProcess;
import org.govsite.support.SeededSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two GovSite nodes as separate processes on one PostgreSQL, configured the way docs/operations.md says (the
 * least-privilege {@code govsite_app} role, migrations as the owner, one shared publish directory and attachment
 * directory, one audit key; each node its own data directory and search index). What one node does the other serves
 * and finds; a scheduled job runs once across both; a full rebuild survives {@code kill -9} of the node running it; and
 * public submissions under load lose nothing when a node is killed in the middle: every {@code 201} is in the database
 * after the restart, nothing is half-written and the audit chain verifies.
 */
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeTests {

	static final String PASSWORD = "GovSite@2026";
	static final String PORTAL = "9901000001";
	static final Duration SOON = Duration.ofSeconds(5);

	static Path work;
	static EmbeddedPostgres postgres;
	static JdbcClient db;
	static Connection connection;
	static GovSiteProcess a;
	static GovSiteProcess b;

	@BeforeAll
	static void cluster() throws Exception {
		work = Files.createTempDirectory(Path.of("target"), "two-nodes-").toAbsolutePath();
		postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("postgres")).setCleanDataDirectory(true)
			.setServerConfig("max_connections", "200").setServerConfig("timezone", "Asia/Shanghai")
			.setPGStartupWait(Duration.ofSeconds(60)).start();
		connection = postgres.getPostgresDatabase().getConnection();
		db = JdbcClient.create(new SingleConnectionDataSource(connection, true));
		// the production set-up (docs/operations.md): the owner migrates, the application role only reads and writes rows
		db.sql("CREATE ROLE govsite_owner LOGIN PASSWORD 'owner-secret'").update();
		db.sql("CREATE ROLE govsite_app LOGIN PASSWORD 'app-secret'").update();
		db.sql("CREATE DATABASE govsite OWNER govsite_owner").update();
		var key = new byte[32];
		new java.security.SecureRandom().nextBytes(key);
		Files.writeString(work.resolve("audit.key"), Base64.getEncoder().encodeToString(key));

		var shared = new LinkedHashMap<String, String>();
		shared.put("spring.datasource.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/govsite");
		shared.put("spring.datasource.username", "govsite_app");
		shared.put("spring.datasource.password", "app-secret");
		shared.put("spring.flyway.user", "govsite_owner");
		shared.put("spring.flyway.password", "owner-secret");
		shared.put("govsite.publishing.dir", work.resolve("shared/www").toString());
		shared.put("govsite.content.attachments-dir", work.resolve("shared/attachments").toString());
		shared.put("govsite.audit.key-file", work.resolve("audit.key").toString());
		shared.put("govsite.content.schedule-check", "PT1S");
		shared.put("govsite.publishing.lease", "PT10S");
		shared.put("govsite.publishing.poll", "PT1S");
		shared.put("govsite.interaction.submissions-per-ip-per-hour", "1000000");
		shared.put("govsite.interaction.submissions-per-mobile-per-day", "1000");
		shared.put("govsite.interaction.captcha-work-bits", "0");
		// A migrates and loads the demo; B starts on the database A prepared
		a = GovSiteProcess.start("node-a", work, shared);
		b = GovSiteProcess.start("node-b", work, shared);
		db = JdbcClient.create(new SingleConnectionDataSource(
				postgres.getDatabase("postgres", "govsite").getConnection(), true));
	}

	@AfterAll
	static void stop() throws Exception {
		for (var node : new GovSiteProcess[] { a, b }) {
			if (node != null) {
				node.close();
			}
		}
		if (connection != null) {
			connection.close();
		}
		if (postgres != null) {
			postgres.close();
		}
		// keep the nodes' logs for a look after a failure; the published files and data directories go
		for (var dir : List.of("shared", "node-a", "node-b")) {
			org.springframework.util.FileSystemUtils.deleteRecursively(work.resolve(dir));
		}
	}

	@Test
	@Order(1)
	void anArticleApprovedOnOneNodeIsServedAndFoundByTheOther() {
		var onA = new Api(a.port());
		var id = publish(onA, "yaowen", "双节点集群发布验证：金丝猴保护区巡护", null);
		var onB = new Api(b.port());
		// found by B's own search index within 5 s of the approval on A
		await().atMost(SOON).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> assertThat(
				onB.get(null, "/api/v1/search?q=" + enc("金丝猴保护区")).raw()).contains(id));
		// and its page, rendered by whichever node's publisher took the job, served by B from the shared directory
		var path = "/sites/" + PORTAL + "/yaowen/" + DateTimeFormatter.ofPattern("yyyyMM")
			.format(LocalDateTime.now(ZoneId.of("Asia/Shanghai"))) + "/" + id + ".html";
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			var page = get(b.url(path));
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("双节点集群发布验证");
		});
		assertThat(get(a.url(path)).body()).isEqualTo(get(b.url(path)).body());
	}

	@Test
	@Order(2)
	void aScheduledPublicationRunsOnceAcrossBothNodes() {
		var onA = new Api(a.port());
		// both nodes look for due articles every second; five articles come due together
		var due = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusSeconds(8).withNano(0);
		var ids = new ArrayList<String>();
		for (int i = 1; i <= 5; i++) {
			ids.add(publish(onA, "yaowen", "定时发布验证第" + i + "条", due));
		}
		for (var id : ids) {
			assertThat(state(onA, id)).isEqualTo("SCHEDULED");
		}
		await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
			for (var id : ids) {
				assertThat(state(onA, id)).isEqualTo("PUBLISHED");
			}
		});
		// give a second runner every chance to publish again, then count: once each
		sleep(Duration.ofSeconds(3));
		for (var id : ids) {
			assertThat(db.sql("SELECT count(*) FROM audit_entry WHERE action = 'REVIEW_PUBLISH' AND target_id = ?")
				.param(id).query(Long.class).single()).as(id).isEqualTo(1);
			assertThat(db.sql("SELECT count(*) FROM review_step WHERE article_id = ?::uuid AND action = 'PUBLISH'")
				.param(id).query(Long.class).single()).as(id).isEqualTo(1);
		}
	}

	@Test
	@Order(3)
	void aFullRebuildSurvivesKillMinusNineOfTheNodeRunningIt() throws Exception {
		var site = seedSite("9801000001", 6_000);
		var onA = new Api(a.port());
		var admin = onA.token("admin", PASSWORD);
		// B stops taking publishing work while A starts the rebuild: B's workers only look at the queue on their poll
		var started = onA.post(admin, "/api/v1/sites/" + site + "/rebuild", Map.of());
		assertThat(started.status()).as(started.raw()).isIn(200, 201, 202);
		var first = started.body().get("id").asString();
		var run = first;
		// wait until some node has rendered part of it, then kill whichever node holds the job
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(() -> db
			.sql("SELECT done FROM publish_run WHERE id = ?::uuid").param(first).query(Integer.class).single() >= 200);
		var holder = db.sql("SELECT count(*) FROM publish_job WHERE run_id = ?::uuid AND status = 'RUNNING'").param(run)
			.query(Long.class).single();
		assertThat(holder).isEqualTo(1);
		// which node runs it is not recorded; kill A, and if the run then still advances within the lease, B had it and A
		// is restarted to be killed as well: either way the job's node dies mid-run and the other takes over
		a.kill();
		var doneAtKill = db.sql("SELECT done FROM publish_run WHERE id = ?::uuid").param(run).query(Integer.class).single();
		sleep(Duration.ofSeconds(2));
		var doneLater = db.sql("SELECT done FROM publish_run WHERE id = ?::uuid").param(run).query(Integer.class).single();
		var status = db.sql("SELECT status FROM publish_run WHERE id = ?::uuid").param(run).query(String.class).single();
		boolean aHadIt = doneLater.equals(doneAtKill) && status.equals("RUNNING");
		a.restart();
		if (!aHadIt) {
			// B was running it (or finished first): run a second rebuild and kill B in its middle instead
			var again = new Api(b.port()).post(new Api(b.port()).token("admin", PASSWORD), "/api/v1/sites/" + site + "/rebuild",
					Map.of());
			run = again.body().get("id").asString();
			var second = run;
			await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(() -> db
				.sql("SELECT done FROM publish_run WHERE id = ?::uuid").param(second).query(Integer.class).single() >= 200);
			b.kill();
			b.restart();
		}
		var finalRun = run;
		// the survivor takes the job over once its lease (10 s here, 5 minutes by default) runs out, and finishes it
		await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() -> db
			.sql("SELECT status FROM publish_run WHERE id = ?::uuid").param(finalRun).query(String.class).single().equals("DONE"));
		assertThat(db.sql("SELECT attempts FROM publish_job WHERE run_id = ?::uuid").param(finalRun).query(Integer.class)
			.single()).isEqualTo(2);
		// the site is consistent with its manifest: every listed file is on disk with the recorded hash, and the live
		// directory is the run that finished
		var root = work.resolve("shared/www");
		var liveDir = db.sql("SELECT live_dir FROM publish_site WHERE site_id = ?::uuid").param(site).query(String.class).single();
		assertThat(liveDir).endsWith(finalRun);
		var manifest = db.sql("SELECT path, sha256 FROM publish_manifest WHERE site_id = ?::uuid").param(site)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list();
		assertThat(manifest.size()).isGreaterThan(6_000);
		var sha = MessageDigest.getInstance("SHA-256");
		for (var entry : manifest) {
			var file = root.resolve(liveDir).resolve(entry.getKey());
			assertThat(file).as(entry.getKey()).exists();
			assertThat(HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file)))).as(entry.getKey()).isEqualTo(entry.getValue());
		}
		// and both nodes serve the rebuilt home page
		for (var node : List.of(a, b)) {
			assertThat(get(node.url("/sites/9801000001/index.html")).statusCode()).isEqualTo(200);
		}
	}

	@Test
	@Order(4)
	void submissionsUnderLoadLoseNothingWhenANodeIsKilledInTheMiddle() throws Exception {
		var accepted = new ConcurrentHashMap<String, String>(); // message id -> query code, for every 201
		var failed = Collections.synchronizedList(new ArrayList<String>());
		var stop = new AtomicBoolean();
		var pool = Executors.newFixedThreadPool(16);
		var citizens = new PublicClient[] { new PublicClient(a.port()), new PublicClient(b.port()) };
		var sequence = new java.util.concurrent.atomic.AtomicInteger();
		for (int t = 0; t < 16; t++) {
			var citizen = citizens[t % 2];
			pool.execute(() -> {
				while (!stop.get()) {
					int n = sequence.incrementAndGet();
					try {
						var message = citizen.message(PORTAL, "CONSULTATION", "集群压测留言 " + n, "第 " + n + " 条集群压测内容",
								"压测", String.format("149%08d", n));
						var response = citizen.submit(message);
						if (response.status() == 201) {
							accepted.put(response.body().get("id").asString(), response.body().get("queryCode").asString());
						}
					}
					catch (RuntimeException refusedOrCut) {
						failed.add(refusedOrCut.toString()); // the killed node's connections break: the citizen sees an error
						sleep(Duration.ofMillis(50));
					}
				}
			});
		}
		await().atMost(Duration.ofMinutes(2)).until(() -> accepted.size() >= 300);
		b.kill(); // in the middle of the load: requests in flight on B are cut off
		int atKill = accepted.size();
		await().atMost(Duration.ofMinutes(2)).until(() -> accepted.size() >= atKill + 300); // A goes on
		stop.set(true);
		pool.shutdown();
		assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
		b.restart();
		System.out.printf("[two-nodes] %d submissions accepted (%d before B was killed), %d cut off or refused%n",
				accepted.size(), atKill, failed.size());

		// every submission that got a 201 is there, whole: the message, its first transition and its audit entry
		var stored = db.sql("SELECT id::text, query_code FROM interaction_message WHERE title LIKE '集群压测留言 %'")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list();
		var storedIds = new HashMap<String, String>();
		stored.forEach(e -> storedIds.put(e.getKey(), e.getValue()));
		assertThat(storedIds).containsAllEntriesOf(accepted);
		assertThat(db.sql("""
				SELECT count(*) FROM interaction_message m WHERE m.title LIKE '集群压测留言 %'
				  AND (NOT EXISTS (SELECT 1 FROM interaction_transition t WHERE t.message_id = m.id)
				       OR NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.action = 'MESSAGE_RECEIVED' AND e.target_id = m.id::text))
				""").query(Long.class).single()).isZero();
		// (a submission cut off after its commit but before its answer is stored without a 201: the citizen's retry with
		// the same client token gets that receipt back; nothing else may be in the table)
		assertThat(stored.size() - accepted.size()).isLessThanOrEqualTo(16);
		var auditor = new Api(b.port()).token("auditor", PASSWORD);
		var verification = new Api(b.port()).get(auditor, "/api/v1/audit/verify").body();
		assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
	}

	// --- helpers

	private static String publish(Api api, String column, String title, LocalDateTime publishTime) {
		var editor = api.token("editor", PASSWORD);
		var form = new HashMap<String, Object>();
		form.put("columnId", columnId(api, column));
		form.put("title", title);
		form.put("body", "<p>" + title + "。</p>");
		form.put("important", false);
		if (publishTime != null) {
			form.put("publishTime", publishTime.toString());
		}
		var draft = api.post(editor, "/api/v1/articles", form);
		assertThat(draft.status()).as(draft.raw()).isEqualTo(201);
		var id = draft.body().get("id").asString();
		act(api, editor, id, "SUBMIT");
		act(api, api.token("reviewer1", PASSWORD), id, "APPROVE");
		act(api, api.token("reviewer2", PASSWORD), id, "APPROVE");
		return id;
	}

	private static void act(Api api, String token, String id, String action) {
		var body = new HashMap<String, Object>();
		body.put("action", action);
		body.put("comment", "同意");
		var response = api.post(token, "/api/v1/articles/" + id + "/transitions", body);
		assertThat(response.status()).as(response.raw()).isEqualTo(200);
	}

	private static String state(Api api, String id) {
		return api.get(api.token("editor", PASSWORD), "/api/v1/articles/" + id).body().get("state").asString();
	}

	private static String columnId(Api api, String slug) {
		var admin = api.token("admin", PASSWORD);
		var portal = api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> PORTAL.equals(site.path("siteCode").asString())).findFirst().orElseThrow().get("id").asString();
		return api.get(admin, "/api/v1/sites/" + portal + "/columns").body().valueStream()
			.filter(column -> column.get("slug").asString().equals(slug)).findFirst().orElseThrow().get("id").asString();
	}

	/** A department site with 20 columns and {@code articles} published articles, written straight into the database. */
	private static String seedSite(String code, int articles) {
		return SeededSite.create(db, code, "集群重建验证网站", 20, 5, articles, 700);
	}

	private static HttpResponse<String> get(String url) {
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
