package org.govsite.audit.web;

import java.util.List;

import org.govsite.audit.AuditEntry;
import org.govsite.audit.AuditTrail;
import org.govsite.audit.ChainVerification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for the audit administrator (审计管理员) only: read it, and verify its hash chain. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class AuditApi {

	private final AuditTrail audit;

	AuditApi(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping
	List<AuditEntry> entries(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String action, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return audit.find(actor, action, Math.max(page, 0), Math.min(Math.max(size, 1), 500));
	}

	/** {@code {"intact": true}} or the first broken entry ({@code brokenAt}) and why. */
	@GetMapping("/verify")
	ChainVerification verify() {
		return audit.verify();
	}
}
