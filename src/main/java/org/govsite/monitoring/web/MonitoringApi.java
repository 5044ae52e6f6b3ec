package org.govsite.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.govsite.monitoring.Check;
import org.govsite.monitoring.DailyReports;
import org.govsite.monitoring.FindingLifecycle;
import org.govsite.monitoring.FindingView;
import org.govsite.monitoring.Findings;
import org.govsite.monitoring.IncidentView;
import org.govsite.monitoring.Incidents;
import org.govsite.monitoring.MonitoredSites;
import org.govsite.monitoring.MonitoringBoard;
import org.govsite.monitoring.MonitoringSettingsForm;
import org.govsite.monitoring.MonitoringSettingsView;
import org.govsite.monitoring.PageOwners;
import org.govsite.monitoring.Probes;
import org.govsite.monitoring.ScanRequest;
import org.govsite.monitoring.ScanView;
import org.govsite.monitoring.Scans;
import org.govsite.monitoring.Severity;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.Spreadsheet;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
	private final MonitoringBoard board;
	private final DailyReports daily;
	private final PageOwners owners;
	private final Clock clock;

	private final org.govsite.monitoring.OutboundCheck outbound;

	MonitoringApi(MonitoredSites sites, Scans scans, Findings findings, Incidents incidents, Probes probes,
			MonitoringBoard board, DailyReports daily, PageOwners owners, org.govsite.monitoring.OutboundCheck outbound,
			Clock clock) {
		this.outbound = outbound;
		this.owners = owners;
		this.board = board;
		this.daily = daily;
		this.clock = clock;
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

	/** The other sites a watched site links to, as the last scan saw them (外链域名). */
	@GetMapping("/sites/{id}/outbound-domains")
	List<org.govsite.monitoring.OutboundCheck.DomainView> outboundDomains(@PathVariable String id) {
		return outbound.of(new SiteId(uuid(id, "网站")));
	}

	/** {@code {"action": "CONFIRM|FALSE_POSITIVE|FIX", "comment": "…"}}; FIX re-checks first. */
	@PostMapping("/findings/{id}/transitions")
	FindingView transition(@PathVariable String id, @RequestBody Findings.Command command) {
		return findings.transition(uuid(id, "监测问题"), command);
	}

	/**
	 * 一键恢复: a tampered or deleted file of a site GovSite publishes goes back to its published version (an extra file
	 * is taken away), and the finding is marked 已整改 after a re-check. Answers the finding and the sentence.
	 */
	@PostMapping("/findings/{id}/restore")
	Findings.Restoration restore(@PathVariable String id) {
		return findings.restore(uuid(id, "监测问题"));
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

	/** For a page GovSite publishes: the article on it, its column and the column's responsible editor (who fixes it). */
	@GetMapping("/findings/{id}/page-owner")
	PageOwners.PageOwner pageOwner(@PathVariable String id) {
		var finding = findings.get(uuid(id, "监测问题"));
		return owners.of(finding.page()).orElseThrow(() -> Refusal.notFound("问题所在页面不是本平台发布的文章页"));
	}

	/** The duty officer's board: every watched site the reader may see, most urgent first. */
	@GetMapping("/board")
	List<MonitoringBoard.Standing> board() {
		if (!board.visible()) {
			throw Refusal.forbidden("无权查看监测值班台");
		}
		return board.standings();
	}

	/** One site's standing now (404 when the site is not watched: closed, disabled or without an address). */
	@GetMapping("/sites/{siteId}/standing")
	MonitoringBoard.Standing standing(@PathVariable String siteId) {
		return board.standing(site(siteId)).orElseThrow(() -> Refusal.notFound("该网站未在监测中"));
	}

	/** 监测日报 of a day ({@code 2026-11-29}); {@code ?format=xlsx} for the workbook. 404 while not yet written. */
	@GetMapping("/daily-reports/{date}")
	@Operation(summary = "A day's monitoring report (监测日报)", description = "?format=xlsx for the workbook")
	ResponseEntity<?> dailyReport(@PathVariable String date, @RequestParam(defaultValue = "json") String format) {
		var day = date(date, "日期");
		if ("xlsx".equalsIgnoreCase(format)) {
			return Spreadsheet.download(daily.xlsx(day), "监测日报" + day + ".xlsx");
		}
		if (!"json".equalsIgnoreCase(format)) {
			throw Refusal.invalid("format 只能是 json 或 xlsx");
		}
		var report = daily.report(day);
		if (!report.generated()) {
			throw Refusal.notFound(day + " 的监测日报尚未生成（每天 6:00 生成前一天的日报）");
		}
		return ResponseEntity.ok(report);
	}

	/** Writes a past day's report again (operators and duty officers). */
	@PostMapping("/daily-reports/{date}")
	DailyReports.Report regenerate(@PathVariable String date) {
		return daily.regenerate(date(date, "日期"));
	}

	/** The platform's daily totals from {@code from} to {@code to} (default: the 30 days before today). */
	@GetMapping("/daily-reports")
	List<DailyReports.Totals> dailyTrend(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		var end = to == null ? BeijingTime.today(clock).minusDays(1) : date(to, "结束日期");
		return daily.trend(from == null ? end.minusDays(29) : date(from, "开始日期"), end);
	}

	@GetMapping("/sites/{siteId}/daily-reports")
	List<DailyReports.SiteDay> siteDaily(@PathVariable String siteId, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		var end = to == null ? BeijingTime.today(clock).minusDays(1) : date(to, "结束日期");
		return daily.site(site(siteId), from == null ? end.minusDays(29) : date(from, "开始日期"), end);
	}

	static LocalDate date(String text, String label) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw Refusal.invalid(label + "「" + text + "」格式不正确，应为 2026-11-29");
		}
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
