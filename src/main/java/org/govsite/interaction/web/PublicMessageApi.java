package org.govsite.interaction.web;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.govsite.interaction.PublicForms;
import org.govsite.interaction.CaptchaChallenge;
import org.govsite.interaction.MessageStatusView;
import org.govsite.interaction.MessageSubmission;
import org.govsite.interaction.MessageIntake;
import org.govsite.interaction.PublishedMessage;
import org.govsite.interaction.SubmissionReceipt;
import org.govsite.interaction.SubmissionRefusal;
import org.jspecify.annotations.Nullable;
import org.govsite.shared.web.RefusalStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public JSON API of the interaction platform (no sign-in): a captcha question, submission (idempotent on
 * {@code clientToken}), status by query code and mobile number, published Q&amp;A.
 */
@RestController
@RequestMapping("/api/v1/public")
class PublicMessageApi {

	private final MessageIntake messages;
	private final PublicForms captcha;

	PublicMessageApi(MessageIntake messages, PublicForms captcha) {
		this.messages = messages;
		this.captcha = captcha;
	}

	/** A new arithmetic question in Chinese words and its signed token. */
	@GetMapping("/captcha")
	CaptchaChallenge captcha(HttpServletRequest request) {
		return captcha.challenge(request.getRemoteAddr());
	}

	/** 201 with the query code when created; 200 with the same receipt for a retry with the same client token. */
	@PostMapping("/messages")
	ResponseEntity<SubmissionReceipt> submit(@RequestBody MessageSubmission submission, HttpServletRequest request) {
		var receipt = messages.submit(submission, request.getRemoteAddr());
		return receipt.created()
				? ResponseEntity.created(URI.create("/api/v1/public/messages/status")).body(receipt)
				: ResponseEntity.ok(receipt);
	}

	record StatusQuery(@Nullable String queryCode, @Nullable String mobile) {
	}

	@PostMapping("/messages/status")
	MessageStatusView status(@RequestBody StatusQuery query, HttpServletRequest request) {
		return messages.status(query.queryCode(), query.mobile(), request.getRemoteAddr());
	}

	record RatingCommand(@Nullable String queryCode, @Nullable String mobile,
			org.govsite.interaction.@Nullable Satisfaction rating, @Nullable String reason) {
	}

	/** 满意度评价 of an answered message: {@code {"queryCode", "mobile", "rating": "SATISFIED|BASIC|UNSATISFIED", "reason"}}. */
	@PostMapping("/messages/rating")
	MessageStatusView rate(@RequestBody RatingCommand command, HttpServletRequest request) {
		return messages.rate(command.queryCode(), command.mobile(), command.rating(), command.reason(), request.getRemoteAddr());
	}

	/** Published questions and answers of a site, or the platform-wide ones without {@code siteCode}; {@code category} and {@code q} (title or reply) narrow them. */
	@GetMapping("/messages")
	List<PublishedMessage> published(@RequestParam(required = false) @Nullable String siteCode,
			@RequestParam(required = false) @Nullable String category, @RequestParam(required = false) @Nullable String q) {
		return messages.published(siteCode == null || siteCode.isBlank() ? null : siteCode.strip(),
				PublicMessagePages.category(category), q);
	}

	/** Field-tied reasons as an RFC 9457 problem; 429 with Retry-After when a rate limit refused. */
	@ExceptionHandler(SubmissionRefusal.class)
	ResponseEntity<ProblemDetail> refused(SubmissionRefusal refusal) {
		var status = RefusalStatus.of(refusal.kind());
		var problem = ProblemDetail.forStatusAndDetail(status, String.join("；", refusal.reasons()));
		problem.setType(URI.create("urn:govsite:problem:" + status.value()));
		problem.setTitle(refusal.rateLimited() ? "请求过于频繁" : switch (refusal.kind()) {
			case NOT_FOUND -> "未找到留言";
			case FORBIDDEN -> "无权操作";
			default -> "留言未能提交";
		});
		problem.setProperty("reasons", refusal.reasons());
		problem.setProperty("fields", refusal.fieldReasons());
		var response = ResponseEntity.status(status);
		if (refusal.rateLimited()) {
			response.header("Retry-After", "3600");
		}
		return response.body(problem);
	}
}
