package org.govsite.interaction.web;

import org.govsite.interaction.Notifications;
import org.govsite.shared.web.ConsoleController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 通知发件箱: what the platform would have sent (e-mail rows are the record; webhooks are delivered). */
@ConsoleController
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','SUPERVISOR')")
class OutboxConsole {

	private final Notifications notifications;

	OutboxConsole(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/interaction/outbox")
	String outbox(Model model) {
		model.addAttribute("section", "outbox");
		model.addAttribute("tab", "outbox");
		model.addAttribute("entries", notifications.recent(200));
		return "interaction/console/outbox";
	}
}
