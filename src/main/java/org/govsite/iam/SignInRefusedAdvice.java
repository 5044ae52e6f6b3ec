package org.govsite.iam;

import java.net.URI;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused API sign-in is a 401 problem document whose detail says why (wrong password, locked until …). */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SignInRefusedAdvice {

	@ExceptionHandler(SignInRefused.class)
	ProblemDetail refused(SignInRefused e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
		problem.setType(URI.create("urn:govsite:problem:401"));
		problem.setTitle("登录失败");
		problem.setProperty("reasons", List.of(e.getMessage()));
		return problem;
	}
}
