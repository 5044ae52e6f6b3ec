package org.govsite.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.govsite.shared.Refusal;
import org.springframework.validation.BindingResult;

/** Helpers for console forms: field errors as a plain map that templates can read without bean introspection. */
public final class ConsoleForms {

	/** Model attribute under which flash messages travel after a redirect. */
	public static final String FLASH = "flash";

	private ConsoleForms() {
	}

	/**
	 * One way for a console form to act: runs the action (which answers the redirect after success); on a rule
	 * refusal answers 422 (409 for a conflict) and the page {@code again} renders with the refusal's sentences and
	 * what was typed. A refusal of who is asking (403) or of what does not exist (404) is not the form's business:
	 * it goes on to the console's refusal page.
	 */
	public static String attempt(HttpServletResponse response, Supplier<String> action,
			Function<Refusal, String> again) {
		try {
			return action.get();
		}
		catch (Refusal refusal) {
			if (refusal.kind() == Refusal.Kind.FORBIDDEN || refusal.kind() == Refusal.Kind.NOT_FOUND) {
				throw refusal;
			}
			response.setStatus(refusal.kind() == Refusal.Kind.CONFLICT ? 409 : 422);
			return again.apply(refusal);
		}
	}

	/** Each field's error messages (Chinese sentences from the constraint annotations), in field order. */
	public static Map<String, List<String>> fieldErrors(BindingResult result) {
		var errors = new LinkedHashMap<String, List<String>>();
		result.getFieldErrors().forEach(error -> errors
			.computeIfAbsent(error.getField(), field -> new java.util.ArrayList<>())
			.add(error.isBindingFailure() ? "填写的内容格式不正确" : String.valueOf(error.getDefaultMessage())));
		return errors;
	}
}
