package org.govsite.disclosure;

import java.time.LocalDate;

import org.govsite.disclosure.RequestLifecycle.Action;
import org.jspecify.annotations.Nullable;

/**
 * One action of the disclosure office on a request: {@code on} is the day it happened (today when absent);
 * {@code note} is the completion matters, the extension reason told to the applicant, or a remark; {@code days} and
 * {@code approvedBy} belong to an extension; {@code outcome}, {@code ground} (legal ground, or where the information
 * is published) and {@code reply} to the answer.
 */
public record TransitionForm(@Nullable Action action, @Nullable LocalDate on, @Nullable String note,
		@Nullable String thirdParty, @Nullable Integer days, @Nullable String approvedBy,
		@Nullable DisclosureOutcome outcome, @Nullable String ground, @Nullable String reply) {
}
