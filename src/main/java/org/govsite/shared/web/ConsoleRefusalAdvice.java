package org.govsite.shared.web;

import org.govsite.shared.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal that a console controller did not handle itself (e.g. a page for an unknown unit) becomes a page that
 * lists every reason in Chinese.
 */
@ControllerAdvice(annotations = ConsoleController.class)
class ConsoleRefusalAdvice {

	@ExceptionHandler(Refusal.class)
	ModelAndView refused(Refusal refusal) {
		var status = RefusalStatus.of(refusal.kind());
		var view = new ModelAndView("refused");
		view.addObject("reasons", refusal.reasons());
		view.setStatus(status);
		return view;
	}
}
