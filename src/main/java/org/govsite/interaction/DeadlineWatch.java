package org.govsite.interaction;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recurring deadline watch (run by db-scheduler every 15 minutes on one node of the cluster): warns the
 * responders and the unit head of messages due within one working day, escalates overdue messages to the supervisor
 * (flag, history, audit, notification, {@link MessageEscalated}), and flags messages past the three-month cap. Each
 * warning is raised once per message and kind.
 */
@Component
class DeadlineWatch {

	private static final long WATCH_LOCK = 0x696e746572616374L;

	/** What one run did. */
	record Result(int warned, int escalated, int pastCap) {
	}

	private final MessageStore store;
	private final CalendarDeadlines deadlines;
	private final Notifier notifier;
	private final AbuseControl abuse;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final Clock clock;

	DeadlineWatch(MessageStore store, CalendarDeadlines deadlines, Notifier notifier, AbuseControl abuse,
			AuditTrail audit, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.deadlines = deadlines;
		this.notifier = notifier;
		this.abuse = abuse;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Result run() {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(WATCH_LOCK).query().singleRow();
		var now = clock.instant();
		var today = LocalDate.now(clock);
		var days = deadlines.days();
		var users = notifier.users();
		int warned = 0;
		int escalated = 0;
		int pastCap = 0;
		for (var m : store.open()) {
			if (today.isAfter(m.capDate()) && raise(m.id(), Notifier.PAST_CAP)) {
				notifier.pastCap(m, users);
				pastCap++;
			}
			if (today.isAfter(m.deadline())) {
				if (raise(m.id(), Notifier.OVERDUE)) {
					escalate(m, now);
					notifier.overdue(m, users);
					escalated++;
				}
			}
			else if (days.workingDaysLeft(today, m.deadline()) <= 1 && raise(m.id(), Notifier.DUE_SOON)) {
				notifier.dueSoon(m, users);
				warned++;
			}
		}
		abuse.purge();
		return new Result(warned, escalated, pastCap);
	}

	private void escalate(StoredMessage m, java.time.Instant now) {
		store.markEscalated(m.id(), now);
		var comment = "超过办理期限 " + m.deadline() + " 未办结，已升级至主管单位督办";
		store.recordTransition(m.id(), m.status(), m.status(), "ESCALATE", Actor.SYSTEM, comment, now);
		audit.recordAs(Actor.SYSTEM, AuditRecord.of("MESSAGE_ESCALATED", "interaction_message", m.id(),
				"留言「" + m.title().strip() + "」" + comment));
		events.publishEvent(new MessageEscalated(m.messageId(), m.site(), m.category(), m.deadline(), now));
	}

	private boolean raise(UUID message, String kind) {
		return jdbc.sql("""
				INSERT INTO interaction_warning (message_id, kind, raised_at) VALUES (?, ?, ?)
				ON CONFLICT (message_id, kind) DO NOTHING
				""").params(message, kind, Timestamp.from(clock.instant())).update() == 1;
	}
}
