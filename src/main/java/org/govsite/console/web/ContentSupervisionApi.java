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
@RequestMapping("/api/v1/supervision/content")
@PreAuthorize(ContentSupervisionConsole.OVERSIGHT)
class ContentSupervisionApi {

	private final ContentSupervision supervision;

	ContentSupervisionApi(ContentSupervision supervision) {
		this.supervision = supervision;
	}

	@GetMapping
	ContentSupervision.Overview overview(@RequestParam(required = false) @Nullable String siteId) {
		return supervision.overview(SiteId.of(siteId));
	}

	@GetMapping("/xlsx")
	ResponseEntity<byte[]> workbook(@RequestParam(required = false) @Nullable String siteId) {
		return Spreadsheet.download(supervision.workbook(SiteId.of(siteId)), "内容保障监督.xlsx");
	}
}
