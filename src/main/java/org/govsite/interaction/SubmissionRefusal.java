package org.govsite.interaction;

import java.util.List;

import org.govsite.shared.Refusal;

/**
 * A refused submission, with each reason tied to the form field it concerns (so that a page can link the error to
 * its field). Rate-limit refusals are of kind {@link Refusal.Kind#TOO_MANY}.
 */
public class SubmissionRefusal extends Refusal {

	/** A reason about one field ({@code field} is the form field's name, e.g. {@code mobile}). */
	public record FieldReason(String field, String reason) {
	}

	private final List<FieldReason> fieldReasons;

	SubmissionRefusal(Kind kind, List<FieldReason> fieldReasons) {
		super(kind, fieldReasons.stream().map(FieldReason::reason).toList());
		this.fieldReasons = List.copyOf(fieldReasons);
	}

	public List<FieldReason> fieldReasons() {
		return fieldReasons;
	}

	/** A rate limit refused (HTTP 429 with Retry-After). */
	public boolean rateLimited() {
		return kind() == Kind.TOO_MANY;
	}
}
