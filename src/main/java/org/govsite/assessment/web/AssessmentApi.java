package org.govsite.assessment.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.govsite.assessment.AssessmentId;
import org.govsite.assessment.Assessments;
import org.govsite.assessment.SiteAssessment;
import org.govsite.site.SiteId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class AssessmentApi {

	private final Assessments assessments;

	AssessmentApi(Assessments assessments) {
		this.assessments = assessments;
	}

	@PostMapping("/assessments")
	@Operation(summary = "Assess government sites for a period",
			description = "Body {\"from\":\"2026-11-01\",\"to\":\"2026-11-29\",\"siteIds\":[…]} (siteIds optional: all running "
					+ "government sites). Supervisor or system administrator. Answers {\"id\"}.")
	ResponseEntity<Map<String, AssessmentId>> run(@RequestBody Assessments.AssessmentRequest request) {
		var id = assessments.run(request);
		return ResponseEntity.created(URI.create("/api/v1/assessments/" + id)).body(Map.of("id", id));
	}

	@GetMapping("/assessments/{id}")
	@Operation(summary = "A stored assessment: per site qualified, score, vetoes, deductions, bonuses, warnings, "
			+ "unscored indicators, each item with its evidence")
	Assessments.AssessmentReport one(@PathVariable String id) {
		return assessments.get(AssessmentId.of(id));
	}

	@GetMapping("/assessments/standings")
	@Operation(summary = "The latest result of every site the caller may see, worst first (the ranking)")
	List<SiteAssessment> standings() {
		return assessments.standings();
	}

	@GetMapping("/sites/{id}/assessment")
	@Operation(summary = "A site's current standing (its latest result)")
	SiteAssessment current(@PathVariable String id) {
		return assessments.current(requireSite(id));
	}

	@GetMapping("/sites/{id}/assessments")
	@Operation(summary = "A site's results over time, newest first (the trend)")
	List<SiteAssessment> history(@PathVariable String id) {
		return assessments.history(requireSite(id));
	}

	private static SiteId requireSite(String id) {
		var site = SiteId.of(id);
		if (site == null) {
			throw org.govsite.shared.Refusal.notFound("网站不存在");
		}
		return site;
	}
}
