package org.govsite.console.web;

import org.govsite.console.ContentSupervision;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.Spreadsheet;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 内容保障监督 for the supervisor (issue 14): every running site's overdue, due-soon and empty columns, sites without
 * columns or updates, late and escalated messages; a site's problem columns as the drill-down; the same as XLSX and as
 * {@link ContentSupervisionApi}.
 */
@ConsoleController
@PreAuthorize(ContentSupervisionConsole.OVERSIGHT)
class ContentSupervisionConsole {

	static final String OVERSIGHT = "hasAnyRole('SUPERVISOR','SYSTEM_ADMIN','CO_REGULATOR')";

	private final ContentSupervision supervision;

	ContentSupervisionConsole(ContentSupervision supervision) {
		this.supervision = supervision;
	}

	@GetMapping("/supervision/content")
	String page(@RequestParam(required = false) @Nullable SiteId site, Model model) {
		var overview = supervision.overview(site);
		model.addAttribute("section", "supervision");
		model.addAttribute("o", overview);
		model.addAttribute("site", site);
		model.addAttribute("siteName", site == null ? null : overview.sites().stream()
			.filter(line -> line.siteId().equals(site)).findFirst().map(ContentSupervision.SiteLine::siteName).orElse(null));
		model.addAttribute("quietDays", ContentSupervision.QUIET_DAYS);
		return "supervision/content";
	}

	@GetMapping("/supervision/content.xlsx")
	ResponseEntity<byte[]> workbook(@RequestParam(required = false) @Nullable SiteId site) {
		return Spreadsheet.download(supervision.workbook(site), "内容保障监督.xlsx");
	}
}
