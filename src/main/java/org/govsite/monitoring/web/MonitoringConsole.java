package org.govsite.monitoring.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.govsite.monitoring.Check;
import org.govsite.monitoring.FindingLifecycle;
import org.govsite.monitoring.FindingView;
import org.govsite.monitoring.Findings;
import org.govsite.monitoring.Incidents;
import org.govsite.monitoring.MonitoringBoard;
import org.govsite.monitoring.PageOwners;
import org.govsite.monitoring.Severity;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.Spreadsheet;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * 监测值班 in the console: the board (every site's standing, worst first, with the week's trend), the findings list
 * with filters, batch actions and XLSX export, a finding's page with its actions and history, and incidents. Access
 * is decided by the module's services.
 */
@ConsoleController
@RequestMapping("/monitoring")
class MonitoringConsole {

	private final MonitoringBoard board;
	private final Findings findings;
	private final Incidents incidents;
	private final JsonMapper json;

	private final PageOwners owners;

	MonitoringConsole(MonitoringBoard board, Findings findings, Incidents incidents, PageOwners owners, JsonMapper json) {
		this.owners = owners;
		this.board = board;
		this.findings = findings;
		this.incidents = incidents;
		this.json = json;
	}

	@GetMapping
	String board(Model model) {
		if (!board.visible()) {
			throw Refusal.forbidden("无权查看监测值班台");
		}
		var standings = board.standings();
		var trend = board.trend(14);
		var chart = new TrendChart(trend.stream().map(d -> d.date().toString().substring(5)).toList())
			.axis("%", false).axis("个", true)
			.line("不可访问率(%)", 0, trend.stream().map(d -> TrendChart.tenth(d.unreachablePercent())).toList())
			.bars("新发现问题", 1, trend.stream().map(MonitoringBoard.Day::findingsOpened).toList())
			.bars("新发故障", 1, trend.stream().map(MonitoringBoard.Day::incidentsOpened).toList());
		model.addAttribute("section", "monitoring");
		model.addAttribute("standings", standings);
		model.addAttribute("vetoCount", standings.stream().filter(s -> s.level().equals("veto")).count());
		model.addAttribute("warnCount", standings.stream().filter(s -> s.level().equals("warn")).count());
		model.addAttribute("trend", trend);
		model.addAttribute("chart", json.writeValueAsString(chart.data()));
		model.addAttribute("incidents", incidents.recent(null, 20).stream().filter(i -> i.closedAt() == null).toList());
		return "monitoring/board";
	}

	@GetMapping("/findings")
	String list(@RequestParam(required = false) @Nullable String site, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String severity, @RequestParam(required = false) @Nullable String check,
			Model model) {
		var rows = search(site, status, severity, check);
		model.addAttribute("section", "monitoring");
		model.addAttribute("findings", rows);
		model.addAttribute("site", site == null ? "" : site);
		model.addAttribute("status", status == null ? "" : status);
		model.addAttribute("severity", severity == null ? "" : severity);
		model.addAttribute("check", check == null ? "" : check);
		model.addAttribute("statuses", FindingLifecycle.Status.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("checks", Check.values());
		return "monitoring/findings";
	}

	@GetMapping("/findings/{id}")
	String finding(@PathVariable String id, Model model) {
		var uuid = MonitoringApi.uuid(id, "监测问题");
		model.addAttribute("section", "monitoring");
		var finding = findings.get(uuid);
		model.addAttribute("finding", finding);
		model.addAttribute("owner", owners.of(finding.page()).orElse(null));
		model.addAttribute("history", findings.history(uuid));
		return "monitoring/finding";
	}

	@PostMapping("/findings/{id}/transitions")
	String transition(@PathVariable String id, @RequestParam String action, @RequestParam(required = false) @Nullable String comment,
			RedirectAttributes redirect) {
		var uuid = MonitoringApi.uuid(id, "监测问题");
		try {
			var chosen = action(action);
			var after = findings.transition(uuid, new Findings.Command(chosen, comment));
			redirect.addFlashAttribute("flash", "已执行「" + chosen.label() + "」，问题现为「" + after.statusLabel() + "」");
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("reasons", refusal.reasons());
		}
		return "redirect:/monitoring/findings/" + uuid;
	}

	/** 一键恢复 of a tampered site's file. */
	@PostMapping("/findings/{id}/restore")
	String restore(@PathVariable String id, RedirectAttributes redirect) {
		var uuid = MonitoringApi.uuid(id, "监测问题");
		try {
			redirect.addFlashAttribute("flash", findings.restore(uuid).sentence() + "，问题已标记为「已整改」");
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("reasons", refusal.reasons());
		}
		return "redirect:/monitoring/findings/" + uuid;
	}

	/** 批量处理: the same action on every ticked finding; what is refused is listed, the rest is done. */
	@PostMapping("/findings/batch")
	String batch(@RequestParam(name = "ids", required = false) @Nullable List<String> ids, @RequestParam String action,
			@RequestParam(required = false) @Nullable String comment, RedirectAttributes redirect) {
		var reasons = new ArrayList<String>();
		int done = 0;
		if (ids == null || ids.isEmpty()) {
			reasons.add("请先勾选要处理的问题");
		}
		else {
			for (var id : ids) {
				try {
					findings.transition(MonitoringApi.uuid(id, "监测问题"), new Findings.Command(action(action), comment));
					done++;
				}
				catch (Refusal refusal) {
					refusal.reasons().forEach(r -> reasons.add(id.substring(0, 8) + "：" + r));
				}
			}
		}
		if (done > 0) {
			redirect.addFlashAttribute("flash", "已处理 " + done + " 个问题");
		}
		redirect.addFlashAttribute("reasons", reasons);
		return "redirect:/monitoring/findings";
	}

	@GetMapping("/findings/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable String site,
			@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String severity,
			@RequestParam(required = false) @Nullable String check) {
		var rows = search(site, status, severity, check);
		var lines = new ArrayList<List<?>>();
		for (var f : rows) {
			lines.add(List.of(f.siteName(), f.checkLabel(), f.kindLabel(), f.severityLabel(), f.confirmed() ? "确认" : "疑似",
					f.statusLabel(), f.url(), text(f.page()), text(f.linkKind()), text(f.anchorText()), text(f.outcome()),
					f.evidence(), text(f.suggestion()), f.firstSeen().atZone(BeijingTime.ZONE).toLocalDateTime().toString(),
					f.lastSeen().atZone(BeijingTime.ZONE).toLocalDateTime().toString()));
		}
		return new Spreadsheet().sheet("监测问题", List.of("网站", "检查项", "问题", "严重程度", "确认/疑似", "状态", "地址", "所在页面",
				"链接类型", "链接文字", "结果", "证据", "建议", "首次发现", "最近发现"), lines).download("监测问题.xlsx");
	}

	private List<FindingView> search(@Nullable String site, @Nullable String status, @Nullable String severity,
			@Nullable String check) {
		SiteId siteId = site == null || site.isBlank() ? null : MonitoringApi.site(site);
		return findings.search(siteId, MonitoringApi.parse(FindingLifecycle.Status.class, status, "状态"),
				MonitoringApi.parse(Severity.class, severity, "严重程度"), MonitoringApi.parse(Check.class, check, "检查项"), 2000);
	}

	private static FindingLifecycle.Action action(String text) {
		var action = MonitoringApi.parse(FindingLifecycle.Action.class, text, "操作");
		if (action == null) {
			throw Refusal.invalid("请选择要执行的操作");
		}
		return action;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	static UUID id(String text) {
		return MonitoringApi.uuid(text, "监测问题");
	}
}
