package org.govsite.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.govsite.disclosure.RequestLifecycle.Action;
import org.govsite.disclosure.RequestLifecycle.Status;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/** A request as the disclosure office reads it, with its history and the actions open to it. */
public record RequestView(DisclosureRequestId id, String trackingCode, SiteId siteId, String siteName,
		ApplicantKind applicantKind, String applicantName, String idNumber, String mobile, @Nullable String email,
		@Nullable String address, String description, @Nullable String purpose, PreferredForm preferredForm,
		Delivery delivery, ReceiptChannel channel, Instant submittedAt, LocalDate receivedOn, LocalDate clockStart,
		Status status, DeadlineView clock, @Nullable String completionNote, @Nullable String thirdParty,
		@Nullable String extensionApprovedBy, @Nullable String extensionReason, @Nullable LocalDate answeredOn,
		@Nullable DisclosureOutcome outcome, @Nullable String ground, @Nullable String reply, boolean escalated,
		boolean hasLetter, List<Step> history, List<Action> actions) {

	/** One recorded move. */
	public record Step(String action, @Nullable Status from, Status to, LocalDate actedOn, String actor,
			@Nullable String note, Instant at) {
	}

	public String statusLabel() {
		return status.label();
	}
}
