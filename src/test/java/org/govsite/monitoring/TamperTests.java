package org.govsite.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govsite.publishing.PublishedFiles;
import org.govsite.site.SiteId;
import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * 网页防篡改 end to end on a site GovSite really published and serves: a page changed on disk, a page deleted and a
 * file planted are three serious findings of one scan and one tamper incident; 一键恢复 through the API puts each
 * back (the planted file into quarantine), marks the finding 已整改 after a re-check, closes the incident when the
 * last one is mended, and leaves both the restore and the finding's move in the audit trail.
 */
@GovSiteTest
@TestPropertySource(properties = { "govsite.monitoring.probes-enabled=false", "govsite.monitoring.max-retry-after=PT1S" })
class TamperTests {

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	@Autowired PublishedFiles files;

	@Test
	void aChangedDeletedOrPlantedFileIsFoundInOneScanAndRestoredInOneAction() throws Exception {
		var api = new Api(port);
		var admin = api.token("admin", "GovSite@2026");
		var duty = admin; // the demo duty officer watches the portal only; the operator acts on every site
		var siteId = jdbc.sql("SELECT id::text FROM site WHERE type = 'DEPARTMENT' ORDER BY site_code DESC LIMIT 1")
			.query(String.class).single();
		var site = new SiteId(java.util.UUID.fromString(siteId));
		assertThat(api.post(admin, "/api/v1/sites/" + siteId + "/rebuild", Map.of()).status()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300)).until(() -> "DONE"
			.equals(api.get(admin, "/api/v1/sites/" + siteId + "/rebuild").body().get("status").asString()));
		var key = jdbc.sql("SELECT site_key FROM publish_site WHERE site_id = ?").param(site.value()).query(String.class).single();
		assertThat(api.put(admin, "/api/v1/monitoring/sites/" + siteId,
				Map.of("baseUrl", "http://127.0.0.1:" + port + "/sites/" + key + "/")).status()).isEqualTo(200);

		// a clean site: nothing to report
		assertThat(tamperFindings(api, duty, scan(api, duty, siteId))).isEmpty();
		assertThat(files.verify(site).discrepancies()).isEmpty();

		var index = files.location(site, "index.html").orElseThrow();
		var published = Files.readString(index);
		Files.writeString(index, published.replace("</body>", "<a href=\"https://casino.example.com/\">澳门百家乐</a></body>"));
		var victim = jdbc.sql("SELECT path FROM publish_manifest WHERE site_id = ? AND path LIKE '%.html' AND path <> 'index.html' ORDER BY path LIMIT 1")
			.param(site.value()).query(String.class).single();
		var deleted = files.location(site, victim).orElseThrow();
		var deletedBytes = Files.readAllBytes(deleted);
		Files.delete(deleted);
		var planted = files.location(site, "shell.html").orElseThrow();
		Files.writeString(planted, "<html><body>澳门新葡京</body></html>");

		var found = tamperFindings(api, duty, scan(api, duty, siteId));
		assertThat(found.keySet()).containsExactlyInAnyOrder("TAMPERED_FILE", "DELETED_FILE", "EXTRA_FILE");
		assertThat(found.values()).allSatisfy(f -> {
			assertThat(f.get("severity").asString()).isEqualTo("SERIOUS");
			assertThat(f.get("check").asString()).isEqualTo("TAMPER");
		});
		assertThat(found.get("TAMPERED_FILE").get("evidence").asString()).startsWith("文件 index.html 与发布版本不一致（SHA-256 应为 ");
		assertThat(found.get("DELETED_FILE").get("evidence").asString()).isEqualTo("已发布的文件 " + victim + " 不在服务器上");
		assertThat(found.get("EXTRA_FILE").get("url").asString()).endsWith("/sites/" + key + "/shell.html");
		var incident = api.get(duty, "/api/v1/monitoring/incidents?siteId=" + siteId).body();
		assertThat(incident.toString()).contains("\"kind\":\"TAMPER\"");
		assertThat(openTamperIncidents(site)).isEqualTo(1);

		var editor = api.token("editor", "GovSite@2026");
		var tampered = found.get("TAMPERED_FILE").get("id").asString();
		assertThat(api.post(editor, "/api/v1/monitoring/findings/" + tampered + "/restore", Map.of()).status()).isEqualTo(403);
		long audited = jdbc.sql("SELECT count(*) FROM audit_entry WHERE action IN ('PUBLISHED_FILE_RESTORED', 'FINDING_RESTORE')")
			.query(Long.class).single();

		var restored = api.post(duty, "/api/v1/monitoring/findings/" + tampered + "/restore", Map.of());
		assertThat(restored.status()).as(restored.raw()).isEqualTo(200);
		assertThat(restored.body().get("sentence").asString()).isEqualTo("已将被篡改的文件恢复为发布版本 index.html");
		assertThat(restored.body().get("finding").get("status").asString()).isEqualTo("FIXED");
		assertThat(Files.readString(index)).isEqualTo(published);
		assertThat(openTamperIncidents(site)).as("two files still wrong").isEqualTo(1);

		assertThat(api.post(duty, "/api/v1/monitoring/findings/" + found.get("DELETED_FILE").get("id").asString() + "/restore",
				Map.of()).status()).isEqualTo(200);
		assertThat(Files.readAllBytes(deleted)).isEqualTo(deletedBytes);
		assertThat(api.post(duty, "/api/v1/monitoring/findings/" + found.get("EXTRA_FILE").get("id").asString() + "/restore",
				Map.of()).body().get("sentence").asString()).isEqualTo("已移除未经发布的文件 shell.html（原文件留存于隔离区备查）");
		assertThat(Files.exists(planted)).isFalse();

		assertThat(files.verify(site).discrepancies()).isEmpty();
		assertThat(openTamperIncidents(site)).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action IN ('PUBLISHED_FILE_RESTORED', 'FINDING_RESTORE')")
			.query(Long.class).single()).isEqualTo(audited + 6);
		var again = api.post(duty, "/api/v1/monitoring/findings/" + tampered + "/restore", Map.of());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.detail()).isEqualTo("问题当前状态为「已整改」，无需恢复");

		// the next scan finds nothing again
		assertThat(tamperFindings(api, duty, scan(api, duty, siteId))).isEmpty();

		// the pre-compressed sibling the servers send to browsers is judged by what it decompresses to (issue 15)
		var sibling = files.location(site, "index.html.gz").orElseThrow();
		assertThat(sibling).exists();
		var planted2 = new java.io.ByteArrayOutputStream();
		try (var gzip = new java.util.zip.GZIPOutputStream(planted2)) {
			gzip.write("<html><body>澳门百家乐</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		Files.write(sibling, planted2.toByteArray());
		assertThat(files.verify(site).discrepancies()).extracting(d -> d.path() + " " + d.difference())
			.containsExactly("index.html.gz MODIFIED");
		assertThat(files.restore(site, "index.html.gz", "门户").sentence()).isEqualTo("已将被篡改的文件恢复为发布版本 index.html.gz");
		assertThat(files.verify(site).discrepancies()).isEmpty();
	}

	private long openTamperIncidents(SiteId site) {
		return jdbc.sql("SELECT count(*) FROM monitoring_incident WHERE site_id = ? AND kind = 'TAMPER' AND status <> 'CLOSED'")
			.param(site.value()).query(Long.class).single();
	}

	private static String scan(Api api, String duty, String site) {
		var accepted = api.post(duty, "/api/v1/monitoring/sites/" + site + "/scans", Map.of("checks", List.of("TAMPER")));
		assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
		var id = accepted.body().get("id").asString();
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300)).until(() -> {
			var status = api.get(duty, "/api/v1/monitoring/scans/" + id).body().get("status").asString();
			return status.equals("DONE") || status.equals("FAILED");
		});
		assertThat(api.get(duty, "/api/v1/monitoring/scans/" + id).body().get("status").asString()).isEqualTo("DONE");
		return id;
	}

	private static Map<String, JsonNode> tamperFindings(Api api, String duty, String scan) {
		var found = new HashMap<String, JsonNode>();
		for (var f : api.get(duty, "/api/v1/monitoring/scans/" + scan + "/findings").body()) {
			if (f.get("check").asString().equals("TAMPER")) {
				found.put(f.get("kind").asString(), f);
			}
		}
		return found;
	}
}
