package org.govsite.reports.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.govsite.reports.AnnualReportView;
import org.govsite.reports.AnnualReports;
import org.govsite.reports.ReportSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual work report form: read (JSON or {@code ?format=xlsx}), fill in, take the figures again, move it on; the
 * supervisors' summary with each site's publication.
 */
@RestController
class AnnualReportApi {

	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final AnnualReports reports;

	AnnualReportApi(AnnualReports reports) {
		this.reports = reports;
	}

	@GetMapping("/api/v1/sites/{id}/annual-reports/{year}")
	ResponseEntity<?> get(@PathVariable String id, @PathVariable int year,
			@RequestParam(required = false) @Nullable String format) {
		if ("xlsx".equals(format)) {
			return ResponseEntity.ok()
				.contentType(XLSX)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
					.filename("annual-report-" + year + ".xlsx").build().toString())
				.body(reports.workbook(Paths.site(id), year));
		}
		if (format != null && !format.equals("json")) {
			throw org.govsite.shared.Refusal.invalid("格式「" + format + "」不支持，可选：json、xlsx");
		}
		return ResponseEntity.ok(reports.get(Paths.site(id), year));
	}

	/** Fills in fields and the sign-off: {@code {"pageViews": 120000, "unitHead": "张三", …}}. */
	@PutMapping("/api/v1/sites/{id}/annual-reports/{year}")
	AnnualReportView save(@PathVariable String id, @PathVariable int year, @RequestBody Map<String, @Nullable Object> body) {
		var typed = new LinkedHashMap<String, String>();
		body.forEach((key, value) -> typed.put(key, value == null ? "" : String.valueOf(value)));
		return reports.save(Paths.site(id), year, typed);
	}

	@PostMapping("/api/v1/sites/{id}/annual-reports/{year}/recomputation")
	AnnualReportView recompute(@PathVariable String id, @PathVariable int year) {
		return reports.recompute(Paths.site(id), year);
	}

	/** {@code {"action": "SUBMIT" | "RETURN" | "PUBLISH" | "CORRECT", "reason": "…"}}. */
	@PostMapping("/api/v1/sites/{id}/annual-reports/{year}/transitions")
	AnnualReportView act(@PathVariable String id, @PathVariable int year, @RequestBody Map<String, @Nullable Object> body) {
		var reason = body.get("reason");
		return reports.act(Paths.site(id), year, Paths.action(body.get("action") == null ? null : String.valueOf(body.get("action"))),
				reason == null ? null : String.valueOf(reason));
	}

	/** For supervisors: the prefecture's summary form and every running government site's publication. */
	@GetMapping("/api/v1/annual-reports/{year}")
	ReportSummary summary(@PathVariable int year) {
		return reports.summary(year);
	}
}
