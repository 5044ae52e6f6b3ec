package org.govsite.audit.web;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.govsite.audit.AuditActionNames;
import org.govsite.audit.AuditTrail;
import org.govsite.shared.web.ConsoleController;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志: only the audit administrator reads the trail and verifies its hash chain. */
@ConsoleController
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class AuditConsole {

	static final int PAGE_SIZE = 50;

	private final AuditTrail audit;
	private final Map<String, String> actionNames;

	AuditConsole(AuditTrail audit, List<AuditActionNames> names) {
		this.audit = audit;
		var all = new TreeMap<String, String>();
		names.forEach(contribution -> all.putAll(contribution.names()));
		this.actionNames = Collections.unmodifiableMap(all);
	}

	@GetMapping("/audit")
	String list(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action, @RequestParam(defaultValue = "0") int page,
			Model model) {
		var current = Math.max(0, page);
		var entries = audit.find(actor, action, current, PAGE_SIZE + 1);
		model.addAttribute("section", "audit");
		model.addAttribute("entries", entries.size() > PAGE_SIZE ? entries.subList(0, PAGE_SIZE) : entries);
		model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
		model.addAttribute("page", current);
		model.addAttribute("actor", actor == null ? "" : actor.trim());
		model.addAttribute("action", action == null ? "" : action.trim());
		model.addAttribute("actionNames", actionNames);
		model.addAttribute("total", audit.count());
		return "audit/list";
	}

	@PostMapping("/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", audit.verify());
		return list(null, null, 0, model);
	}
}
