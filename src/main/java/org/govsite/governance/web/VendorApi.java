package org.govsite.governance.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govsite.governance.GovernanceIds;
import org.govsite.governance.GovernanceReminders;
import org.govsite.governance.Vendors;
import org.govsite.unit.UnitId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Vendors (Art. 19): read by the platform's readers, the Big Data Center and the vendor itself; written by the Big Data Center. */
@RestController
@RequestMapping("/api/v1/vendors")
@Tag(name = "Vendors", description = "运维服务厂商 (Art. 19): contracts, qualifications, personnel, reviews")
class VendorApi {

	private final Vendors vendors;
	private final GovernanceReminders reminders;

	VendorApi(Vendors vendors, GovernanceReminders reminders) {
		this.vendors = vendors;
		this.reminders = reminders;
	}

	@GetMapping
	@Operation(summary = "The vendors the caller may see, with expiring contracts/qualifications and review status")
	List<Vendors.VendorSummary> list() {
		return vendors.list();
	}

	@GetMapping("/reminders")
	@Operation(summary = "Reminders raised by the daily watch that the caller may see (expiries, reviews due, meetings missing)")
	List<GovernanceReminders.Reminder> reminders() {
		return reminders.recent();
	}

	@GetMapping("/{vendorId}")
	@Operation(summary = "One vendor (a unit of kind VENDOR) with contracts, qualifications, personnel and reviews")
	Vendors.VendorView one(@PathVariable String vendorId) {
		return vendors.get(id(vendorId));
	}

	@PostMapping("/{vendorId}/contracts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a contract", description = "Body {\"contractNo\",\"scope\",\"qualityDuties\","
			+ "\"securityDuties\",\"validFrom\":\"2026-01-01\",\"validTo\":\"2026-12-31\",\"siteIds\":[…]}. Big Data Center operators or system administrator.")
	Vendors.ContractView contract(@PathVariable String vendorId, @RequestBody Vendors.ContractForm form) {
		return vendors.addContract(id(vendorId), form);
	}

	@PostMapping("/{vendorId}/qualifications")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a qualification", description = "Body {\"name\",\"number\",\"expiresOn\"?}")
	Vendors.QualificationView qualification(@PathVariable String vendorId, @RequestBody Vendors.QualificationForm form) {
		return vendors.addQualification(id(vendorId), form);
	}

	@PostMapping("/{vendorId}/personnel")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a person", description = "Body {\"name\",\"role\",\"phone\"?,\"userId\"?}: the account, if any, must belong to the vendor's unit")
	Vendors.PersonView person(@PathVariable String vendorId, @RequestBody Vendors.PersonForm form) {
		return vendors.addPerson(id(vendorId), form);
	}

	@PostMapping("/{vendorId}/reviews")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record the Big Data Center's review", description = "Body {\"reviewedOn\",\"result\":\"PASSED|BASICALLY_PASSED|FAILED\",\"notes\"?,\"reviewer\"}")
	Vendors.ReviewView review(@PathVariable String vendorId, @RequestBody Vendors.ReviewForm form) {
		return vendors.addReview(id(vendorId), form);
	}

	static UnitId id(String text) {
		return new UnitId(GovernanceIds.uuid(text, "单位"));
	}
}
