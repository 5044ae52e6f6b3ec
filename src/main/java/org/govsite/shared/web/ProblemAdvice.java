package org.govsite.shared.web;

import java.net.URI;
import java.util.List;

import org.govsite.shared.Refusal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's edge: every refusal and bad request becomes an RFC 9457 problem document whose
 * {@code detail} is a Chinese sentence and whose {@code reasons} lists every rule that refused ({@code fields}: the
 * reasons tied to a field of the request, each {@code {"field": …, "reason": …}} as the public forms' problems give
 * them, when there are any).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // before Spring's generic handler, so that details are in Chinese
class ProblemAdvice {

	@ExceptionHandler(Refusal.class)
	ProblemDetail refused(Refusal refusal) {
		var status = RefusalStatus.of(refusal.kind());
		var problem = problem(status, refusal.reasons());
		var fields = refusal.reasonsByField().entrySet().stream()
			.flatMap(field -> field.getValue().stream().map(reason -> Refusal.Placed.at(field.getKey(), reason)))
			.toList();
		if (!fields.isEmpty()) {
			problem.setProperty("fields", fields);
		}
		return problem;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException e) {
		var reasons = e.getBindingResult().getFieldErrors().stream()
				.map(error -> error.getField() + "：" + error.getDefaultMessage())
				.toList();
		return problem(HttpStatus.BAD_REQUEST, reasons.isEmpty() ? List.of("请求内容不符合要求") : reasons);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		return problem(HttpStatus.BAD_REQUEST, List.of("请求内容无法解析，请检查 JSON 格式和字段取值"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
		return problem(HttpStatus.BAD_REQUEST, List.of("参数 " + e.getName() + " 的取值无效"));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, List.of("当前账号无权执行此操作"));
	}

	static ProblemDetail problem(HttpStatus status, List<String> reasons) {
		var problem = ProblemDetail.forStatusAndDetail(status, String.join("；", reasons));
		problem.setType(URI.create("urn:govsite:problem:" + status.value()));
		problem.setTitle(switch (status) {
			case BAD_REQUEST -> "请求无效";
			case UNPROCESSABLE_CONTENT -> "不符合规则";
			case CONFLICT -> "与现有数据冲突";
			case NOT_FOUND -> "未找到";
			case FORBIDDEN -> "无权操作";
			case TOO_MANY_REQUESTS -> "请求过于频繁";
			default -> status.getReasonPhrase();
		});
		problem.setProperty("reasons", reasons);
		return problem;
	}
}
