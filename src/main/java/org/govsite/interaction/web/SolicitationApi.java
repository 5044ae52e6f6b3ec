package org.govsite.interaction.web;

import java.util.List;

import org.govsite.interaction.OpinionView;
import org.govsite.interaction.SolicitationCommand;
import org.govsite.interaction.SolicitationForm;
import org.govsite.interaction.SolicitationId;
import org.govsite.interaction.SolicitationView;
import org.govsite.interaction.Solicitations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The responders' API for solicitations (征集调查): the shared part, and the moves and opinions of its own. Forms:
 * {@code {"siteId", "title", "description", "startsAt": "2026-04-01T09:00", "endsAt"}}.
 */
@RestController
@RequestMapping("/api/v1/solicitations")
class SolicitationApi extends ParticipationApi<SolicitationId, SolicitationView, SolicitationForm> {

	private final Solicitations solicitations;

	SolicitationApi(Solicitations solicitations) {
		super(solicitations);
		this.solicitations = solicitations;
	}

	/** {@code {"action": "OPEN|CLOSE|PUBLISH_RESULT", "result": "…"}}. */
	@PostMapping("/{id}/transitions")
	SolicitationView transition(@PathVariable String id, @RequestBody SolicitationCommand command) {
		return solicitations.transition(SolicitationId.of(id), command);
	}

	@GetMapping("/{id}/opinions")
	List<OpinionView> opinions(@PathVariable String id) {
		return solicitations.opinions(SolicitationId.of(id));
	}

	record Publication(boolean published) {
	}

	/** {@code {"published": true}} shows the opinion on the public page (masked); {@code false} withdraws it. */
	@PostMapping("/{id}/opinions/{opinionId}/publication")
	OpinionView publication(@PathVariable String id, @PathVariable String opinionId, @RequestBody Publication body) {
		return solicitations.markOpinion(SolicitationId.of(id), uuid(opinionId), body.published());
	}
}
