package org.govsite.duty.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.govsite.duty.AlertView;
import org.govsite.duty.DutyDesk;
import org.govsite.duty.ShiftForm;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 值班 in the console (Art. 14): who is on shift now and the leader in charge, the alerts waiting for them (确认 in
 * one click), the roster with its handover notes, the form to plan a shift (operators and the supervisor) and the
 * handover note of the officer on shift. Access is decided by {@link DutyDesk}.
 */
@ConsoleController
@RequestMapping("/duty")
class DutyConsole {

	private final DutyDesk desk;

	DutyConsole(DutyDesk desk) {
		this.desk = desk;
	}

	@GetMapping
	String desk(@RequestParam(defaultValue = "true") boolean open, Model model) {
		return page(open, List.of(), Map.of(), model);
	}

	@PostMapping("/alerts/{id}/acknowledgement")
	String acknowledge(@PathVariable String id, HttpServletResponse response, RedirectAttributes redirect, Model model) {
		UUID alert = DutyApi.uuid(id, "告警");
		return ConsoleForms.attempt(response, () -> {
			var after = desk.acknowledge(alert);
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已确认告警：" + after.title());
			return "redirect:/duty";
		}, refusal -> page(true, refusal.reasons(), Map.of(), model));
	}

	@PostMapping("/shifts")
	String plan(@RequestParam(required = false) @Nullable String officer, @RequestParam(required = false) @Nullable String leader,
			@RequestParam(required = false) @Nullable String startsAt, @RequestParam(required = false) @Nullable String endsAt,
			HttpServletResponse response, RedirectAttributes redirect, Model model) {
		var typed = new LinkedHashMap<String, String>();
		typed.put("officer", officer == null ? "" : officer);
		typed.put("leader", leader == null ? "" : leader);
		typed.put("startsAt", startsAt == null ? "" : startsAt);
		typed.put("endsAt", endsAt == null ? "" : endsAt);
		return ConsoleForms.attempt(response, () -> {
			var shift = desk.plan(new ShiftForm(officer, leader, startsAt, endsAt));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已排班：" + shift.officer() + "（带班领导 " + shift.leader() + "）");
			return "redirect:/duty";
		}, refusal -> page(true, refusal.reasons(), typed, model));
	}

	@PostMapping("/shifts/{id}/handover")
	String handover(@PathVariable String id, @RequestParam(required = false) @Nullable String note,
			HttpServletResponse response, RedirectAttributes redirect, Model model) {
		UUID shift = DutyApi.uuid(id, "班次");
		return ConsoleForms.attempt(response, () -> {
			desk.handover(shift, new DutyDesk.Handover(note));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已保存交接班记录");
			return "redirect:/duty";
		}, refusal -> page(true, refusal.reasons(), Map.of("note", note == null ? "" : note), model));
	}

	private String page(boolean open, List<String> reasons, Map<String, String> typed, Model model) {
		var alerts = desk.alerts(open);
		var notifications = new LinkedHashMap<UUID, List<String>>();
		alerts.stream().limit(50).forEach(a -> notifications.put(a.id(), desk.notifications(a.id())));
		var current = desk.current();
		model.addAttribute("section", "monitoring");
		model.addAttribute("current", current.orElse(null));
		model.addAttribute("onShift", current.map(desk::isOfficerOf).orElse(false));
		model.addAttribute("alerts", alerts);
		model.addAttribute("pending", alerts.stream().filter(AlertView::acknowledgeable).count());
		model.addAttribute("notifications", notifications);
		model.addAttribute("open", open);
		model.addAttribute("roster", desk.roster());
		model.addAttribute("mayPlan", desk.mayPlan());
		model.addAttribute("reasons", reasons);
		model.addAttribute("typed", typed);
		return "duty/desk";
	}
}
