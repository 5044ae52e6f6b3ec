package org.govsite.content.web;

import org.govsite.content.Reviews;
import org.govsite.iam.CurrentUser;
import org.govsite.shared.web.ConsoleController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the reviewer's inbox count into every console page's model, for the 审核待办 navigation entry. */
@ControllerAdvice(annotations = ConsoleController.class)
class InboxCountAdvice {

	private final Reviews reviews;

	InboxCountAdvice(Reviews reviews) {
		this.reviews = reviews;
	}

	@ModelAttribute
	void inboxCount(Model model) {
		CurrentUser.fromContext().filter(ContentRoles::isReviewer)
			.ifPresent(user -> model.addAttribute("inboxCount", reviews.inbox().size()));
	}
}
