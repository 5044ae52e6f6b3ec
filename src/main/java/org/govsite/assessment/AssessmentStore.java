package org.govsite.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govsite.site.SiteId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Runs and their per-site results (JSON), kept forever: the history per period. */
@Repository
class AssessmentStore {

	record Run(UUID id, LocalDate from, LocalDate to, String trigger, String requestedBy, Instant createdAt,
			int siteCount) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final JsonMapper json;

	AssessmentStore(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
	}

	void saveRun(Run run) {
		jdbc.sql("""
				INSERT INTO assessment_run (id, period_from, period_to, trigger, requested_by, created_at, site_count)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""").params(run.id(), run.from(), run.to(), run.trigger(), run.requestedBy(), Timestamp.from(run.createdAt()),
				run.siteCount()).update();
	}

	void saveResults(UUID run, Instant at, List<SiteAssessment> results) {
		var rows = results.stream().map(r -> new Object[] { run, r.siteId().value(), r.qualified(), r.atRisk(), r.score(),
				r.vetoes().size(), Timestamp.from(at), json.writeValueAsString(r) }).toList();
		batch.batchUpdate("""
				INSERT INTO assessment_result (run_id, site_id, qualified, at_risk, score, vetoes, created_at, result)
				VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB))
				""", rows);
	}

	Optional<Run> run(UUID id) {
		return jdbc.sql("SELECT * FROM assessment_run WHERE id = ?").param(id).query((rs, n) -> new Run(
				rs.getObject("id", UUID.class), rs.getObject("period_from", LocalDate.class),
				rs.getObject("period_to", LocalDate.class), rs.getString("trigger"), rs.getString("requested_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getInt("site_count"))).optional();
	}

	List<SiteAssessment> results(UUID run) {
		return jdbc.sql("SELECT result FROM assessment_result WHERE run_id = ? ORDER BY score DESC NULLS LAST, site_id")
			.param(run).query((rs, n) -> json.readValue(rs.getString(1), SiteAssessment.class)).list();
	}

	/** The site's latest result, whatever run it came from. */
	Optional<SiteAssessment> latest(SiteId site) {
		return jdbc.sql("SELECT result FROM assessment_result WHERE site_id = ? ORDER BY created_at DESC LIMIT 1")
			.param(site.value()).query((rs, n) -> json.readValue(rs.getString(1), SiteAssessment.class)).optional();
	}

	/** Every government site's latest result (one row per site). */
	List<SiteAssessment> latestOfEverySite() {
		return jdbc.sql("""
				SELECT DISTINCT ON (site_id) result FROM assessment_result ORDER BY site_id, created_at DESC
				""").query((rs, n) -> json.readValue(rs.getString(1), SiteAssessment.class)).list();
	}

	/** A site's results over time, newest first (the trend). */
	List<SiteAssessment> history(SiteId site, int limit) {
		return jdbc.sql("SELECT result FROM assessment_result WHERE site_id = ? ORDER BY created_at DESC LIMIT ?")
			.params(site.value(), limit).query((rs, n) -> json.readValue(rs.getString(1), SiteAssessment.class)).list();
	}
}
