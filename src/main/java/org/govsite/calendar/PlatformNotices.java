package org.govsite.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notices entered on the platform, one per year, in {@code calendar_year} and {@code calendar_day}. */
@Repository
class PlatformNotices {

	private final JdbcClient jdbc;

	PlatformNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<YearNotice> find(int year) {
		return jdbc.sql("SELECT announced FROM calendar_year WHERE year = ?")
			.param(year)
			.query(Boolean.class)
			.optional()
			.map(announced -> new YearNotice(year, announced, CalendarSource.PLATFORM, jdbc.sql("""
					SELECT day, name, off_day FROM calendar_day WHERE year = ? ORDER BY day
					""")
				.param(year)
				.query((rs, n) -> new NoticeDay(rs.getObject("day", LocalDate.class), rs.getString("name"),
						rs.getBoolean("off_day")))
				.list(), List.of()));
	}

	/** Serialises replacements of one year until the end of the transaction (a transaction-scoped advisory lock). */
	void lock(int year) {
		jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)").param(0x63616c).param(year).query().singleRow();
	}

	void replace(YearNotice notice, String actor, Instant at) {
		jdbc.sql("""
				INSERT INTO calendar_year (year, announced, changed_at, changed_by) VALUES (:year, :announced, :at, :by)
				ON CONFLICT (year) DO UPDATE SET announced = :announced, changed_at = :at, changed_by = :by
				""")
			.param("year", notice.year())
			.param("announced", notice.announced())
			.param("at", Timestamp.from(at))
			.param("by", actor)
			.update();
		jdbc.sql("DELETE FROM calendar_day WHERE year = ?").param(notice.year()).update();
		for (NoticeDay day : notice.days()) {
			jdbc.sql("INSERT INTO calendar_day (year, day, name, off_day) VALUES (?, ?, ?, ?)")
				.params(notice.year(), Date.valueOf(day.date()), day.name(), day.offDay())
				.update();
		}
	}
}
