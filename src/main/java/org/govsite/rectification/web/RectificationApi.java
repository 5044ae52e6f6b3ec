package org.govsite.rectification.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.govsite.rectification.Rectifications;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/rectifications")
class RectificationApi {

	private final Rectifications rectifications;

	RectificationApi(Rectifications rectifications) {
		this.rectifications = rectifications;
	}

	@PostMapping
	@Operation(summary = "Issue a rectification notice (supervisor)", description = "Body {\"siteId\", \"assessmentId\"?, "
			+ "\"items\"?: [{\"item\", \"description\"}], \"workingDays\" (default 10), \"responsible\"}; with an "
			+ "assessment, every veto and deduction of the site becomes an item with its evidence.")
	ResponseEntity<Rectifications.NoticeView> issue(@RequestBody Rectifications.NoticeForm form) {
		var notice = rectifications.issue(form);
		return ResponseEntity.created(URI.create("/api/v1/rectifications/" + notice.id())).body(notice);
	}

	@GetMapping
	List<Rectifications.NoticeView> list(@RequestParam(required = false) @Nullable String siteId) {
		return rectifications.list(SiteId.of(siteId));
	}

	@GetMapping("/{id}")
	Rectifications.NoticeView one(@PathVariable String id) {
		return rectifications.get(uuid(id));
	}

	@PostMapping("/{id}/items/{itemId}/answer")
	@Operation(summary = "The unit answers one item with evidence (the site's administrator in the sponsoring unit)")
	Rectifications.NoticeView answer(@PathVariable String id, @PathVariable String itemId,
			@RequestBody Rectifications.AnswerForm form) {
		return rectifications.answer(uuid(id), uuid(itemId), form);
	}

	@PostMapping("/{id}/actions")
	@Operation(summary = "SUBMIT (unit), VERIFY, RETURN, REMIND, INTERVIEW (supervisor); comment = reason or interview record")
	Rectifications.NoticeView act(@PathVariable String id, @RequestBody Rectifications.ActionForm form) {
		return rectifications.act(uuid(id), form);
	}

	private static UUID uuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException e) {
			throw Refusal.notFound("整改通知或整改项「" + text + "」不存在");
		}
	}
}
