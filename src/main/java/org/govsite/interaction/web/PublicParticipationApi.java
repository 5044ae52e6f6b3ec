package org.govsite.interaction.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.govsite.interaction.PublicInput;
import org.govsite.interaction.PublicReceipt;
import org.govsite.interaction.SubmissionRefusal;
import org.govsite.shared.web.RefusalStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public JSON API of every kind of participation (no sign-in), one path per kind
 * ({@code /api/v1/public/solicitations/…}, {@code /api/v1/public/interviews/…}): what the public pages show, and
 * opinions and questions (idempotent on {@code clientToken}; captcha from {@code GET /api/v1/public/captcha}).
 */
@RestController
@RequestMapping("/api/v1/public/{kind:" + ParticipationKinds.PATHS + "}/{siteCode}")
class PublicParticipationApi {

	private final ParticipationKinds kinds;

	PublicParticipationApi(ParticipationKinds kinds) {
		this.kinds = kinds;
	}

	@GetMapping
	List<?> list(@PathVariable String kind, @PathVariable String siteCode) {
		return kinds.items(kind).published(siteCode);
	}

	/** {@code {"solicitation", "publishedOpinions"}} or {@code {"interview", "transcript"}}. */
	@GetMapping("/{id}")
	Map<String, Object> one(@PathVariable String kind, @PathVariable String siteCode, @PathVariable String id) {
		return page(kinds.items(kind), siteCode, id);
	}

	private static <I> Map<String, Object> page(org.govsite.interaction.ParticipationItems<I, ?, ?> items,
			String siteCode, String text) {
		var id = items.id(text);
		var page = new LinkedHashMap<String, Object>();
		page.put(ParticipationKinds.itemKey(items.kind()), items.publishedOne(siteCode, id));
		page.put(ParticipationKinds.inputsKey(items.kind()), items.publishedInputs(siteCode, id));
		return page;
	}

	/** 201 when created; 200 with the first receipt for a retry with the same client token. */
	@PostMapping("/{id}/{inputs:opinions|questions}")
	ResponseEntity<PublicReceipt> submit(@PathVariable String kind, @PathVariable String siteCode,
			@PathVariable String id, @PathVariable String inputs, @RequestBody PublicInput input,
			HttpServletRequest request) {
		var items = kinds.items(kind);
		if (!ParticipationKinds.inputsPath(items.kind()).equals(inputs)) {
			throw org.govsite.shared.Refusal.notFound("页面不存在");
		}
		var receipt = submit(items, siteCode, id, input, request.getRemoteAddr());
		return receipt.created()
				? ResponseEntity.created(URI.create("/api/v1/public/" + kind + "/" + siteCode + "/" + id)).body(receipt)
				: ResponseEntity.ok(receipt);
	}

	private static <I> PublicReceipt submit(org.govsite.interaction.ParticipationItems<I, ?, ?> items, String siteCode,
			String id, PublicInput input, String address) {
		return items.submit(siteCode, items.id(id), input, address);
	}

	/** Field-tied reasons as an RFC 9457 problem; 429 with Retry-After when a rate limit refused. */
	@ExceptionHandler(SubmissionRefusal.class)
	ResponseEntity<ProblemDetail> refused(SubmissionRefusal refusal) {
		var status = RefusalStatus.of(refusal.kind());
		var problem = ProblemDetail.forStatusAndDetail(status, String.join("；", refusal.reasons()));
		problem.setType(URI.create("urn:govsite:problem:" + status.value()));
		problem.setTitle(refusal.rateLimited() ? "请求过于频繁" : "未能提交");
		problem.setProperty("reasons", refusal.reasons());
		problem.setProperty("fields", refusal.fieldReasons());
		var response = ResponseEntity.status(status);
		if (refusal.rateLimited()) {
			response.header("Retry-After", "3600");
		}
		return response.body(problem);
	}
}
