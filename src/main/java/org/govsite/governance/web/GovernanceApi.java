package org.govsite.governance.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govsite.governance.FollowUpId;
import org.govsite.governance.FollowUpLifecycle;
import org.govsite.governance.UnitGovernance;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A unit's website governance (Art. 20-22, 25): read by the unit and the platform's readers, written by the unit's site administrator. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Governance", description = "网站管理机制 (Art. 20-22, 25): leader in charge, meetings, staff, budget, coordination")
class GovernanceApi {

	private final UnitGovernance governance;

	GovernanceApi(UnitGovernance governance) {
		this.governance = governance;
	}

	/** What the caller types to complete or cancel a follow-up action. */
	record ActRequest(FollowUpLifecycle.@Nullable Action action, @Nullable String note) {
	}

	@GetMapping("/governance/overview")
	@Operation(summary = "Every unit sponsoring a running site: leader, this year's meeting, open and overdue actions (platform readers)")
	List<UnitGovernance.OverviewLine> overview() {
		return governance.overview();
	}

	@GetMapping("/units/{unitId}/governance")
	@Operation(summary = "A unit's governance records: leader with history, meetings, staff, budget, coordination")
	UnitGovernance.GovernanceView view(@PathVariable String unitId) {
		return governance.view(VendorApi.id(unitId));
	}

	@PutMapping("/units/{unitId}/governance/leader")
	@Operation(summary = "Name the leader in charge from a date; the previous one's term ends the day before",
			description = "Body {\"name\",\"title\"?,\"from\":\"2026-03-01\"}")
	UnitGovernance.LeaderView leader(@PathVariable String unitId, @RequestBody UnitGovernance.LeaderForm form) {
		return governance.setLeader(VendorApi.id(unitId), form);
	}

	@PostMapping("/units/{unitId}/governance/meetings")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record the yearly website-work meeting", description = "Body {\"heldOn\",\"attendees\",\"minutes\",\"decisions\"?}")
	UnitGovernance.MeetingView meeting(@PathVariable String unitId, @RequestBody UnitGovernance.MeetingForm form) {
		return governance.addMeeting(VendorApi.id(unitId), form);
	}

	@PostMapping("/units/{unitId}/governance/staff")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a staff line", description = "Body {\"name\",\"duty\",\"phone\"?}")
	UnitGovernance.StaffView staff(@PathVariable String unitId, @RequestBody UnitGovernance.StaffForm form) {
		return governance.addStaff(VendorApi.id(unitId), form);
	}

	@DeleteMapping("/units/{unitId}/governance/staff/{staffId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a staff line")
	void removeStaff(@PathVariable String unitId, @PathVariable String staffId) {
		governance.removeStaff(VendorApi.id(unitId), staffId);
	}

	@PostMapping("/units/{unitId}/governance/budget")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a budget line", description = "Body {\"year\":2026,\"amount\":\"120000.00\" (yuan, at most two decimals),\"purpose\"}")
	UnitGovernance.BudgetView budget(@PathVariable String unitId, @RequestBody UnitGovernance.BudgetForm form) {
		return governance.addBudget(VendorApi.id(unitId), form);
	}

	@PostMapping("/units/{unitId}/governance/coordination-meetings")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a coordination meeting", description = "Body {\"heldOn\",\"topic\",\"participants\",\"minutes\"?}")
	UnitGovernance.CoordinationView coordination(@PathVariable String unitId,
			@RequestBody UnitGovernance.CoordinationForm form) {
		return governance.addCoordinationMeeting(VendorApi.id(unitId), form);
	}

	@PostMapping("/units/{unitId}/governance/coordination-meetings/{meetingId}/actions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a follow-up action, due N working days after the meeting on the platform calendar",
			description = "Body {\"action\",\"ownerUnitId\",\"workingDays\"}")
	UnitGovernance.FollowUpView followUp(@PathVariable String unitId, @PathVariable String meetingId,
			@RequestBody UnitGovernance.FollowUpForm form) {
		return governance.addFollowUp(VendorApi.id(unitId), meetingId, form);
	}

	@PostMapping("/governance/actions/{actionId}/transitions")
	@Operation(summary = "Complete or cancel a follow-up action", description = "Body {\"action\":\"COMPLETE|CANCEL\",\"note\"?} (a reason is required to cancel)")
	UnitGovernance.FollowUpView act(@PathVariable String actionId, @RequestBody ActRequest request) {
		return governance.act(FollowUpId.of(actionId), request.action(), request.note());
	}
}
