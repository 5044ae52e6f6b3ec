package org.govsite.duty.web;

import java.util.List;
import java.util.UUID;

import org.govsite.duty.AlertView;
import org.govsite.duty.DutyDesk;
import org.govsite.duty.ShiftForm;
import org.govsite.duty.ShiftView;
import org.govsite.shared.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The duty roster and alerts API. */
@RestController
@RequestMapping("/api/v1/duty")
class DutyApi {

	private final DutyDesk desk;

	DutyApi(DutyDesk desk) {
		this.desk = desk;
	}

	@GetMapping("/shifts")
	List<ShiftView> roster() {
		return desk.roster();
	}

	@PostMapping("/shifts")
	@ResponseStatus(HttpStatus.CREATED)
	ShiftView plan(@RequestBody ShiftForm form) {
		return desk.plan(form);
	}

	/** {@code {"note": "交接班记录"}}, by the shift's officer. */
	@PostMapping("/shifts/{id}/handover")
	ShiftView handover(@PathVariable String id, @RequestBody DutyDesk.Handover handover) {
		return desk.handover(uuid(id, "班次"), handover);
	}

	@GetMapping("/alerts")
	List<AlertView> alerts(@RequestParam(defaultValue = "false") boolean open) {
		return desk.alerts(open);
	}

	@GetMapping("/alerts/{id}/notifications")
	List<String> notifications(@PathVariable String id) {
		return desk.notifications(uuid(id, "告警"));
	}

	@PostMapping("/alerts/{id}/acknowledgement")
	AlertView acknowledge(@PathVariable String id) {
		return desk.acknowledge(uuid(id, "告警"));
	}

	static UUID uuid(String text, String label) {
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw Refusal.notFound(label + "「" + text + "」不存在");
		}
	}
}
