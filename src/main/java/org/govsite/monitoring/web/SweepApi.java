package org.govsite.monitoring.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.govsite.monitoring.ArticleSweeps;
import org.govsite.monitoring.SweepView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 历史文章全面检测 through the API: the sweeps of every published article with the content-safety detectors. Who may
 * read and start them is decided in {@link ArticleSweeps}; refusals are RFC 9457 problems.
 */
@RestController
@RequestMapping("/api/v1/monitoring/sweeps")
class SweepApi {

	private final ArticleSweeps sweeps;

	SweepApi(ArticleSweeps sweeps) {
		this.sweeps = sweeps;
	}

	@GetMapping
	@Operation(summary = "The historical sweeps of every published article (历史文章全面检测), newest first")
	List<SweepView> sweeps() {
		return sweeps.recent(100);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One historical sweep with its progress (done of total articles, findings)")
	SweepView sweep(@PathVariable String id) {
		return sweeps.get(MonitoringApi.uuid(id, "历史文章全面检测任务"));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Start a historical sweep now (operators, platform duty officers); it runs in the background",
			description = "202 with the queued sweep; 409 while another sweep is queued or running")
	SweepView start() {
		return sweeps.start();
	}
}
