package org.govsite.governance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.govsite.iam.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reminders the governance watch raised, as the caller may see them (console and API). */
@Service
public class GovernanceReminders {

	public record Reminder(String kind, UUID subjectId, String dueKey, UUID unitId, String summary, Instant raisedAt) {

		/** The Beijing day the reminder was raised. */
		public java.time.LocalDate raisedOn() {
			return java.time.LocalDate.ofInstant(raisedAt, org.govsite.shared.BeijingTime.ZONE);
		}

		public boolean aboutVendor() {
			return !kind.equals(GovernanceWatch.MEETING_MISSING);
		}
	}

	private final JdbcClient jdbc;
	private final GovernanceAccess access;

	GovernanceReminders(JdbcClient jdbc, GovernanceAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/**
	 * The last 100 reminders the caller may read: all for the platform's readers, vendor reminders for the Big Data
	 * Center, a unit's own otherwise.
	 */
	@Transactional(readOnly = true)
	public List<Reminder> recent() {
		CurrentUser user = access.user();
		boolean all = GovernanceAccess.platformReader(user);
		boolean vendors = all || access.bigDataCenter(user);
		return jdbc.sql("""
				SELECT kind, subject_id, due_key, unit_id, summary, raised_at FROM governance_reminder
				WHERE ? OR unit_id = ? OR (? AND kind <> 'MEETING_MISSING')
				ORDER BY raised_at DESC, kind LIMIT 100""")
			.params(all, user.unitId(), vendors)
			.query((rs, n) -> new Reminder(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getObject(4, UUID.class), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}
}
