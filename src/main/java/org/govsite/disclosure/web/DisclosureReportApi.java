package org.govsite.disclosure.web;

import java.util.List;

import org.govsite.disclosure.DisclosureReports;
import org.govsite.disclosure.ReportForm;
import org.govsite.disclosure.ReportView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The annual disclosure report: read, edit the written parts, publish; the supervisor's view of who published. */
@RestController
class DisclosureReportApi {

	private final DisclosureReports reports;

	DisclosureReportApi(DisclosureReports reports) {
		this.reports = reports;
	}

	/** The report with its figures (computed from the platform's data; as published once published). */
	@GetMapping("/api/v1/sites/{id}/disclosure-reports/{year}")
	ReportView get(@PathVariable String id, @PathVariable int year) {
		return reports.get(SitePaths.site(id), year);
	}

	@PutMapping("/api/v1/sites/{id}/disclosure-reports/{year}")
	ReportView save(@PathVariable String id, @PathVariable int year, @RequestBody ReportForm form) {
		return reports.save(SitePaths.site(id), year, form);
	}

	@PostMapping("/api/v1/sites/{id}/disclosure-reports/{year}/publication")
	ReportView publish(@PathVariable String id, @PathVariable int year) {
		return reports.publish(SitePaths.site(id), year);
	}

	/** For the supervisor: every running government site's report of the year, published or not. */
	@GetMapping("/api/v1/disclosure-reports")
	List<ReportView> overview(@RequestParam int year) {
		return reports.overview(year);
	}

}
