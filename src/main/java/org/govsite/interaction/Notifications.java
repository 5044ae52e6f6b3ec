package org.govsite.interaction;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only view of the notification outbox, for the system administrator and the supervisor. */
@Service
public class Notifications {

	private final JdbcClient jdbc;

	Notifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest rows first, at most {@code limit} (1 to 500). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','SUPERVISOR')")
	public List<OutboxEntry> recent(int limit) {
		return jdbc.sql("""
				SELECT id, channel, recipient, subject, body, message_id, kind, created_at, sent_at, attempts, last_error
				FROM interaction_notification ORDER BY created_at DESC, id DESC LIMIT ?
				""")
			.param(Math.max(1, Math.min(limit, 500)))
			.query((rs, n) -> {
				Timestamp sent = rs.getTimestamp("sent_at");
				return new OutboxEntry(rs.getLong("id"), rs.getString("channel"), rs.getString("recipient"),
						rs.getString("subject"), rs.getString("body"), rs.getObject("message_id", UUID.class),
						rs.getString("kind"), rs.getTimestamp("created_at").toInstant(),
						sent == null ? null : sent.toInstant(), rs.getInt("attempts"), rs.getString("last_error"));
			})
			.list();
	}
}
