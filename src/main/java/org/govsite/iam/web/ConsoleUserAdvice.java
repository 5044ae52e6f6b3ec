package org.govsite.iam.web;


import org.govsite.iam.ApiTokens;
import org.govsite.iam.CurrentUser;
import org.govsite.shared.web.ConsoleController;
import org.govsite.unit.UnitId;
import org.govsite.unit.UnitView;
import org.govsite.unit.Units;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user's display name and unit into every console page's model, for the header and navigation. */
@ControllerAdvice(annotations = ConsoleController.class)
class ConsoleUserAdvice {

	private final Units units;

	ConsoleUserAdvice(Units units) {
		this.units = units;
	}

	@ModelAttribute
	void signedInUser(Model model) {
		CurrentUser.fromContext().ifPresent(user -> {
			model.addAttribute("me", user);
			model.addAttribute("usesApi", ApiTokens.usesApi(user));
			model.addAttribute("myUnitName",
					units.find(new UnitId(user.unitId())).map(UnitView::name).orElse(""));
		});
	}

}
