package org.govsite.proofreading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The entries in {@code proofreading_entry} and the dictionary version in {@code proofreading_dictionary}. */
@Repository
class EntryStore {

	private final JdbcClient jdbc;

	EntryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The current dictionary version: one primary-key read. */
	long version() {
		return jdbc.sql("SELECT version FROM proofreading_dictionary WHERE id = 1").query(Long.class).single();
	}

	/**
	 * Raises the version; call first in every changing transaction. The row lock it takes also serialises changes
	 * across nodes until commit, so the duplicate check that follows cannot race.
	 */
	void raiseVersion() {
		jdbc.sql("UPDATE proofreading_dictionary SET version = version + 1 WHERE id = 1").update();
	}

	List<DictionaryEntry> all() {
		return jdbc.sql("SELECT * FROM proofreading_entry ORDER BY kind, match_key").query(EntryStore::map).list();
	}

	Optional<DictionaryEntry> find(long id) {
		return jdbc.sql("SELECT * FROM proofreading_entry WHERE id = ?").param(id).query(EntryStore::map).optional();
	}

	Optional<DictionaryEntry> findByKey(String matchKey) {
		return jdbc.sql("SELECT * FROM proofreading_entry WHERE match_key = ?")
			.param(matchKey)
			.query(EntryStore::map)
			.optional();
	}

	DictionaryEntry insert(Term term, String actor, Instant at) {
		long id = jdbc.sql("""
				INSERT INTO proofreading_entry (word, match_key, kind, category, severity, suggestion, note, created_at,
				                                created_by)
				VALUES (:word, :key, :kind, :category, :severity, :suggestion, :note, :at, :by)
				RETURNING id
				""")
			.param("word", term.word())
			.param("key", MatchKey.of(term.word()))
			.param("kind", term.kind().name())
			.param("category", name(term.category()))
			.param("severity", name(term.severity()))
			.param("suggestion", term.suggestion())
			.param("note", term.note())
			.param("at", Timestamp.from(at))
			.param("by", actor)
			.query(Long.class)
			.single();
		return find(id).orElseThrow();
	}

	void delete(long id) {
		jdbc.sql("DELETE FROM proofreading_entry WHERE id = ?").param(id).update();
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static DictionaryEntry map(ResultSet rs, int row) throws SQLException {
		var category = rs.getString("category");
		var severity = rs.getString("severity");
		return new DictionaryEntry(rs.getLong("id"), rs.getString("word"), EntryKind.valueOf(rs.getString("kind")),
				category == null ? null : Category.valueOf(category), severity == null ? null : Severity.valueOf(severity),
				rs.getString("suggestion"), rs.getString("note"), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"));
	}
}
