package org.govsite.interaction;

import java.util.List;

import org.govsite.shared.Refusal;

/**
 * A refused submission, with each reason tied to the form field it concerns (so that a page can link the error to
 * its field). {@code rateLimited} refusals should be answered with HTTP 429.
 */
public class SubmissionRefusal extends Refusal {

	/** A reason about one field ({@code field} is the form field's name, e.g. {@code mobile}). */
	public record FieldReason(String field, String reason) {
	}

	private final List<FieldReason> fieldReasons;
	private final boolean rateLimited;

	SubmissionRefusal(Kind kind, List<FieldReason> fieldReasons, boolean rateLimited) {
		super(kind, fieldReasons.stream().map(FieldReason::reason).toList());
		this.fieldReasons = List.copyOf(fieldReasons);
		this.rateLimited = rateLimited;
	}

	public List<FieldReason> fieldReasons() {
		return fieldReasons;
	}

	public boolean rateLimited() {
		return rateLimited;
	}
}
