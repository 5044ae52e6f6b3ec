package org.govsite.disclosure.web;

import java.util.List;
import java.util.UUID;

import org.govsite.disclosure.DeadlineView;
import org.govsite.disclosure.DisclosureRequestId;
import org.govsite.disclosure.DisclosureRequests;
import org.govsite.disclosure.RequestForm;
import org.govsite.disclosure.RequestLifecycle;
import org.govsite.disclosure.RequestReceipt;
import org.govsite.disclosure.RequestView;
import org.govsite.disclosure.TransitionForm;
import org.govsite.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The disclosure office's API: register, list, read and move requests, their clock and decision letter. */
@RestController
@RequestMapping("/api/v1/disclosure-requests")
class DisclosureRequestApi {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final DisclosureRequests requests;

	DisclosureRequestApi(DisclosureRequests requests) {
		this.requests = requests;
	}

	/** Registers a request handed in ({@code IN_PERSON}, the day submitted) or posted ({@code POST}, the day signed for). */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	RequestReceipt register(@RequestBody RequestForm form) {
		return requests.register(form);
	}

	@GetMapping
	List<RequestView> list(@RequestParam(required = false) RequestLifecycle.@Nullable Status status) {
		return requests.list(status);
	}

	@GetMapping("/{id}")
	RequestView get(@PathVariable String id) {
		return requests.get(id(id));
	}

	/**
	 * {@code {"action": "REQUEST_COMPLETION|RECEIVE_COMPLETION|ABANDON|CONSULT|RESUME|EXTEND|ANSWER", "on": "2026-04-03",
	 * ...}}; refused moves are 409 (the status forbids it) or 422 (every guard that refuses, in Chinese).
	 */
	@PostMapping("/{id}/transitions")
	RequestView transition(@PathVariable String id, @RequestBody TransitionForm form) {
		return requests.transition(id(id), form);
	}

	/** {@code {"deadline", "paused", "extended", …}}: the statutory clock. */
	@GetMapping("/{id}/deadline")
	DeadlineView deadline(@PathVariable String id) {
		return requests.deadline(id(id));
	}

	/** The decision letter (DOCX) as issued with the answer. */
	@GetMapping("/{id}/letter")
	ResponseEntity<byte[]> letter(@PathVariable String id) {
		var letter = requests.letter(id(id));
		return ResponseEntity.ok()
			.contentType(DOCX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(letter.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(letter.content());
	}

	static DisclosureRequestId id(@Nullable String text) {
		try {
			return new DisclosureRequestId(UUID.fromString(text == null ? "" : text.strip()));
		}
		catch (IllegalArgumentException e) {
			throw Refusal.notFound("政府信息公开申请「" + text + "」不存在");
		}
	}
}
