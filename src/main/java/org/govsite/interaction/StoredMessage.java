package org.govsite.interaction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.govsite.calendar.Deadline;
import org.govsite.site.SiteId;
import org.govsite.unit.UnitId;
import org.jspecify.annotations.Nullable;

/** One row of {@code interaction_message}. */
record StoredMessage(UUID id, long version, String clientToken, String queryCode, @Nullable UUID siteId,
		MessageCategory category, @Nullable ProblemType problemType, String title, String content, String name,
		String mobile, @Nullable String email, boolean publishConsent, MessageLifecycle.Status status,
		Instant receivedAt, LocalDate receivedOn, LocalDate deadline, boolean deadlineProvisional, LocalDate capDate,
		@Nullable UUID unitId, MessageLifecycle.Extension extension, @Nullable Integer extensionDays,
		@Nullable String extensionReason, @Nullable String reply, @Nullable String rejection,
		@Nullable String signedOffBy, @Nullable Instant signedOffAt, @Nullable Instant closedAt,
		@Nullable Instant publishedAt, boolean escalated, @Nullable Instant escalatedAt) {

	MessageId messageId() {
		return new MessageId(id);
	}

	@Nullable SiteId site() {
		return siteId == null ? null : new SiteId(siteId);
	}

	@Nullable UnitId unit() {
		return unitId == null ? null : new UnitId(unitId);
	}

	MessageLifecycle.Case asCase() {
		return new MessageLifecycle.Case(status, category, receivedOn, new Deadline(deadline, deadlineProvisional),
				capDate, extension, extensionDays, signedOffBy != null, publishConsent, unit());
	}

	static StoredMessage map(ResultSet rs, int row) throws SQLException {
		return new StoredMessage(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getString("client_token"),
				rs.getString("query_code"), rs.getObject("site_id", UUID.class),
				MessageCategory.valueOf(rs.getString("category")),
				rs.getString("problem_type") == null ? null : ProblemType.valueOf(rs.getString("problem_type")),
				rs.getString("title"), rs.getString("content"), rs.getString("name"), rs.getString("mobile"),
				rs.getString("email"), rs.getBoolean("publish_consent"),
				MessageLifecycle.Status.valueOf(rs.getString("status")), instant(rs, "received_at"),
				rs.getObject("received_on", LocalDate.class), rs.getObject("deadline", LocalDate.class),
				rs.getBoolean("deadline_provisional"), rs.getObject("cap_date", LocalDate.class),
				rs.getObject("unit_id", UUID.class), MessageLifecycle.Extension.valueOf(rs.getString("extension")),
				(Integer) rs.getObject("extension_days"), rs.getString("extension_reason"), rs.getString("reply"),
				rs.getString("rejection"), rs.getString("signed_off_by"), instant(rs, "signed_off_at"),
				instant(rs, "closed_at"), instant(rs, "published_at"), rs.getBoolean("escalated"),
				instant(rs, "escalated_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		var ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}
}
