package org.govsite.rectification.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.assessment.Assessments;
import org.govsite.assessment.SiteAssessment;
import org.govsite.rectification.Rectifications;
import org.govsite.reports.AnnualReports;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.web.ConsoleController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * 监管总览: "which sites would fail today, and why" — qualified / at risk / unqualified counts from every site's latest
 * assessment, the items that fail most sites, the worst sites with their reasons, and open rectifications with their
 * deadlines. The services decide what the reader may see; this page only shows it.
 */
@ConsoleController
class SupervisionConsole {

	/** A veto or deduction item and how many sites it hits. */
	public record ItemCount(String label, long sites) {
	}

	private final Assessments assessments;
	private final Rectifications rectifications;
	private final JsonMapper json;
	private final AnnualReports annualReports;
	private final Clock clock;

	SupervisionConsole(Assessments assessments, Rectifications rectifications, JsonMapper json,
			AnnualReports annualReports, Clock clock) {
		this.assessments = assessments;
		this.rectifications = rectifications;
		this.json = json;
		this.annualReports = annualReports;
		this.clock = clock;
	}

	@GetMapping("/supervision")
	@PreAuthorize("hasAnyRole('SUPERVISOR', 'SYSTEM_ADMIN', 'CO_REGULATOR')")
	String overview(Model model) {
		var standings = assessments.standings();
		long unqualified = standings.stream().filter(s -> !s.qualified()).count();
		long atRisk = standings.stream().filter(SiteAssessment::atRisk).count();
		long qualified = standings.size() - unqualified - atRisk;
		var items = new LinkedHashMap<String, Long>();
		for (var site : standings) {
			site.vetoes().stream().map(v -> "单项否决 · " + v.label()).distinct().forEach(l -> items.merge(l, 1L, Long::sum));
			site.deductions().stream().map(d -> "扣分 · " + d.label()).distinct().forEach(l -> items.merge(l, 1L, Long::sum));
		}
		var worstItems = new ArrayList<ItemCount>();
		items.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
			.forEach(e -> worstItems.add(new ItemCount(e.getKey(), e.getValue())));
		var open = rectifications.list(null).stream().filter(n -> n.status().open()).toList();
		model.addAttribute("section", "supervision");
		model.addAttribute("qualified", qualified);
		model.addAttribute("atRisk", atRisk);
		model.addAttribute("unqualified", unqualified);
		model.addAttribute("worstItems", worstItems);
		model.addAttribute("worstSites", standings.stream().limit(20).toList());
		model.addAttribute("openRectifications", open);
		// last year's 政府网站工作年度报表: due on the home page by 31 January
		int reportYear = BeijingTime.today(clock).getYear() - 1;
		model.addAttribute("reportYear", reportYear);
		model.addAttribute("reportsMissing", annualReports.unpublished(reportYear));
		model.addAttribute("chart", json.writeValueAsString(Map.of("labels", List.of("合格", "有风险", "不合格"), "values",
				List.of(qualified, atRisk, unqualified))));
		return "supervision/overview";
	}
}
