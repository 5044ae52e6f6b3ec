package org.govsite.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;

/** Helpers for console forms: field errors as a plain map that templates can read without bean introspection. */
public final class ConsoleForms {

	/** Model attribute under which flash messages travel after a redirect. */
	public static final String FLASH = "flash";

	private ConsoleForms() {
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
