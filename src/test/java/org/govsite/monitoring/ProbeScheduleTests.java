package org.govsite.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The probe round on real PostgreSQL against a real HTTP server: a site is claimed once (a second round, on this node
 * or another, does not probe it again), a site that falls due within the horizon is scheduled at its own due time
 * rather than probed at once, and nothing is scheduled before it falls due.
 */
@GovSiteTest
@TestPropertySource(properties = { "govsite.monitoring.probes-enabled=false", "govsite.test.context=probe-schedule" })
class ProbeScheduleTests {

	@Autowired Probes probes;
	@Autowired JdbcClient jdbc;

	@Test
	void eachSiteIsClaimedOnceAndProbedAtItsOwnDueTime() {
		try (var site = new TestSite()) {
			site.html("/", "<html><body>首页</body></html>");
			var portal = jdbc.sql("SELECT id FROM site WHERE site_code = '9901000001'").query(UUID.class).single();
			// only the test site is watched here
			jdbc.sql("""
					INSERT INTO monitoring_site (site_id, base_url, probe_interval_minutes, enabled, updated_at, updated_by)
					SELECT id, 'https://example.invalid/', 15, false, now(), 'test' FROM site
					ON CONFLICT (site_id) DO UPDATE SET enabled = false
					""").update();
			jdbc.sql("UPDATE monitoring_site SET base_url = ?, probe_interval_minutes = 5, enabled = true WHERE site_id = ?")
				.params(site.url("/").toString(), portal).update();
			jdbc.sql("DELETE FROM monitoring_probe_state").update();
			jdbc.sql("DELETE FROM monitoring_probe_claim").update();

			assertThat(probes.scheduleDue()).as("never probed: due now").isEqualTo(1);
			assertThat(probes.scheduleDue()).as("claimed: not scheduled twice").isZero();
			await().atMost(Duration.ofSeconds(10)).until(() -> site.hits("/") == 1);
			await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.sql("SELECT count(*) FROM monitoring_probe_state WHERE site_id = ?")
				.param(portal).query(Long.class).single() == 1);
			jdbc.sql("UPDATE monitoring_probe_claim SET claimed_until = now() - interval '1 second'").update();
			assertThat(probes.scheduleDue()).as("probed just now: next due in 5 minutes, beyond the horizon").isZero();

			// due in 3 s: scheduled now, probed then
			jdbc.sql("UPDATE monitoring_probe_state SET last_probed_at = now() - interval '5 minutes' + interval '3 seconds' WHERE site_id = ?")
				.param(portal).update();
			long scheduled = System.nanoTime();
			assertThat(probes.scheduleDue()).isEqualTo(1);
			assertThat(site.hits("/")).as("waits for its due time").isEqualTo(1);
			await().atMost(Duration.ofSeconds(10)).until(() -> site.hits("/") == 2);
			assertThat(Duration.ofNanos(System.nanoTime() - scheduled)).isGreaterThan(Duration.ofMillis(2000));
		}
	}
}
