package org.govsite.monitoring.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.govsite.monitoring.IncidentLifecycle;
import org.govsite.monitoring.Incidents;
import org.govsite.monitoring.MonitoredSites;
import org.govsite.monitoring.MonitoringBoard;
import org.govsite.shared.Refusal;
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

/**
 * 故障 in the console: the list (open first) and one incident's timeline from detection to recovery, with the moves
 * its lifecycle table allows (响应, 记录处置, 恢复) for those who may act on the site.
 */
@ConsoleController
@RequestMapping("/monitoring/incidents")
class IncidentConsole {

	private final Incidents incidents;
	private final MonitoringBoard board;
	private final MonitoredSites sites;

	IncidentConsole(Incidents incidents, MonitoringBoard board, MonitoredSites sites) {
		this.incidents = incidents;
		this.board = board;
		this.sites = sites;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String site, Model model) {
		if (!board.visible()) {
			throw Refusal.forbidden("无权查看监测值班台");
		}
		var siteId = site == null || site.isBlank() ? null : MonitoringApi.site(site);
		var rows = incidents.recent(siteId, 200);
		model.addAttribute("section", "monitoring");
		model.addAttribute("incidents", rows);
		model.addAttribute("openCount", rows.stream().filter(i -> i.closedAt() == null).count());
		model.addAttribute("site", siteId);
		return "monitoring/incidents";
	}

	@GetMapping("/{id}")
	String incident(@PathVariable String id, Model model) {
		return page(MonitoringApi.uuid(id, "故障"), List.of(), Map.of(), model);
	}

	@PostMapping("/{id}/transitions")
	String transition(@PathVariable String id, @RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String note, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		var uuid = MonitoringApi.uuid(id, "故障");
		return ConsoleForms.attempt(response, () -> {
			var chosen = MonitoringApi.parse(IncidentLifecycle.Action.class, action, "操作");
			var after = incidents.transition(uuid, new Incidents.Command(chosen, note));
			redirect.addFlashAttribute(ConsoleForms.FLASH,
					"已执行「" + (chosen == null ? "" : chosen.label()) + "」，故障现为「" + after.statusLabel() + "」");
			return "redirect:/monitoring/incidents/" + uuid;
		}, refusal -> page(uuid, refusal.reasons(), Map.of("note", note == null ? "" : note), model));
	}

	private String page(UUID id, List<String> reasons, Map<String, String> typed, Model model) {
		model.addAttribute("section", "monitoring");
		var incident = incidents.get(id);
		model.addAttribute("incident", incident);
		model.addAttribute("mayAct", sites.mayAct(new SiteId(incident.siteId())));
		model.addAttribute("reasons", reasons);
		model.addAttribute("typed", typed);
		return "monitoring/incident";
	}
}
