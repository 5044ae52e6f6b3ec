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
	private final org.govsite.console.SupervisionNotices notices;

	ContentSupervisionConsole(ContentSupervision supervision, org.govsite.console.SupervisionNotices notices) {
		this.notices = notices;
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

	@org.springframework.web.bind.annotation.PostMapping("/supervision/notices/{id}/done")
	String done(@org.springframework.web.bind.annotation.PathVariable java.util.UUID id,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		try {
			notices.done(id);
			redirect.addFlashAttribute(org.govsite.shared.web.ConsoleForms.FLASH, "已标记为已处理");
		}
		catch (org.govsite.shared.Refusal refusal) {
			if (refusal.kind() == org.govsite.shared.Refusal.Kind.FORBIDDEN) {
				throw refusal;
			}
			redirect.addFlashAttribute(org.govsite.shared.web.ConsoleForms.FLASH, String.join("；", refusal.reasons()));
		}
		return "redirect:/";
	}

	@GetMapping("/supervision/content.xlsx")
	ResponseEntity<byte[]> workbook(@RequestParam(required = false) @Nullable SiteId site) {
		return Spreadsheet.download(supervision.workbook(site), "内容保障监督.xlsx");
	}
}
