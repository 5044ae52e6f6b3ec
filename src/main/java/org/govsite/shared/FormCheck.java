package org.govsite.shared;

import java.util.Comparator;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * Checks a form's declared constraints inside the module API, so that every caller (console, API, demo data, a later
 * module) gets the same Chinese messages and nothing invalid reaches the database.
 */
@Component
public class FormCheck {

	private final Validator validator;

	FormCheck(Validator validator) {
		this.validator = validator;
	}

	public void require(Object form) {
		var reasons = validator.validate(form).stream()
			.sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
			.map(ConstraintViolation::getMessage)
			.distinct()
			.toList();
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
	}
}
