package org.govsite.disclosure;

import java.util.List;

import org.govsite.shared.Refusal;

/** A refused request form, each reason tied to the field it concerns so that a page can show it beside the field. */
public class FieldRefusal extends Refusal {

	/** A reason about one field ({@code field} is the form field's name). */
	public record FieldReason(String field, String reason) {
	}

	private final List<FieldReason> fieldReasons;

	FieldRefusal(Kind kind, List<FieldReason> fieldReasons) {
		super(kind, fieldReasons.stream().map(FieldReason::reason).toList());
		this.fieldReasons = List.copyOf(fieldReasons);
	}

	public List<FieldReason> fieldReasons() {
		return fieldReasons;
	}
}
