package org.govsite.content.web;

import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.web.ConsoleController;
import org.govsite.unit.UnitId;
import org.govsite.unit.UnitKind;
import org.govsite.unit.Units;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who works with headline directives (Art. 10): accounts of the cyberspace office (网信办) issue them and watch the
 * board, editors and site administrators answer them for their sites, the supervisor watches. The unit's kind comes
 * from the unit module; the services decide every action again.
 */
@Component
class DirectiveAccess {

	private final Units units;

	DirectiveAccess(Units units) {
		this.units = units;
	}

	/** An account of a unit of kind 网信办: may issue directives and sees every directive. */
	boolean cyberspaceOffice(CurrentUser user) {
		return units.find(new UnitId(user.unitId())).map(unit -> unit.kind() == UnitKind.CYBERSPACE_OFFICE).orElse(false);
	}

	/** Answers directives for some site: an editor or a site administrator there. */
	static boolean answers(CurrentUser user) {
		return user.grants().stream().anyMatch(grant -> grant.role() == Role.EDITOR || grant.role() == Role.SITE_ADMIN);
	}

	/** Sees the whole board: the cyberspace office and the platform's overseers. */
	boolean seesAll(CurrentUser user) {
		return cyberspaceOffice(user) || ContentRoles.oversees(user);
	}

	/** Whether the 头条指令 navigation entry is shown. */
	boolean inNavigation(CurrentUser user) {
		return answers(user) || user.hasPlatformRole(Role.SUPERVISOR) || cyberspaceOffice(user);
	}

	/** Puts {@code directivesNav} into every console page's model for the navigation entry. */
	@ControllerAdvice(annotations = ConsoleController.class)
	static class NavigationAdvice {

		private final DirectiveAccess access;

		NavigationAdvice(DirectiveAccess access) {
			this.access = access;
		}

		@ModelAttribute
		void directivesNav(Model model) {
			CurrentUser.fromContext().filter(access::inNavigation)
				.ifPresent(user -> model.addAttribute("directivesNav", true));
		}
	}
}
