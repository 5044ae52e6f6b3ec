package org.govsite.services.web;

import jakarta.servlet.http.HttpServletResponse;
import org.govsite.services.ServiceCatalogue;
import org.govsite.services.ServiceItemId;
import org.govsite.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public service entrance (办事服务, Art. 12) of a site, in the site's own header and footer ({@code site} is its
 * 网站标识码 or domain): the items grouped by theme and by unit, and each item's guide with the ten elements and the
 * 「在线办理」 link when it can be handled online. No sign-in; phone-friendly.
 */
@Controller
@RequestMapping("/public/services")
class PublicServicePages {

	private final ServiceCatalogue catalogue;

	PublicServicePages(ServiceCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	String entrance(@RequestParam(defaultValue = "") String site, @RequestParam(defaultValue = "theme") String view,
			Model model) {
		model.addAttribute("catalogue", catalogue.publicCatalogue(site));
		model.addAttribute("site", site);
		model.addAttribute("view", view.equals("unit") ? "unit" : "theme");
		return "services/public";
	}

	@GetMapping("/{id}")
	String guide(@PathVariable String id, @RequestParam(defaultValue = "") String site, Model model) {
		model.addAttribute("catalogue", catalogue.publicCatalogue(site));
		model.addAttribute("item", catalogue.publicGuide(site, ServiceItemId.of(id)));
		model.addAttribute("site", site);
		return "services/public-guide";
	}

	@ExceptionHandler(Refusal.class)
	String refused(Refusal refusal, HttpServletResponse response, Model model) {
		response.setStatus(org.govsite.shared.web.RefusalStatus.of(refusal.kind()).value());
		model.addAttribute("reasons", refusal.reasons());
		return "interaction/refused";
	}
}
