package org.govsite.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address that names nothing ({@code /sites/not-a-uuid}, an unknown path) or carries a malformed value answers in
 * Chinese: the console's not-found or refusal page, under {@code /public/} the citizens' public error page, or under
 * {@code /api/} a problem document. Without this, Spring's
 * generic problem handler would answer English JSON to a person in the console.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 20) // after ProblemAdvice (the API's own mismatches), before Spring's generic handler
class BadAddressAdvice {

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	Object nothingThere(HttpServletRequest request) {
		return notFound(request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object malformed(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
		if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
			return notFound(request); // a malformed id names nothing
		}
		var reason = "地址中的参数「" + e.getName() + "」取值无效";
		if (isPublic(request)) {
			return PublicErrorPages.view(HttpStatus.BAD_REQUEST, reason);
		}
		if (isApi(request)) {
			return ResponseEntity.badRequest().body(ProblemAdvice.problem(HttpStatus.BAD_REQUEST, List.of(reason)));
		}
		var view = new ModelAndView("refused");
		view.addObject("reasons", List.of(reason));
		view.setStatus(HttpStatus.BAD_REQUEST);
		return view;
	}

	private static Object notFound(HttpServletRequest request) {
		if (isApi(request)) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(ProblemAdvice.problem(HttpStatus.NOT_FOUND, List.of("请求的地址不存在")));
		}
		if (isPublic(request)) {
			return PublicErrorPages.view(HttpStatus.NOT_FOUND, null);
		}
		var view = new ModelAndView("error/404");
		view.setStatus(HttpStatus.NOT_FOUND);
		return view;
	}

	private static boolean isPublic(HttpServletRequest request) {
		return PublicErrorPages.isPublic(request, request.getRequestURI());
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
	}
}
