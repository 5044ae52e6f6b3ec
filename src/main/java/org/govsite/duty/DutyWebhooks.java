package org.govsite.duty;

import java.sql.Timestamp;
import java.time.Clock;

import org.govsite.shared.Webhooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers the duty desk's webhook notifications (alert, escalation, resolution) to the configured URL, e.g. the
 * Big Data Center's SMS or instant-messaging gateway; a row is tried up to 10 times, once a minute.
 */
@Component
class DutyWebhooks {

	private static final Logger log = LoggerFactory.getLogger(DutyWebhooks.class);

	private record Pending(long id, String url, String body) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	DutyWebhooks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Delivers what is pending (rows locked; other nodes skip them); returns how many were delivered. */
	@Transactional
	public int dispatchPending() {
		var pending = jdbc.sql("""
				SELECT id, recipient, body FROM duty_notification
				WHERE channel = 'WEBHOOK' AND sent_at IS NULL AND attempts < 10
				ORDER BY id LIMIT 50 FOR UPDATE SKIP LOCKED
				""").query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
		int delivered = 0;
		for (var row : pending) {
			var error = Webhooks.post(row.url(), row.body());
			if (error == null) {
				delivered++;
			}
			else {
				log.warn("duty webhook #{} not delivered: {}", row.id(), error);
			}
			jdbc.sql("""
					UPDATE duty_notification SET attempts = attempts + 1, last_error = ?,
					  sent_at = CASE WHEN ? THEN ? ELSE sent_at END
					WHERE id = ?
					""").params(error, error == null, Timestamp.from(clock.instant()), row.id()).update();
		}
		return delivered;
	}
}
