package org.govsite.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.shared.Actor;
import org.govsite.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 历史文章全面检测: the sweeps of every published article with the content-safety detectors ({@link ArticleSweep}),
 * queued here (on request, and at start for a detectors version not swept yet), run by the db-scheduler task
 * {@code monitoring-article-sweep} on one node, and read back with their progress. At most one sweep is queued or
 * running on the whole platform. Read by those who read every site's monitoring; started by those who act on every
 * site (operators, platform duty officers).
 */
@Service
public class ArticleSweeps {

	private static final Logger log = LoggerFactory.getLogger(ArticleSweeps.class);

	/** Hands a queued sweep to the scheduler (once the transaction that queued it has committed). */
	interface Queue {
		void enqueue(UUID sweep);
	}

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final MonitoringProperties properties;
	private final Clock clock;
	private final List<Queue> queue;

	ArticleSweeps(JdbcClient jdbc, AuditTrail audit, MonitoringProperties properties, Clock clock, List<Queue> queue) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
		this.queue = queue;
	}

	/** Whether the signed-in account may see the sweeps. */
	public boolean visible() {
		return org.govsite.iam.CurrentUser.fromContext().map(MonitoringAccess::readsAll).orElse(false);
	}

	/** Whether the signed-in account may start a sweep. */
	public boolean mayStart() {
		return org.govsite.iam.CurrentUser.fromContext().map(MonitoringAccess::actsOnAll).orElse(false);
	}

	/** The sweeps, newest first. */
	@Transactional(readOnly = true)
	public List<SweepView> recent(int limit) {
		requireRead();
		return jdbc.sql("SELECT * FROM monitoring_sweep ORDER BY created_at DESC, id LIMIT ?")
			.param(Math.max(1, Math.min(limit, 500))).query(ArticleSweeps::map).list();
	}

	@Transactional(readOnly = true)
	public SweepView get(UUID id) {
		requireRead();
		return load(id).orElseThrow(() -> Refusal.notFound("历史文章全面检测任务不存在"));
	}

	/** Queues a sweep of every published article now; refused (conflict) while one is queued or running. */
	@Transactional
	public SweepView start() {
		if (!MonitoringAccess.actsOnAll(MonitoringAccess.user())) {
			throw Refusal.forbidden("只有大数据中心运维人员和平台值班员才能发起历史文章全面检测");
		}
		var id = queue(Actor.current(), false);
		if (id == null) {
			var active = jdbc.sql("SELECT * FROM monitoring_sweep WHERE status IN ('QUEUED', 'RUNNING')")
				.query(ArticleSweeps::map).optional();
			throw Refusal.conflict(active.map(a -> "已有一次历史文章全面检测" + (a.status().equals("QUEUED") ? "正在排队"
					: "正在进行（已检测 " + a.done() + " / " + a.total() + " 篇）") + "，请等它完成后再发起")
				.orElse("已有一次历史文章全面检测正在进行，请等它完成后再发起"));
		}
		audit.record(AuditRecord.of("MONITORING_SWEEP_STARTED", "monitoring_sweep", id,
				"发起历史文章全面检测（检测规则版本 " + ArticleSweep.DETECTORS_VERSION + "）"));
		return load(id).orElseThrow();
	}

	/**
	 * At start: hands every queued or running sweep to the scheduler again (a sweep whose node stopped resumes after
	 * its last article), then, with {@code govsite.monitoring.sweep-on-start}, queues a sweep unless one of the
	 * current detectors version is done, queued or running. Nodes starting together queue one sweep between them.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		try {
			jdbc.sql("SELECT id FROM monitoring_sweep WHERE status IN ('QUEUED', 'RUNNING')").query(UUID.class).list()
				.forEach(this::enqueue);
			if (properties.isSweepOnStart()) {
				var id = queue(Actor.SYSTEM, true);
				if (id != null) {
					log.info("queued the historical sweep {} of published articles (detectors version {})", id,
							ArticleSweep.DETECTORS_VERSION);
				}
			}
		}
		catch (RuntimeException e) {
			log.warn("could not queue the historical sweep of published articles at start", e);
		}
	}

	/**
	 * Inserts a queued sweep unless one is queued or running (or, {@code onlyIfDue}, unless one of the current version
	 * is done too); null when none was queued. Handed to the scheduler after commit.
	 */
	private @Nullable UUID queue(String actor, boolean onlyIfDue) {
		var id = UUID.randomUUID();
		int inserted = jdbc.sql("""
				INSERT INTO monitoring_sweep (id, status, detectors_version, requested_by, created_at)
				SELECT :id, 'QUEUED', :version, :actor, :now
				WHERE NOT :onlyIfDue OR NOT EXISTS (SELECT 1 FROM monitoring_sweep
				  WHERE detectors_version = :version AND status IN ('QUEUED', 'RUNNING', 'DONE'))
				ON CONFLICT DO NOTHING
				""")
			.param("id", id)
			.param("version", ArticleSweep.DETECTORS_VERSION)
			.param("actor", actor)
			.param("now", Timestamp.from(clock.instant()))
			.param("onlyIfDue", onlyIfDue)
			.update();
		if (inserted == 0) {
			return null;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					enqueue(id);
				}
			});
		}
		else {
			enqueue(id);
		}
		return id;
	}

	private void enqueue(UUID id) {
		queue.forEach(q -> q.enqueue(id));
	}

	Optional<SweepView> load(UUID id) {
		return jdbc.sql("SELECT * FROM monitoring_sweep WHERE id = ?").param(id).query(ArticleSweeps::map).optional();
	}

	private static void requireRead() {
		if (!MonitoringAccess.readsAll(MonitoringAccess.user())) {
			throw Refusal.forbidden("无权查看历史文章全面检测");
		}
	}

	static SweepView map(ResultSet rs, int n) throws SQLException {
		var status = rs.getString("status");
		int total = rs.getInt("total");
		int done = rs.getInt("done");
		var started = rs.getTimestamp("started_at");
		var finished = rs.getTimestamp("finished_at");
		int percent = status.equals("DONE") ? 100 : total <= 0 ? 0 : (int) Math.min(100, done * 100L / total);
		return new SweepView(rs.getObject("id", UUID.class), status, SweepView.label(status),
				rs.getInt("detectors_version"), total, done, rs.getInt("findings"), percent,
				rs.getObject("last_article_id", UUID.class), rs.getString("requested_by"), rs.getString("error"),
				rs.getTimestamp("created_at").toInstant(), started == null ? null : started.toInstant(),
				finished == null ? null : finished.toInstant());
	}
}
