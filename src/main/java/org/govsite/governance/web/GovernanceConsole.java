package org.govsite.governance.web;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import org.govsite.governance.FollowUpId;
import org.govsite.governance.FollowUpLifecycle;
import org.govsite.governance.UnitGovernance;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.unit.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 网站管理机制: the prefecture-wide table (who lacks this year's meeting) and one unit's records with the forms. */
@ConsoleController
@RequestMapping("/governance")
class GovernanceConsole {

	private final UnitGovernance governance;

	GovernanceConsole(UnitGovernance governance) {
		this.governance = governance;
	}

	@GetMapping
	String overview(Model model) {
		var user = CurrentUser.require();
		if (Role.PLATFORM_READERS.stream().noneMatch(user::hasPlatformRole)) {
			return "redirect:/governance/units/" + user.unitId();
		}
		var lines = governance.overview();
		model.addAttribute("section", "governance");
		model.addAttribute("lines", lines);
		model.addAttribute("missing", lines.stream().filter(l -> !l.meetingThisYear()).toList());
		return "governance/overview";
	}

	@GetMapping("/units/{id}")
	String unit(@PathVariable String id, Model model) {
		return unit(id, null, List.of(), Map.of(), null, model);
	}

	@PostMapping("/units/{id}/leader")
	String leader(@PathVariable String id, @RequestParam Map<String, String> typed, HttpServletResponse response, Model model) {
		return act(id, "leader", typed, response, model, in -> governance.setLeader(unitId(id),
				new UnitGovernance.LeaderForm(in.text("name"), in.text("title"), in.date("from"))), "已变更分管负责人");
	}

	@PostMapping("/units/{id}/meetings")
	String meeting(@PathVariable String id, @RequestParam Map<String, String> typed, HttpServletResponse response, Model model) {
		return act(id, "meeting", typed, response, model, in -> governance.addMeeting(unitId(id),
				new UnitGovernance.MeetingForm(in.date("heldOn"), in.text("attendees"), in.text("minutes"),
						in.text("decisions"))), "已登记会议纪要");
	}

	@PostMapping("/units/{id}/staff")
	String staff(@PathVariable String id, @RequestParam Map<String, String> typed, HttpServletResponse response, Model model) {
		return act(id, "staff", typed, response, model, in -> governance.addStaff(unitId(id),
				new UnitGovernance.StaffForm(in.text("name"), in.text("duty"), in.text("phone"))), "已登记工作人员");
	}

	@PostMapping("/units/{id}/staff/{staffId}/removal")
	String removeStaff(@PathVariable String id, @PathVariable String staffId, HttpServletResponse response, Model model) {
		return act(id, "staff", Map.of(), response, model, in -> governance.removeStaff(unitId(id), staffId), "已移除工作人员");
	}

	@PostMapping("/units/{id}/budget")
	String budget(@PathVariable String id, @RequestParam Map<String, String> typed, HttpServletResponse response, Model model) {
		return act(id, "budget", typed, response, model, in -> governance.addBudget(unitId(id),
				new UnitGovernance.BudgetForm(in.integer("year", "预算年度"), in.amount("amount", "预算金额"),
						in.text("purpose"))), "已登记预算");
	}

	@PostMapping("/units/{id}/coordination")
	String coordination(@PathVariable String id, @RequestParam Map<String, String> typed, HttpServletResponse response,
			Model model) {
		return act(id, "coordination", typed, response, model, in -> governance.addCoordinationMeeting(unitId(id),
				new UnitGovernance.CoordinationForm(in.date("heldOn"), in.text("topic"), in.text("participants"),
						in.text("minutes"))), "已登记协调会议");
	}

	@PostMapping("/units/{id}/coordination/{meetingId}/actions")
	String followUp(@PathVariable String id, @PathVariable String meetingId, @RequestParam Map<String, String> typed,
			HttpServletResponse response, Model model) {
		return act(id, "followup-" + meetingId, typed, response, model, in -> governance.addFollowUp(unitId(id), meetingId,
				new UnitGovernance.FollowUpForm(in.text("action"), UnitId.of(in.text("ownerUnitId")),
						in.integer("workingDays", "办理时限"))), "已添加跟进事项");
	}

	@PostMapping("/units/{id}/actions/{actionId}")
	String transition(@PathVariable String id, @PathVariable String actionId, @RequestParam Map<String, String> typed,
			HttpServletResponse response, Model model) {
		return act(id, "action-" + actionId, typed, response, model, in -> governance.act(FollowUpId.of(actionId),
				in.choice("action", FollowUpLifecycle.Action.class), in.text("note")), "跟进事项已更新");
	}

	private String act(String id, String form, Map<String, String> typed, HttpServletResponse response, Model model,
			Consumer<ConsoleInput> work, String done) {
		return ConsoleForms.attempt(response, () -> {
			work.accept(new ConsoleInput(typed));
			return unit(id, null, List.of(), Map.of(), done, model);
		}, refusal -> unit(id, form, refusal.reasons(), typed, null, model));
	}

	private String unit(String id, @Nullable String failed, List<String> reasons, Map<String, String> typed,
			@Nullable String done, Model model) {
		model.addAttribute("section", "governance");
		model.addAttribute("g", governance.view(unitId(id)));
		model.addAttribute("units", governance.allUnits());
		model.addAttribute("failed", failed);
		model.addAttribute("reasons", reasons);
		model.addAttribute("typed", typed);
		model.addAttribute("flash", done);
		return "governance/unit";
	}

	private static UnitId unitId(String text) {
		return VendorApi.id(text);
	}
}
