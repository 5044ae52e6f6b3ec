package org.govsite.monitoring.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.govsite.monitoring.Check;
import org.govsite.monitoring.DailyReports;
import org.govsite.monitoring.FreshnessComparison;
import org.govsite.monitoring.Incidents;
import org.govsite.monitoring.MonitoredSites;
import org.govsite.monitoring.MonitoringBoard;
import org.govsite.monitoring.MonitoringSettingsForm;
import org.govsite.monitoring.Probes;
import org.govsite.monitoring.ScanRequest;
import org.govsite.monitoring.Scans;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * One site as the duty officer drills into it from the board or the daily report: its standing now, the last 30
 * days, the latest probes, incidents and scans; its monitoring address and interval, and a scan on demand (for
 * those who may act on the site).
 */
@ConsoleController
@RequestMapping("/monitoring/sites/{siteId}")
class MonitoredSiteConsole {

	private final MonitoredSites sites;
	private final MonitoringBoard board;
	private final DailyReports daily;
	private final Probes probes;
	private final Scans scans;
	private final Incidents incidents;
	private final FreshnessComparison freshness;
	private final JsonMapper json;
	private final Clock clock;

	private final org.govsite.monitoring.OutboundCheck outbound;

	MonitoredSiteConsole(MonitoredSites sites, MonitoringBoard board, DailyReports daily, Probes probes, Scans scans,
			Incidents incidents, FreshnessComparison freshness, org.govsite.monitoring.OutboundCheck outbound, JsonMapper json,
			Clock clock) {
		this.outbound = outbound;
		this.freshness = freshness;
		this.sites = sites;
		this.board = board;
		this.daily = daily;
		this.probes = probes;
		this.scans = scans;
		this.incidents = incidents;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping
	String site(@PathVariable String siteId, Model model) {
		return page(MonitoringApi.site(siteId), List.of(), Map.of(), model);
	}

	/** 修改监测设置: address (blank: the default), interval, on/off. */
	@PostMapping("/settings")
	String change(@PathVariable String siteId, @RequestParam(required = false) @Nullable String baseUrl,
			@RequestParam(required = false) @Nullable String probeIntervalMinutes,
			@RequestParam(required = false) @Nullable String enabled, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		var site = MonitoringApi.site(siteId);
		var typed = new java.util.HashMap<String, String>();
		typed.put("baseUrl", baseUrl == null ? "" : baseUrl);
		typed.put("probeIntervalMinutes", probeIntervalMinutes == null ? "" : probeIntervalMinutes);
		return ConsoleForms.attempt(response, () -> {
			sites.change(site, new MonitoringSettingsForm(baseUrl, interval(probeIntervalMinutes), enabled != null));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已保存监测设置");
			return "redirect:/monitoring/sites/" + site.value();
		}, refusal -> page(site, refusal.reasons(), typed, model));
	}

	/** 立即检测: the chosen checks (none ticked: all), the whole site or the home page's links only. */
	@PostMapping("/scans")
	String scan(@PathVariable String siteId, @RequestParam(name = "checks", required = false) @Nullable List<String> checks,
			@RequestParam(required = false) @Nullable String homeOnly, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		var site = MonitoringApi.site(siteId);
		return ConsoleForms.attempt(response, () -> {
			var scan = scans.request(site, new ScanRequest(checks, homeOnly != null));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已发起检测（" + scan.checks().stream().map(Check::label)
				.reduce((a, b) -> a + "、" + b).orElse("") + "），完成后结果列在下方");
			return "redirect:/monitoring/sites/" + site.value();
		}, refusal -> page(site, refusal.reasons(), Map.of(), model));
	}

	private String page(SiteId site, List<String> reasons, Map<String, String> typed, Model model) {
		var settings = sites.settings(site);
		var yesterday = BeijingTime.today(clock).minusDays(1);
		var days = daily.site(site, yesterday.minusDays(29), yesterday);
		var chart = new TrendChart(days.stream().map(d -> d.date().toString().substring(5)).toList())
			.axis("%", false).axis("毫秒", true)
			.line("不可访问率(%)", 0, days.stream().map(d -> TrendChart.tenth(d.unreachablePercent())).toList())
			.line("平均响应(毫秒)", 1, days.stream().map(d -> d.averageLatencyMs() == null ? 0 : d.averageLatencyMs()).toList());
		var failures = new ArrayList<Probes.ProbeView>();
		var recent = probes.recent(site, 288);
		recent.stream().filter(p -> !p.up()).limit(20).forEach(failures::add);
		model.addAttribute("section", "monitoring");
		model.addAttribute("settings", settings);
		model.addAttribute("standing", board.standing(site).orElse(null));
		model.addAttribute("days", days);
		model.addAttribute("chart", json.writeValueAsString(chart.data()));
		model.addAttribute("probes", recent.stream().limit(12).toList());
		model.addAttribute("failures", failures);
		model.addAttribute("incidents", incidents.recent(site, 20));
		model.addAttribute("freshness", freshness.compare(site).orElse(null));
		model.addAttribute("scans", scans.recent(site, 10));
		model.addAttribute("outbound", outbound.of(site));
		model.addAttribute("checks", Check.values());
		model.addAttribute("mayAct", sites.mayAct(site));
		model.addAttribute("reasons", reasons);
		model.addAttribute("typed", typed);
		return "monitoring/site";
	}

	private static @Nullable Integer interval(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			throw org.govsite.shared.Refusal.invalid("探测间隔「" + text + "」应为 1 至 72 之间的整数（分钟）");
		}
	}
}
