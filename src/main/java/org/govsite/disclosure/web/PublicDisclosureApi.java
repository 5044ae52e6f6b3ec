package org.govsite.disclosure.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.govsite.disclosure.DisclosureRequests;
import org.govsite.disclosure.FieldRefusal;
import org.govsite.disclosure.RequestForm;
import org.govsite.disclosure.RequestReceipt;
import org.govsite.disclosure.TrackingView;
import org.govsite.interaction.SubmissionRefusal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public API of requests for disclosure (no sign-in): submit a request online (captcha from
 * {@code GET /api/v1/public/captcha}; idempotent on {@code clientToken}) and follow it by tracking code and mobile.
 */
@RestController
@RequestMapping("/api/v1/public/disclosure-requests")
class PublicDisclosureApi {

	private final DisclosureRequests requests;

	PublicDisclosureApi(DisclosureRequests requests) {
		this.requests = requests;
	}

	/** 201 with the tracking code and the deadline; 200 with the same receipt for a retry with the same client token. */
	@PostMapping
	ResponseEntity<RequestReceipt> submit(@RequestBody RequestForm form, HttpServletRequest request) {
		var receipt = requests.submit(form, request.getRemoteAddr());
		return receipt.created()
				? ResponseEntity.created(URI.create("/api/v1/public/disclosure-requests/status")).body(receipt)
				: ResponseEntity.ok(receipt);
	}

	record StatusQuery(@Nullable String trackingCode, @Nullable String mobile) {
	}

	@PostMapping("/status")
	TrackingView status(@RequestBody StatusQuery query) {
		return requests.track(query.trackingCode(), query.mobile());
	}

	/** The decision letter (DOCX) for the applicant. */
	@PostMapping("/letter")
	ResponseEntity<byte[]> letter(@RequestBody StatusQuery query) {
		var letter = requests.letterFor(query.trackingCode(), query.mobile());
		return ResponseEntity.ok()
			.contentType(DisclosureRequestApi.DOCX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(letter.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(letter.content());
	}

	@ExceptionHandler(FieldRefusal.class)
	ResponseEntity<ProblemDetail> refused(FieldRefusal refusal) {
		var status = org.govsite.shared.web.RefusalStatus.of(refusal.kind());
		return problem(status, "申请未能提交", refusal.reasons(), refusal.fieldReasons(), false);
	}

	@ExceptionHandler(SubmissionRefusal.class)
	ResponseEntity<ProblemDetail> refused(SubmissionRefusal refusal) {
		var status = refusal.rateLimited() ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNPROCESSABLE_CONTENT;
		return problem(status, refusal.rateLimited() ? "请求过于频繁" : "申请未能提交", refusal.reasons(),
				refusal.fieldReasons(), refusal.rateLimited());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, java.util.List<String> reasons,
			Object fields, boolean rateLimited) {
		var problem = ProblemDetail.forStatusAndDetail(status, String.join("；", reasons));
		problem.setType(URI.create("urn:govsite:problem:" + status.value()));
		problem.setTitle(title);
		problem.setProperty("reasons", reasons);
		problem.setProperty("fields", fields);
		var response = ResponseEntity.status(status);
		if (rateLimited) {
			response.header("Retry-After", "3600");
		}
		return response.body(problem);
	}
}
