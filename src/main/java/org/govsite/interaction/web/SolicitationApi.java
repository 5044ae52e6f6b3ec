package org.govsite.interaction.web;

import java.util.List;
import java.util.UUID;

import org.govsite.interaction.OpinionView;
import org.govsite.interaction.SolicitationCommand;
import org.govsite.interaction.SolicitationForm;
import org.govsite.interaction.SolicitationView;
import org.govsite.interaction.Solicitations;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The responders' API for solicitations (征集调查). Access rules live in {@link Solicitations}. */
@RestController
@RequestMapping("/api/v1/solicitations")
class SolicitationApi {

	private final Solicitations solicitations;

	SolicitationApi(Solicitations solicitations) {
		this.solicitations = solicitations;
	}

	@GetMapping
	List<SolicitationView> list(@RequestParam(required = false) @Nullable String siteId) {
		return solicitations.list(SiteId.of(siteId));
	}

	/** {@code {"siteId", "title", "description", "startsAt": "2026-04-01T09:00", "endsAt"}}: 201, in 筹备. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	SolicitationView create(@RequestBody SolicitationForm form) {
		return solicitations.create(form);
	}

	@GetMapping("/{id}")
	SolicitationView get(@PathVariable String id) {
		return solicitations.get(uuid(id));
	}

	@PutMapping("/{id}")
	SolicitationView edit(@PathVariable String id, @RequestBody SolicitationForm form) {
		return solicitations.edit(uuid(id), form);
	}

	/** {@code {"action": "OPEN|CLOSE|PUBLISH_RESULT", "result": "…"}}. */
	@PostMapping("/{id}/transitions")
	SolicitationView transition(@PathVariable String id, @RequestBody SolicitationCommand command) {
		return solicitations.transition(uuid(id), command);
	}

	@GetMapping("/{id}/opinions")
	List<OpinionView> opinions(@PathVariable String id) {
		return solicitations.opinions(uuid(id));
	}

	record Publication(boolean published) {
	}

	/** {@code {"published": true}} shows the opinion on the public page (masked); {@code false} withdraws it. */
	@PostMapping("/{id}/opinions/{opinionId}/publication")
	OpinionView publication(@PathVariable String id, @PathVariable String opinionId, @RequestBody Publication body) {
		return solicitations.markOpinion(uuid(id), uuid(opinionId), body.published());
	}

	static UUID uuid(String text) {
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw Refusal.notFound("编号「" + text + "」不存在");
		}
	}
}
