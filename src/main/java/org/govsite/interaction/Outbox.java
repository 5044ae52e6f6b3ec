package org.govsite.interaction;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notification outbox: every notification is a row (channel, recipient, subject, body, created, sent-at) written
 * in the transaction that raised it. E-mail is not sent by the platform unless a sender is added; the row is the
 * record. Webhook rows are delivered by {@link WebhookSender}.
 */
@Component
class Outbox {

	enum Channel {
		EMAIL, WEBHOOK
	}

	/** An undelivered row. */
	record Pending(long id, String recipient, String body) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	Outbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void enqueue(Channel channel, String recipient, String subject, String body, @Nullable UUID messageId,
			String kind) {
		jdbc.sql("""
				INSERT INTO interaction_notification (channel, recipient, subject, body, message_id, kind, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(channel.name(), recipient.length() > 300 ? recipient.substring(0, 300) : recipient, subject, body,
					messageId, kind, Timestamp.from(clock.instant()))
			.update();
	}

	/** Undelivered rows of a channel, locked for this transaction; other nodes skip them. */
	List<Pending> lockPending(Channel channel, int limit) {
		return jdbc.sql("""
				SELECT id, recipient, body FROM interaction_notification
				WHERE channel = ? AND sent_at IS NULL AND attempts < 10
				ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED
				""").params(channel.name(), limit)
			.query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	void markSent(long id) {
		jdbc.sql("UPDATE interaction_notification SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
			.params(Timestamp.from(clock.instant()), id).update();
	}

	void markFailed(long id, String error) {
		jdbc.sql("UPDATE interaction_notification SET attempts = attempts + 1, last_error = ? WHERE id = ?")
			.params(error, id).update();
	}
}
