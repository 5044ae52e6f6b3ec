package org.govsite.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govsite.disclosure.RequestLifecycle.Status;
import org.govsite.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Requests, their history, warnings and letters in PostgreSQL. */
@Repository
class RequestStore {

	private final JdbcClient jdbc;

	RequestStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts unless a request with the same client token exists; true when inserted. */
	boolean insert(StoredRequest r) {
		return jdbc.sql("""
				INSERT INTO disclosure_request (id, version, tracking_code, client_token, site_id, applicant_kind,
				    applicant_name, id_number, mobile, email, address, description, purpose, preferred_form,
				    preferred_delivery, channel, submitted_at, received_on, clock_start, deadline, deadline_provisional,
				    status, registered_by)
				VALUES (:id, 0, :code, :token, :site, :kind, :name, :idNumber, :mobile, :email, :address, :description,
				    :purpose, :form, :delivery, :channel, :submittedAt, :receivedOn, :clockStart, :deadline, :provisional,
				    :status, :registeredBy)
				ON CONFLICT (client_token) DO NOTHING
				""")
			.param("id", r.id())
			.param("code", r.trackingCode())
			.param("token", r.clientToken())
			.param("site", r.siteId())
			.param("kind", r.applicantKind().name())
			.param("name", r.applicantName())
			.param("idNumber", r.idNumber())
			.param("mobile", r.mobile())
			.param("email", r.email())
			.param("address", r.address())
			.param("description", r.description())
			.param("purpose", r.purpose())
			.param("form", r.preferredForm().name())
			.param("delivery", r.delivery().name())
			.param("channel", r.channel().name())
			.param("submittedAt", Timestamp.from(r.submittedAt()))
			.param("receivedOn", r.receivedOn())
			.param("clockStart", r.clockStart())
			.param("deadline", r.deadline())
			.param("provisional", r.provisional())
			.param("status", r.status().name())
			.param("registeredBy", r.registeredBy())
			.update() == 1;
	}

	/** Writes the clock and what the action recorded; refuses when someone else changed the request meanwhile. */
	void update(StoredRequest r) {
		int updated = jdbc.sql("""
				UPDATE disclosure_request SET version = version + 1, status = :status, clock_start = :clockStart,
				    deadline = :deadline, deadline_provisional = :provisional,
				    completion_requested_on = :completionRequestedOn, completion_note = :completionNote,
				    consultation_started_on = :consultationStartedOn, consultation_due = :consultationDue,
				    third_party = :thirdParty, paused_days = :pausedDays, extension_days = :extensionDays,
				    extension_approved_by = :approvedBy, extension_reason = :extensionReason, answered_on = :answeredOn,
				    outcome = :outcome, ground = :ground, reply = :reply, late = :late
				WHERE id = :id AND version = :version
				""")
			.param("status", r.status().name())
			.param("clockStart", r.clockStart())
			.param("deadline", r.deadline())
			.param("provisional", r.provisional())
			.param("completionRequestedOn", r.completionRequestedOn())
			.param("completionNote", r.completionNote())
			.param("consultationStartedOn", r.consultationStartedOn())
			.param("consultationDue", r.consultationDue())
			.param("thirdParty", r.thirdParty())
			.param("pausedDays", r.pausedDays())
			.param("extensionDays", r.extensionDays())
			.param("approvedBy", r.extensionApprovedBy())
			.param("extensionReason", r.extensionReason())
			.param("answeredOn", r.answeredOn())
			.param("outcome", r.outcome() == null ? null : r.outcome().name())
			.param("ground", r.ground())
			.param("reply", r.reply())
			.param("late", r.late())
			.param("id", r.id())
			.param("version", r.version())
			.update();
		if (updated != 1) {
			throw Refusal.conflict("申请已被他人修改，请刷新后重试");
		}
	}

	Optional<StoredRequest> find(UUID id) {
		return jdbc.sql("SELECT * FROM disclosure_request WHERE id = ?").param(id).query(RequestStore::map).optional();
	}

	Optional<StoredRequest> findForUpdate(UUID id) {
		return jdbc.sql("SELECT * FROM disclosure_request WHERE id = ? FOR UPDATE").param(id)
			.query(RequestStore::map).optional();
	}

	Optional<StoredRequest> findByToken(String token) {
		return jdbc.sql("SELECT * FROM disclosure_request WHERE client_token = ?").param(token)
			.query(RequestStore::map).optional();
	}

	Optional<StoredRequest> findByCode(String code) {
		return jdbc.sql("SELECT * FROM disclosure_request WHERE tracking_code = ?").param(code)
			.query(RequestStore::map).optional();
	}

	/** The requests of these sites (all sites when null), newest first. */
	List<StoredRequest> list(@Nullable List<UUID> sites, @Nullable Status status) {
		return jdbc.sql("""
				SELECT * FROM disclosure_request
				WHERE (:all OR site_id = ANY(CAST(:sites AS UUID[]))) AND (CAST(:status AS TEXT) IS NULL OR status = :status)
				ORDER BY submitted_at DESC LIMIT 500
				""")
			.param("all", sites == null)
			.param("sites", "{" + String.join(",", (sites == null ? List.<UUID>of() : sites).stream().map(UUID::toString)
				.toList()) + "}")
			.param("status", status == null ? null : status.name())
			.query(RequestStore::map)
			.list();
	}

	List<StoredRequest> open() {
		return jdbc.sql("SELECT * FROM disclosure_request WHERE status IN ('REGISTERED', 'CONSULTING') ORDER BY deadline")
			.query(RequestStore::map).list();
	}

	void recordTransition(UUID request, @Nullable Status from, Status to, String action, LocalDate on, String actor,
			@Nullable String note, Instant at) {
		jdbc.sql("""
				INSERT INTO disclosure_transition (request_id, from_status, to_status, action, acted_on, actor, note, at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(request, from == null ? null : from.name(), to.name(), action, on, actor, note, Timestamp.from(at))
			.update();
	}

	List<RequestView.Step> history(UUID request) {
		return jdbc.sql("SELECT * FROM disclosure_transition WHERE request_id = ? ORDER BY id").param(request)
			.query((rs, n) -> new RequestView.Step(rs.getString("action"),
					rs.getString("from_status") == null ? null : Status.valueOf(rs.getString("from_status")),
					Status.valueOf(rs.getString("to_status")), rs.getObject("acted_on", LocalDate.class),
					rs.getString("actor"), rs.getString("note"), rs.getTimestamp("at").toInstant()))
			.list();
	}

	/** Raises a warning of this kind once; true the first time. */
	boolean raise(UUID request, String kind, Instant at) {
		return jdbc.sql("""
				INSERT INTO disclosure_warning (request_id, kind, raised_at) VALUES (?, ?, ?)
				ON CONFLICT (request_id, kind) DO NOTHING
				""").params(request, kind, Timestamp.from(at)).update() == 1;
	}

	void markEscalated(UUID request, Instant at) {
		jdbc.sql("UPDATE disclosure_request SET escalated_at = ? WHERE id = ?").params(Timestamp.from(at), request)
			.update();
	}

	void saveLetter(UUID request, String fileName, byte[] content, String sha256, Instant at) {
		jdbc.sql("""
				INSERT INTO disclosure_letter (request_id, file_name, content, sha256, generated_at)
				VALUES (?, ?, ?, ?, ?)
				""").params(request, fileName, content, sha256, Timestamp.from(at)).update();
	}

	Optional<LetterFile> letter(UUID request) {
		return jdbc.sql("SELECT file_name, content, sha256 FROM disclosure_letter WHERE request_id = ?").param(request)
			.query((rs, n) -> new LetterFile(rs.getString(1), rs.getBytes(2), rs.getString(3))).optional();
	}

	boolean hasLetter(UUID request) {
		return jdbc.sql("SELECT count(*) FROM disclosure_letter WHERE request_id = ?").param(request)
			.query(Integer.class).single() > 0;
	}

	private static StoredRequest map(ResultSet rs, int row) throws SQLException {
		var outcome = rs.getString("outcome");
		var escalated = rs.getTimestamp("escalated_at");
		return new StoredRequest(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("tracking_code"),
				rs.getString("client_token"), rs.getObject("site_id", UUID.class),
				ApplicantKind.valueOf(rs.getString("applicant_kind")), rs.getString("applicant_name"),
				rs.getString("id_number"), rs.getString("mobile"), rs.getString("email"), rs.getString("address"),
				rs.getString("description"), rs.getString("purpose"),
				PreferredForm.valueOf(rs.getString("preferred_form")), Delivery.valueOf(rs.getString("preferred_delivery")),
				ReceiptChannel.valueOf(rs.getString("channel")), rs.getTimestamp("submitted_at").toInstant(),
				rs.getObject("received_on", LocalDate.class), rs.getObject("clock_start", LocalDate.class),
				rs.getObject("deadline", LocalDate.class), rs.getBoolean("deadline_provisional"),
				Status.valueOf(rs.getString("status")), rs.getObject("completion_requested_on", LocalDate.class),
				rs.getString("completion_note"), rs.getObject("consultation_started_on", LocalDate.class),
				rs.getObject("consultation_due", LocalDate.class), rs.getString("third_party"), rs.getInt("paused_days"),
				rs.getInt("extension_days"), rs.getString("extension_approved_by"), rs.getString("extension_reason"),
				rs.getObject("answered_on", LocalDate.class), outcome == null ? null : DisclosureOutcome.valueOf(outcome),
				rs.getString("ground"), rs.getString("reply"), rs.getBoolean("late"),
				escalated == null ? null : escalated.toInstant(), rs.getString("registered_by"));
	}
}
