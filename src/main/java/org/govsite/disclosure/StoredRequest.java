package org.govsite.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.govsite.calendar.Deadline;
import org.govsite.disclosure.RequestLifecycle.Case;
import org.govsite.disclosure.RequestLifecycle.Status;
import org.jspecify.annotations.Nullable;

/** One row of {@code disclosure_request}. */
record StoredRequest(UUID id, int version, String trackingCode, @Nullable String clientToken, UUID siteId,
		ApplicantKind applicantKind, String applicantName, String idNumber, String mobile, @Nullable String email,
		@Nullable String address, String description, @Nullable String purpose, PreferredForm preferredForm,
		Delivery delivery, ReceiptChannel channel, Instant submittedAt, LocalDate receivedOn, LocalDate clockStart,
		LocalDate deadline, boolean provisional, Status status, @Nullable LocalDate completionRequestedOn,
		@Nullable String completionNote, @Nullable LocalDate consultationStartedOn, @Nullable LocalDate consultationDue,
		@Nullable String thirdParty, int pausedDays, int extensionDays, @Nullable String extensionApprovedBy,
		@Nullable String extensionReason, @Nullable LocalDate answeredOn, @Nullable DisclosureOutcome outcome,
		@Nullable String ground, @Nullable String reply, boolean late, @Nullable Instant escalatedAt,
		String registeredBy) {

	Case toCase() {
		return new Case(status, receivedOn, clockStart, new Deadline(deadline, provisional), completionRequestedOn,
				consultationStartedOn, consultationDue, pausedDays, extensionDays, answeredOn, outcome);
	}

	DeadlineView clock(LocalDate today) {
		boolean overdue = late || (status.open() && !status.paused() && today.isAfter(deadline));
		return new DeadlineView(status == Status.AWAITING_COMPLETION ? null : deadline, status.paused(),
				extensionDays > 0, extensionDays, provisional, consultationDue, pausedDays, overdue);
	}
}
