package org.govsite.content;

import static org.govsite.shared.Text.blankToNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govsite.shared.BeijingTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Append-only storage of article revisions: every save adds one; none is ever changed. */
@Component
class Revisions {


	private final JdbcClient jdbc;

	Revisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(UUID article, int number, ArticleForm form, String sanitizedBody, String createdBy, java.time.Instant at) {
		jdbc.sql("""
				INSERT INTO article_revision (article, number, title, subtitle, body, summary, source, author, keywords,
				    cover_image, publish_time, backdate_reason, index_no, issuing_authority, document_no, written_on,
				    issued_on, subject_category, validity, validity_changed_on, created_by, created_at)
				VALUES (:article, :number, :title, :subtitle, :body, :summary, :source, :author, :keywords, :cover,
				    :publishTime, :backdateReason, :indexNo, :authority, :documentNo, :writtenOn, :issuedOn, :category,
				    :validity, :validityChangedOn, :createdBy, :createdAt)
				""")
			.param("article", article)
			.param("number", number)
			.param("title", form.title().trim())
			.param("subtitle", blankToNull(form.subtitle()))
			.param("body", sanitizedBody)
			.param("summary", blankToNull(form.summary()))
			.param("source", blankToNull(form.source()))
			.param("author", blankToNull(form.author()))
			.param("keywords", blankToNull(form.keywords()))
			.param("cover", blankToNull(form.coverImage()))
			.param("publishTime", form.publishTime() == null ? null : Timestamp.from(form.publishTime().atZone(BeijingTime.ZONE).toInstant()))
			.param("backdateReason", blankToNull(form.backdateReason()))
			.param("indexNo", blankToNull(form.indexNo()))
			.param("authority", blankToNull(form.issuingAuthority()))
			.param("documentNo", blankToNull(form.documentNo()))
			.param("writtenOn", form.writtenOn())
			.param("issuedOn", form.issuedOn())
			.param("category", blankToNull(form.subjectCategory()))
			.param("validity", form.validity() == null ? null : form.validity().name())
			.param("validityChangedOn", form.validityChangedOn())
			.param("createdBy", createdBy)
			.param("createdAt", Timestamp.from(at))
			.update();
	}

	Optional<RevisionView> find(UUID article, int number) {
		return jdbc.sql("SELECT * FROM article_revision WHERE article = ? AND number = ?")
			.params(article, number)
			.query(Revisions::map)
			.optional();
	}

	RevisionView get(UUID article, int number) {
		return find(article, number).orElseThrow(() -> org.govsite.shared.Refusal.notFound("版本 " + number + " 不存在"));
	}

	List<RevisionView> all(UUID article) {
		return jdbc.sql("SELECT * FROM article_revision WHERE article = ? ORDER BY number")
			.param(article)
			.query(Revisions::map)
			.list();
	}

	static ArticleForm toForm(RevisionView revision, ColumnId column, ArticleKind kind,
			@Nullable InterpretationType interpretationType, boolean important) {
		return new ArticleForm(column, kind, interpretationType, important, revision.title(), revision.subtitle(),
				revision.body(), revision.summary(), revision.source(), revision.author(), revision.keywords(),
				revision.coverImage(), revision.publishTime(), revision.backdateReason(), revision.indexNo(),
				revision.issuingAuthority(), revision.documentNo(), revision.writtenOn(), revision.issuedOn(),
				revision.subjectCategory(), revision.validity(), revision.validityChangedOn());
	}

	static RevisionView map(ResultSet rs, int row) throws SQLException {
		var publishTime = rs.getTimestamp("publish_time");
		var validity = rs.getString("validity");
		return new RevisionView(rs.getInt("number"), rs.getString("title"), rs.getString("subtitle"),
				rs.getString("body"), rs.getString("summary"), rs.getString("source"), rs.getString("author"),
				rs.getString("keywords"), rs.getString("cover_image"),
				publishTime == null ? null : LocalDateTime.ofInstant(publishTime.toInstant(), BeijingTime.ZONE),
				rs.getString("backdate_reason"), rs.getString("index_no"), rs.getString("issuing_authority"),
				rs.getString("document_no"), date(rs, "written_on"), date(rs, "issued_on"),
				rs.getString("subject_category"), validity == null ? null : Validity.valueOf(validity),
				date(rs, "validity_changed_on"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
	}

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		var date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

}
