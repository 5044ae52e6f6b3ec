package org.govsite.interaction.web;

import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.interaction.Messages;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The overdue count next to 互动交流 in the console's navigation, for responders, reviewers and the supervisor. */
@ControllerAdvice(annotations = ConsoleController.class)
class InteractionNavAdvice {

	private final Messages messages;

	InteractionNavAdvice(Messages messages) {
		this.messages = messages;
	}

	@ModelAttribute
	void overdueCount(Model model) {
		var me = CurrentUser.fromContext();
		if (me.isEmpty() || me.get().grants().stream().noneMatch(InteractionNavAdvice::handles)) {
			return;
		}
		try {
			model.addAttribute("overdueCount", messages.list(null, null, true).size());
		}
		catch (Refusal refusal) {
			// no count for an account the service does not let read messages
		}
	}

	private static boolean handles(CurrentUser.Grant grant) {
		return grant.role() == Role.RESPONDER || grant.role() == Role.SUPERVISOR || grant.role() == Role.FIRST_REVIEWER;
	}
}
