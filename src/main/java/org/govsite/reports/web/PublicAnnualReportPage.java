package org.govsite.reports.web;

import org.govsite.reports.AnnualReports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A published annual work report form, public, printable; linked from the site's home page. */
@Controller
class PublicAnnualReportPage {

	private final AnnualReports reports;

	PublicAnnualReportPage(AnnualReports reports) {
		this.reports = reports;
	}

	@GetMapping("/public/annual-reports/{siteCode}/{year}")
	String report(@PathVariable String siteCode, @PathVariable int year, Model model) {
		model.addAttribute("report", reports.published(siteCode, year));
		model.addAttribute("sections", org.govsite.reports.ReportField.sectionLabels());
		return "reports/public";
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(org.govsite.shared.Refusal.class)
	String refused(org.govsite.shared.Refusal refusal, jakarta.servlet.http.HttpServletResponse response, Model model) {
		response.setStatus(org.govsite.shared.web.RefusalStatus.of(refusal.kind()).value());
		model.addAttribute("reasons", refusal.reasons());
		return "interaction/refused";
	}
}
