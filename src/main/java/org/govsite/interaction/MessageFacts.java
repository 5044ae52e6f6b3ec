package org.govsite.interaction;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govsite.shared.BeijingTime;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side other modules use to judge a site's interaction (the assessment's 互动交流 indicators): the clock of
 * every message received in a period, without personal data (titles masked), and the number of solicitations opened.
 * Platform work: no sign-in required; the caller decides who may see what it derives.
 */
@Service
public class MessageFacts {

	/**
	 * One message's clock.
	 *
	 * @param closedOn    the day it was answered, published or not accepted (Beijing time); null while open
	 * @param publishedOn the day its reply was made public; null if never
	 */
	public record MessageFact(MessageId id, SiteId siteId, MessageCategory category, String title, LocalDate receivedOn,
			LocalDate deadline, MessageLifecycle.Status status, @Nullable LocalDate closedOn,
			@Nullable LocalDate publishedOn) {

		/** Closed as not accepted (不予受理): not a valid message for the "left unanswered" rule. */
		public boolean rejected() {
			return status == MessageLifecycle.Status.REJECTED;
		}
	}

	private final JdbcClient jdbc;

	MessageFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Messages of these sites received from {@code from} to {@code to} inclusive, oldest first. */
	@Transactional(readOnly = true)
	public List<MessageFact> receivedBetween(Collection<SiteId> sites, LocalDate from, LocalDate to) {
		if (sites.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT id, site_id, category, title, received_on, deadline, status, closed_at, published_at
				FROM interaction_message
				WHERE site_id IN (:sites) AND received_on BETWEEN :from AND :to
				ORDER BY received_at, id
				""")
			.param("sites", sites.stream().map(SiteId::value).toList())
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new MessageFact(new MessageId(rs.getObject("id", UUID.class)),
					new SiteId(rs.getObject("site_id", UUID.class)), MessageCategory.valueOf(rs.getString("category")),
					PersonalDataMask.text(rs.getString("title").strip()), rs.getObject("received_on", LocalDate.class),
					rs.getObject("deadline", LocalDate.class), MessageLifecycle.Status.valueOf(rs.getString("status")),
					day(rs.getTimestamp("closed_at")), day(rs.getTimestamp("published_at"))))
			.list();
	}

	/** 征集调查 opened (开始征集) per site from {@code from} to {@code to} inclusive (Beijing days). */
	@Transactional(readOnly = true)
	public Map<SiteId, Long> solicitationsOpened(Collection<SiteId> sites, LocalDate from, LocalDate to) {
		var result = new HashMap<SiteId, Long>();
		if (sites.isEmpty()) {
			return result;
		}
		jdbc.sql("""
				SELECT site_id, count(*) FROM interaction_solicitation
				WHERE site_id IN (:sites) AND status <> 'DRAFT' AND opened_at >= :from AND opened_at < :to
				GROUP BY site_id
				""")
			.param("sites", sites.stream().map(SiteId::value).toList())
			.param("from", java.sql.Timestamp.from(from.atStartOfDay(BeijingTime.ZONE).toInstant()))
			.param("to", java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(BeijingTime.ZONE).toInstant()))
			.query((rs, n) -> result.put(new SiteId(rs.getObject(1, UUID.class)), rs.getLong(2)))
			.list();
		return result;
	}

	private static @Nullable LocalDate day(java.sql.@Nullable Timestamp at) {
		return at == null ? null : LocalDate.ofInstant(at.toInstant(), BeijingTime.ZONE);
	}
}
