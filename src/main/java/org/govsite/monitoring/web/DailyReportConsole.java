package org.govsite.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.monitoring.DailyReports;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.shared.web.Spreadsheet;
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
 * 监测日报 in the console: a day's report (yesterday unless another day is chosen), the platform's figures and every
 * site's row worst first, the 30 days before it as a chart and a table, the workbook, and "重新生成" for operators.
 */
@ConsoleController
@RequestMapping("/monitoring/daily")
class DailyReportConsole {

	private final DailyReports reports;
	private final JsonMapper json;
	private final Clock clock;

	DailyReportConsole(DailyReports reports, JsonMapper json, Clock clock) {
		this.reports = reports;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping
	String report(@RequestParam(required = false) @Nullable String date, Model model) {
		var yesterday = BeijingTime.today(clock).minusDays(1);
		var day = date == null || date.isBlank() ? yesterday : MonitoringApi.date(date, "日期");
		var report = reports.report(day);
		var trend = reports.trend(day.minusDays(29), day);
		var chart = new TrendChart(trend.stream().map(t -> t.date().toString().substring(5)).toList())
			.axis("%", false).axis("个", true)
			.line("不可访问率(%)", 0, trend.stream().map(t -> TrendChart.tenth(t.unreachablePercent())).toList())
			.bars("新发现问题", 1, trend.stream().map(DailyReports.Totals::findingsOpened).toList())
			.bars("失效链接", 1, trend.stream().map(DailyReports.Totals::brokenLinks).toList())
			.bars("新发故障", 1, trend.stream().map(DailyReports.Totals::incidentsOpened).toList());
		model.addAttribute("section", "monitoring");
		model.addAttribute("report", report);
		model.addAttribute("day", day);
		model.addAttribute("previous", day.minusDays(1));
		model.addAttribute("next", day.isBefore(yesterday) ? day.plusDays(1) : null);
		model.addAttribute("yesterday", yesterday);
		model.addAttribute("trend", trend);
		model.addAttribute("chart", json.writeValueAsString(chart.data()));
		model.addAttribute("mayWrite", CurrentUser.fromContext()
			.map(u -> u.hasPlatformRole(Role.SYSTEM_ADMIN) || u.hasPlatformRole(Role.DUTY_OFFICER)).orElse(false));
		return "monitoring/daily";
	}

	@PostMapping("/{date}")
	String regenerate(@PathVariable String date, HttpServletResponse response, RedirectAttributes redirect, Model model) {
		var day = MonitoringApi.date(date, "日期");
		return ConsoleForms.attempt(response, () -> {
			reports.regenerate(day);
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已生成 " + day + " 的监测日报");
			return "redirect:/monitoring/daily?date=" + day;
		}, refusal -> {
			model.addAttribute("reasons", refusal.reasons());
			return report(day.toString(), model);
		});
	}

	@GetMapping("/{date}.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable String date) {
		LocalDate day = MonitoringApi.date(date, "日期");
		return Spreadsheet.download(reports.xlsx(day), "监测日报" + day + ".xlsx");
	}
}
