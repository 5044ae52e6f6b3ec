package org.govsite.assessment.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.govsite.assessment.Bulletin;
import org.govsite.assessment.BulletinId;
import org.govsite.assessment.BulletinKind;
import org.govsite.assessment.Bulletins;
import org.govsite.assessment.SiteAssessment;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 通报: issue the bulletin of a month or quarter, read it (JSON or XLSX) and the evidence behind a site's line. */
@RestController
@RequestMapping("/api/v1/bulletins")
class BulletinApi {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** What to issue: {@code {"kind":"MONTHLY","year":2026,"number":10}} (number: month 1–12 or quarter 1–4). */
	record IssueRequest(@Nullable BulletinKind kind, @Nullable Integer year, @Nullable Integer number) {
	}

	private final Bulletins bulletins;

	BulletinApi(Bulletins bulletins) {
		this.bulletins = bulletins;
	}

	@PostMapping
	@Operation(summary = "Issue the 通报 of a month or quarter that has ended (supervisor or system administrator)",
			description = "Assesses every running government site over the period and keeps the run with the bulletin. "
					+ "A period has one bulletin: a second request is refused (409).")
	ResponseEntity<Map<String, BulletinId>> issue(@RequestBody IssueRequest request) {
		var id = bulletins.issue(request.kind(), request.year(), request.number());
		return ResponseEntity.created(URI.create("/api/v1/bulletins/" + id)).body(Map.of("id", id));
	}

	@GetMapping
	@Operation(summary = "Every 通报, newest period first")
	List<Bulletin.Entry> list() {
		return bulletins.list();
	}

	@GetMapping("/{id}")
	@Operation(summary = "A 通报: summary, units ranked, sites ranked with trend and reasons, sites failing again; "
			+ "?format=xlsx for the workbook")
	ResponseEntity<?> one(@PathVariable String id, @RequestParam(required = false) @Nullable String format) {
		var bulletinId = BulletinId.of(id);
		if ("xlsx".equalsIgnoreCase(format)) {
			var bulletin = bulletins.get(bulletinId);
			return ResponseEntity.ok().contentType(XLSX)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
					.filename(bulletin.title() + ".xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
				.body(bulletins.xlsx(bulletinId));
		}
		if (format != null && !"json".equalsIgnoreCase(format)) {
			throw org.govsite.shared.Refusal.invalid("format 只能是 json 或 xlsx");
		}
		return ResponseEntity.ok(bulletins.get(bulletinId));
	}

	@GetMapping("/{id}/sites/{siteId}")
	@Operation(summary = "A site's result in the 通报 with every item's evidence (for those who may read the site)")
	SiteAssessment evidence(@PathVariable String id, @PathVariable String siteId) {
		var site = SiteId.of(siteId);
		if (site == null) {
			throw org.govsite.shared.Refusal.notFound("网站不存在");
		}
		return bulletins.evidence(BulletinId.of(id), site);
	}
}
