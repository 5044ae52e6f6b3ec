package org.govsite.disclosure.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.govsite.disclosure.DisclosureReports;
import org.govsite.disclosure.ReportForm;
import org.govsite.disclosure.ReportView;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleForms;
import org.jspecify.annotations.Nullable;
import org.govsite.shared.web.ConsoleController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console door to the annual disclosure report (the API's twin): the year's reports the user reads with who has
 * published and who is late; one report with its computed figures, the written parts for the office to edit, and the
 * publish button from 1 January.
 */
@ConsoleController
@RequestMapping("/disclosure/reports")
class DisclosureReportConsole {

	static final List<String> NUMBERS = List.of("reconsiderations", "reconsiderationsUpheld", "reconsiderationsRevised",
			"lawsuits", "lawsuitsUpheld", "lawsuitsRevised");

	private final DisclosureReports reports;
	private final org.govsite.site.Sites sites;
	private final Clock clock;

	DisclosureReportConsole(DisclosureReports reports, org.govsite.site.Sites sites, Clock clock) {
		this.reports = reports;
		this.sites = sites;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Integer year, Model model) {
		int chosen = year == null ? BeijingTime.today(clock).getYear() - 1 : year;
		model.addAttribute("section", "disclosure-reports");
		model.addAttribute("year", chosen);
		var list = reports.readable(chosen);
		var times = new java.util.HashMap<String, String>();
		list.forEach(r -> times.put(r.siteId().value().toString(), r.publishedAt() == null ? ""
				: java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(r.publishedAt().atZone(BeijingTime.ZONE))));
		model.addAttribute("reports", list);
		model.addAttribute("times", times);
		return "disclosure/reports";
	}

	@GetMapping("/{site}/{year}")
	String detail(@PathVariable String site, @PathVariable int year, Model model) {
		return detail(reports.get(SitePaths.site(site), year), null, List.of(), model);
	}

	@PostMapping("/{site}/{year}")
	String save(@PathVariable String site, @PathVariable int year, @RequestParam Map<String, String> typed,
			HttpServletResponse response, RedirectAttributes redirect, Model model) {
		var id = SitePaths.site(site);
		var numbers = new java.util.HashMap<String, @Nullable Integer>();
		var reasons = new java.util.ArrayList<String>();
		for (var name : NUMBERS) {
			var text = typed.getOrDefault(name, "").strip();
			try {
				numbers.put(name, text.isEmpty() ? null : Integer.valueOf(text));
			}
			catch (NumberFormatException e) {
				reasons.add("行政复议和行政诉讼的件数应填写整数");
			}
		}
		return ConsoleForms.attempt(response, () -> {
			Refusal.throwIfAny(Refusal.Kind.INVALID, reasons.stream().distinct().toList());
			reports.save(id, year, new ReportForm(typed.get("overview"), typed.get("problems"), typed.get("otherMatters"),
					numbers.get("reconsiderations"), numbers.get("reconsiderationsUpheld"),
					numbers.get("reconsiderationsRevised"), numbers.get("lawsuits"), numbers.get("lawsuitsUpheld"),
					numbers.get("lawsuitsRevised")));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已保存" + year + "年度报告");
			return "redirect:/disclosure/reports/" + id.value() + "/" + year;
		}, refusal -> detail(reports.get(id, year), typed, refusal.reasons(), model));
	}

	@PostMapping("/{site}/{year}/publication")
	String publish(@PathVariable String site, @PathVariable int year, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		var id = SitePaths.site(site);
		return ConsoleForms.attempt(response, () -> {
			reports.publish(id, year);
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已发布" + year + "年度报告，公众可在网站查看");
			return "redirect:/disclosure/reports/" + id.value() + "/" + year;
		}, refusal -> detail(reports.get(id, year), null, refusal.reasons(), model));
	}

	private String detail(ReportView report, @Nullable Map<String, String> typed, List<String> reasons, Model model) {
		var user = CurrentUser.fromContext().orElseThrow(() -> Refusal.forbidden("请先登录"));
		var written = report.written();
		var values = new java.util.HashMap<String, String>();
		values.put("overview", nullToEmpty(written.overview()));
		values.put("problems", nullToEmpty(written.problems()));
		values.put("otherMatters", nullToEmpty(written.otherMatters()));
		values.put("reconsiderations", number(written.reconsiderations()));
		values.put("reconsiderationsUpheld", number(written.reconsiderationsUpheld()));
		values.put("reconsiderationsRevised", number(written.reconsiderationsRevised()));
		values.put("lawsuits", number(written.lawsuits()));
		values.put("lawsuitsUpheld", number(written.lawsuitsUpheld()));
		values.put("lawsuitsRevised", number(written.lawsuitsRevised()));
		if (typed != null) {
			values.keySet().forEach(key -> values.put(key, typed.getOrDefault(key, "")));
		}
		model.addAttribute("section", "disclosure-reports");
		model.addAttribute("report", report);
		model.addAttribute("values", values);
		model.addAttribute("reasons", reasons);
		model.addAttribute("fieldErrors", Map.of());
		model.addAttribute("editable", !report.published() && user.hasRoleOn(Role.DISCLOSURE_OFFICER, report.siteId()));
		model.addAttribute("publishable", BeijingTime.today(clock).getYear() > report.year());
		model.addAttribute("siteCode", sites.find(report.siteId()).map(org.govsite.site.SiteView::siteCode).orElse(null));
		return "disclosure/report";
	}

	private static String nullToEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	private static String number(@Nullable Integer n) {
		return n == null ? "" : n.toString();
	}

}
