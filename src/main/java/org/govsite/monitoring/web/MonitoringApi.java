package org.govsite.monitoring.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govsite.monitoring.Check;
import org.govsite.monitoring.FindingLifecycle;
import org.govsite.monitoring.FindingView;
import org.govsite.monitoring.Findings;
import org.govsite.monitoring.IncidentView;
import org.govsite.monitoring.Incidents;
import org.govsite.monitoring.MonitoredSites;
import org.govsite.monitoring.MonitoringSettingsForm;
import org.govsite.monitoring.MonitoringSettingsView;
import org.govsite.monitoring.Probes;
import org.govsite.monitoring.ScanRequest;
import org.govsite.monitoring.ScanView;
import org.govsite.monitoring.Scans;
import org.govsite.monitoring.Severity;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The monitoring API. Who may read and act is decided in the module's services. */
@RestController
@RequestMapping("/api/v1/monitoring")
class MonitoringApi {

	private final MonitoredSites sites;
	private final Scans scans;
	private final Findings findings;
	private final Incidents incidents;
	private final Probes probes;

	MonitoringApi(MonitoredSites sites, Scans scans, Findings findings, Incidents incidents, Probes probes) {
		this.sites = sites;
		this.scans = scans;
		this.findings = findings;
		this.incidents = incidents;
		this.probes = probes;
	}

	@GetMapping("/sites/{siteId}")
	MonitoringSettingsView settings(@PathVariable String siteId) {
		return sites.settings(site(siteId));
	}

	/** {@code {"baseUrl": "https://www.example.gov.cn/", "probeIntervalMinutes": 5, "enabled": true}}. */
	@PutMapping("/sites/{siteId}")
	MonitoringSettingsView change(@PathVariable String siteId, @RequestBody MonitoringSettingsForm form) {
		return sites.change(site(siteId), form);
	}

	/** {@code {"checks": ["LINKS", "FRESHNESS"]}} (omitted: all): 202 with the scan's id; it runs in the background. */
	@PostMapping("/sites/{siteId}/scans")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, Object> scan(@PathVariable String siteId, @RequestBody(required = false) @Nullable ScanRequest request) {
		var scan = scans.request(site(siteId), request == null ? new ScanRequest(null, null) : request);
		return Map.of("id", scan.id(), "status", scan.status());
	}

	@GetMapping("/sites/{siteId}/scans")
	List<ScanView> siteScans(@PathVariable String siteId) {
		return scans.recent(site(siteId), 50);
	}

	@GetMapping("/sites/{siteId}/probes")
	List<Probes.ProbeView> siteProbes(@PathVariable String siteId) {
		return probes.recent(site(siteId), 288);
	}

	@GetMapping("/scans/{id}")
	ScanView scan(@PathVariable String id) {
		return scans.get(uuid(id, "扫描任务"));
	}

	@GetMapping("/scans/{id}/findings")
	List<FindingView> scanFindings(@PathVariable String id) {
		return scans.findings(uuid(id, "扫描任务"));
	}

	@GetMapping("/findings")
	List<FindingView> findings(@RequestParam(required = false) @Nullable String siteId,
			@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String severity,
			@RequestParam(required = false) @Nullable String check) {
		return findings.search(siteId == null ? null : site(siteId), parse(FindingLifecycle.Status.class, status, "状态"),
				parse(Severity.class, severity, "严重程度"), parse(Check.class, check, "检查项"), 1000);
	}

	@GetMapping("/findings/{id}")
	FindingView finding(@PathVariable String id) {
		return findings.get(uuid(id, "监测问题"));
	}

	@GetMapping("/findings/{id}/history")
	List<Findings.HistoryLine> findingHistory(@PathVariable String id) {
		return findings.history(uuid(id, "监测问题"));
	}

	/** {@code {"action": "CONFIRM|FALSE_POSITIVE|FIX", "comment": "…"}}; FIX re-checks first. */
	@PostMapping("/findings/{id}/transitions")
	FindingView transition(@PathVariable String id, @RequestBody Findings.Command command) {
		return findings.transition(uuid(id, "监测问题"), command);
	}

	/** Restoring a tampered file belongs to the tamper check (issue 11); until it exists this refuses. */
	@PostMapping("/findings/{id}/restore")
	FindingView restore(@PathVariable String id) {
		var finding = findings.get(uuid(id, "监测问题"));
		throw Refusal.conflict("「" + finding.kindLabel() + "」不是网页篡改问题，不能一键恢复");
	}

	@GetMapping("/incidents")
	List<IncidentView> incidents(@RequestParam(required = false) @Nullable String siteId) {
		return incidents.recent(siteId == null ? null : site(siteId), 200);
	}

	@GetMapping("/incidents/{id}")
	IncidentView incident(@PathVariable String id) {
		return incidents.get(uuid(id, "故障"));
	}

	/** {@code {"action": "ACKNOWLEDGE|NOTE|RECOVER", "note": "…"}}. */
	@PostMapping("/incidents/{id}/transitions")
	IncidentView incidentTransition(@PathVariable String id, @RequestBody Incidents.Command command) {
		return incidents.transition(uuid(id, "故障"), command);
	}

	static SiteId site(String text) {
		var id = SiteId.of(text);
		if (id == null) {
			throw Refusal.notFound("网站不存在");
		}
		return id;
	}

	static UUID uuid(String text, String label) {
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw Refusal.notFound(label + "「" + text + "」不存在");
		}
	}

	static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String text, String label) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw Refusal.invalid("未知的" + label + "「" + text + "」");
		}
	}
}
