package org.govsite.content.web;

import org.govsite.content.ReviewInbox;
import org.govsite.iam.CurrentUser;
import org.govsite.shared.web.ConsoleController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the count of the person's one 审核待办 (articles and message replies) into every console page's model, for the
 * navigation entry.
 */
@ControllerAdvice(annotations = ConsoleController.class)
class InboxCountAdvice {

	private final ReviewInbox inbox;

	InboxCountAdvice(ReviewInbox inbox) {
		this.inbox = inbox;
	}

	@ModelAttribute
	void inboxCount(Model model) {
		CurrentUser.fromContext().filter(ContentRoles::holdsInbox)
			.ifPresent(user -> model.addAttribute("inboxCount", inbox.count()));
	}
}
