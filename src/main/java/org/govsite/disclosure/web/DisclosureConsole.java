package org.govsite.disclosure.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.govsite.disclosure.DisclosureOutcome;
import org.govsite.disclosure.DisclosureRequests;
import org.govsite.disclosure.RequestLifecycle;
import org.govsite.disclosure.RequestLifecycle.Action;
import org.govsite.disclosure.TransitionForm;
import org.govsite.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The disclosure office's console: the requests, one request with the actions open to it, the letter. */
@ConsoleController
@RequestMapping("/disclosure/requests")
class DisclosureConsole {

	private final DisclosureRequests requests;

	DisclosureConsole(DisclosureRequests requests) {
		this.requests = requests;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String status, Model model) {
		var chosen = parse(RequestLifecycle.Status.class, status);
		model.addAttribute("section", "disclosure");
		model.addAttribute("statuses", RequestLifecycle.Status.values());
		model.addAttribute("status", chosen);
		model.addAttribute("requests", requests.list(chosen));
		return "disclosure/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable String id, Model model) {
		return detail(id, null, List.of(), Map.of(), null, model);
	}

	@PostMapping("/{id}/transitions")
	String transition(@PathVariable String id, @RequestParam Map<String, String> typed, HttpServletResponse response,
			Model model) {
		var action = parse(Action.class, typed.get("action"));
		return ConsoleForms.attempt(response, () -> {
			var form = new TransitionForm(action, PublicDisclosurePages.date(typed.get("on")), typed.get("note"),
					typed.get("thirdParty"), days(typed.get("days")), typed.get("approvedBy"),
					parse(DisclosureOutcome.class, typed.get("outcome")), typed.get("ground"), typed.get("reply"));
			requests.transition(DisclosureRequestApi.id(id), form);
			return detail(id, null, List.of(), Map.of(), "已" + (action == null ? "完成" : action.label()), model);
		}, refusal -> detail(id, action, refusal.reasons(), typed, null, model));
	}

	@GetMapping("/{id}/letter")
	ResponseEntity<byte[]> letter(@PathVariable String id) {
		var letter = requests.letter(DisclosureRequestApi.id(id));
		return ResponseEntity.ok()
			.contentType(DisclosureRequestApi.DOCX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(letter.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(letter.content());
	}

	private String detail(String id, @Nullable Action failed, List<String> reasons, Map<String, String> typed,
			@Nullable String done, Model model) {
		var request = requests.get(DisclosureRequestApi.id(id));
		model.addAttribute("section", "disclosure");
		model.addAttribute("request", request);
		model.addAttribute("actions", request.actions());
		model.addAttribute("outcomes", DisclosureOutcome.values());
		model.addAttribute("failed", failed);
		model.addAttribute("reasons", reasons);
		model.addAttribute("typed", typed);
		model.addAttribute("done", done);
		return "disclosure/detail";
	}

	private static @Nullable Integer days(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			throw Refusal.invalid("延长工作日数「" + text + "」不是整数");
		}
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
	}
}
