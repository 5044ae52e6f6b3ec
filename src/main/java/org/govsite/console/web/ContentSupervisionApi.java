package org.govsite.console.web;

import org.govsite.console.ContentSupervision;
import org.govsite.shared.web.Spreadsheet;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The API door to 内容保障监督: the same overview and workbook as the console's. */
@RestController
@RequestMapping("/api/v1/supervision")
@PreAuthorize(ContentSupervisionConsole.OVERSIGHT)
class ContentSupervisionApi {

	private final ContentSupervision supervision;
	private final org.govsite.console.SupervisionNotices notices;

	ContentSupervisionApi(ContentSupervision supervision, org.govsite.console.SupervisionNotices notices) {
		this.notices = notices;
		this.supervision = supervision;
	}

	@GetMapping("/content")
	ContentSupervision.Overview overview(@RequestParam(required = false) @Nullable String siteId) {
		return supervision.overview(SiteId.of(siteId));
	}

	/** 监管待办: what the supervising office should act on (new sites, assessments, escalations, late reports). */
	@GetMapping("/notices")
	java.util.List<org.govsite.console.SupervisionNotices.Notice> notices() {
		return notices.open();
	}

	@org.springframework.web.bind.annotation.PostMapping("/notices/{id}/done")
	org.springframework.http.ResponseEntity<Void> done(@org.springframework.web.bind.annotation.PathVariable java.util.UUID id) {
		notices.done(id);
		return org.springframework.http.ResponseEntity.noContent().build();
	}

	@GetMapping("/content/xlsx")
	ResponseEntity<byte[]> workbook(@RequestParam(required = false) @Nullable String siteId) {
		return Spreadsheet.download(supervision.workbook(SiteId.of(siteId)), "内容保障监督.xlsx");
	}
}
