package org.govsite.reports.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.govsite.reports.AnnualReportView;
import org.govsite.reports.AnnualReports;
import org.govsite.reports.ReportField;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 网站年度报表 in the console (the API's twin): the year's forms the user reads; one form by sections, taken figures
 * read-only with their source, the unit's fields and sign-off as inputs, 重新取数 and the lifecycle's actions; the
 * supervisors' table of who has published and the prefecture's summary form.
 */
@ConsoleController
@RequestMapping("/reports/annual")
class AnnualReportConsole {

	static final List<String> SIGN_OFF = List.of("unitHead", "reviewer", "filler", "phone", "filledOn");

	private final AnnualReports reports;
	private final Clock clock;

	AnnualReportConsole(AnnualReports reports, Clock clock) {
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Integer year, Model model) {
		int chosen = year == null ? BeijingTime.today(clock).getYear() - 1 : year;
		model.addAttribute("section", "annual-reports");
		model.addAttribute("year", chosen);
		model.addAttribute("reports", reports.readable(chosen));
		return "reports/list";
	}

	@GetMapping("/summary")
	String summary(@RequestParam(required = false) @Nullable Integer year, Model model) {
		int chosen = year == null ? BeijingTime.today(clock).getYear() - 1 : year;
		model.addAttribute("section", "annual-reports");
		model.addAttribute("year", chosen);
		model.addAttribute("summary", reports.summary(chosen));
		model.addAttribute("sections", ReportField.sectionLabels().subList(1, ReportField.sectionLabels().size()));
		return "reports/summary";
	}

	@GetMapping("/{site}/{year}")
	String form(@PathVariable String site, @PathVariable int year, Model model) {
		return form(reports.get(Paths.site(site), year), null, List.of(), model);
	}

	@GetMapping("/{site}/{year}/xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String site, @PathVariable int year) {
		return ResponseEntity.ok()
			.contentType(AnnualReportApi.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("annual-report-" + year + ".xlsx").build().toString())
			.body(reports.workbook(Paths.site(site), year));
	}

	@PostMapping("/{site}/{year}")
	String save(@PathVariable String site, @PathVariable int year, @RequestParam Map<String, String> typed,
			HttpServletResponse response, RedirectAttributes redirect, Model model) {
		var id = Paths.site(site);
		var current = reports.get(id, year);
		var input = new LinkedHashMap<String, String>();
		current.rows().stream().filter(AnnualReportView.Row::editable)
			.forEach(row -> input.put(row.key(), typed.getOrDefault(row.key(), "")));
		SIGN_OFF.forEach(key -> input.put(key, typed.getOrDefault(key, "")));
		return ConsoleForms.attempt(response, () -> {
			reports.save(id, year, input);
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已保存" + year + "年度报表");
			return "redirect:/reports/annual/" + id.value() + "/" + year;
		}, refusal -> form(current, typed, refusal.reasons(), model));
	}

	@PostMapping("/{site}/{year}/recomputation")
	String recompute(@PathVariable String site, @PathVariable int year, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		var id = Paths.site(site);
		return ConsoleForms.attempt(response, () -> {
			reports.recompute(id, year);
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已重新取数");
			return "redirect:/reports/annual/" + id.value() + "/" + year;
		}, refusal -> form(reports.get(id, year), null, refusal.reasons(), model));
	}

	@PostMapping("/{site}/{year}/transitions")
	String act(@PathVariable String site, @PathVariable int year, @RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String reason, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		var id = Paths.site(site);
		return ConsoleForms.attempt(response, () -> {
			var chosen = Paths.action(action);
			var after = reports.act(id, year, chosen, reason);
			redirect.addFlashAttribute(ConsoleForms.FLASH, chosen.label() + "：报表现为「" + after.statusLabel() + "」"
					+ (after.published() ? "，已在网站首页发布" : ""));
			return "redirect:/reports/annual/" + id.value() + "/" + year;
		}, refusal -> form(reports.get(id, year), null, refusal.reasons(), model));
	}

	private String form(AnnualReportView report, @Nullable Map<String, String> typed, List<String> reasons, Model model) {
		var values = new LinkedHashMap<String, String>();
		report.rows().forEach(row -> values.put(row.key(), row.value() instanceof Boolean b ? b.toString() : row.display()));
		var signOff = report.signOff();
		values.put("unitHead", orEmpty(signOff.unitHead()));
		values.put("reviewer", orEmpty(signOff.reviewer()));
		values.put("filler", orEmpty(signOff.filler()));
		values.put("phone", orEmpty(signOff.phone()));
		values.put("filledOn", signOff.filledOn() == null ? "" : signOff.filledOn().toString());
		if (typed != null) {
			typed.forEach((key, value) -> {
				if (values.containsKey(key)) {
					values.put(key, value);
				}
			});
		}
		var user = org.govsite.iam.CurrentUser.fromContext().orElseThrow(() -> Refusal.forbidden("请先登录"));
		model.addAttribute("section", "annual-reports");
		model.addAttribute("report", report);
		model.addAttribute("values", values);
		model.addAttribute("reasons", reasons);
		model.addAttribute("fieldErrors", Map.of());
		model.addAttribute("sections", ReportField.sectionLabels());
		model.addAttribute("fills", user.hasRoleOn(org.govsite.iam.Role.SITE_ADMIN, report.siteId()));
		model.addAttribute("signOffLabels", Map.of("unitHead", "单位负责人", "reviewer", "审核人", "filler", "填报人",
				"phone", "联系电话", "filledOn", "填报日期"));
		model.addAttribute("signOffKeys", SIGN_OFF);
		return "reports/form";
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}
}
