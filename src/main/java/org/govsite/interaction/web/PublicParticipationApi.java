package org.govsite.interaction.web;

import static org.govsite.interaction.web.SolicitationApi.uuid;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.govsite.interaction.InterviewView;
import org.govsite.interaction.Interviews;
import org.govsite.interaction.OpinionView;
import org.govsite.interaction.PublicInput;
import org.govsite.interaction.PublicReceipt;
import org.govsite.interaction.QuestionView;
import org.govsite.interaction.SolicitationView;
import org.govsite.interaction.Solicitations;
import org.govsite.interaction.SubmissionRefusal;
import org.govsite.shared.web.RefusalStatus;
import org.springframework.http.HttpStatus;
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
 * The public JSON API of solicitations and interviews (no sign-in): what the public pages show, and opinions and
 * questions (idempotent on {@code clientToken}; captcha from {@code GET /api/v1/public/captcha}).
 */
@RestController
@RequestMapping("/api/v1/public")
class PublicParticipationApi {

	private final Solicitations solicitations;
	private final Interviews interviews;

	PublicParticipationApi(Solicitations solicitations, Interviews interviews) {
		this.solicitations = solicitations;
		this.interviews = interviews;
	}

	@GetMapping("/solicitations/{siteCode}")
	List<SolicitationView> solicitations(@PathVariable String siteCode) {
		return solicitations.published(siteCode);
	}

	record SolicitationPage(SolicitationView solicitation, List<OpinionView> publishedOpinions) {
	}

	@GetMapping("/solicitations/{siteCode}/{id}")
	SolicitationPage solicitation(@PathVariable String siteCode, @PathVariable String id) {
		return new SolicitationPage(solicitations.publishedOne(siteCode, uuid(id)),
				solicitations.publishedOpinions(siteCode, uuid(id)));
	}

	/** 201 when created; 200 with the first receipt for a retry with the same client token. */
	@PostMapping("/solicitations/{siteCode}/{id}/opinions")
	ResponseEntity<PublicReceipt> opinion(@PathVariable String siteCode, @PathVariable String id,
			@RequestBody PublicInput input, HttpServletRequest request) {
		var receipt = solicitations.submitOpinion(siteCode, uuid(id), input, request.getRemoteAddr());
		return receipt.created()
				? ResponseEntity.created(URI.create("/api/v1/public/solicitations/" + siteCode + "/" + id)).body(receipt)
				: ResponseEntity.ok(receipt);
	}

	@GetMapping("/interviews/{siteCode}")
	List<InterviewView> interviews(@PathVariable String siteCode) {
		return interviews.published(siteCode);
	}

	record InterviewPage(InterviewView interview, List<QuestionView> transcript) {
	}

	@GetMapping("/interviews/{siteCode}/{id}")
	InterviewPage interview(@PathVariable String siteCode, @PathVariable String id) {
		return new InterviewPage(interviews.publishedOne(siteCode, uuid(id)), interviews.transcript(siteCode, uuid(id)));
	}

	@PostMapping("/interviews/{siteCode}/{id}/questions")
	ResponseEntity<PublicReceipt> question(@PathVariable String siteCode, @PathVariable String id,
			@RequestBody PublicInput input, HttpServletRequest request) {
		var receipt = interviews.submitQuestion(siteCode, uuid(id), input, request.getRemoteAddr());
		return receipt.created()
				? ResponseEntity.created(URI.create("/api/v1/public/interviews/" + siteCode + "/" + id)).body(receipt)
				: ResponseEntity.ok(receipt);
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
