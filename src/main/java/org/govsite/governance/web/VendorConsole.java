package org.govsite.governance.web;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import org.govsite.governance.GovernanceReminders;
import org.govsite.governance.ReviewResult;
import org.govsite.governance.Vendors;
import org.govsite.iam.UserId;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.site.SiteId;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 运维服务商: the vendor list with expiry badges and reminders; one vendor with its records and the forms. */
@ConsoleController
@RequestMapping("/vendors")
class VendorConsole {

	private final Vendors vendors;
	private final GovernanceReminders reminders;
	private final Sites sites;

	VendorConsole(Vendors vendors, GovernanceReminders reminders, Sites sites) {
		this.vendors = vendors;
		this.reminders = reminders;
		this.sites = sites;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("section", "vendors");
		model.addAttribute("vendors", vendors.list());
		model.addAttribute("reminders", reminders.recent().stream().filter(GovernanceReminders.Reminder::aboutVendor).toList());
		return "governance/vendors";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable String id, Model model) {
		return detail(id, null, List.of(), Map.of(), null, model);
	}

	@PostMapping("/{id}/contracts")
	String contract(@PathVariable String id, @RequestParam Map<String, String> typed,
			@RequestParam MultiValueMap<String, String> multi, HttpServletResponse response, Model model) {
		return act(id, "contract", typed, response, model, in -> vendors.addContract(VendorApi.id(id),
				new Vendors.ContractForm(in.text("contractNo"), in.text("scope"), in.text("qualityDuties"),
						in.text("securityDuties"), in.date("validFrom"), in.date("validTo"),
						in.all("siteIds", multi).stream().map(SiteId::of).toList())), "已登记合同");
	}

	@PostMapping("/{id}/qualifications")
	String qualification(@PathVariable String id, @RequestParam Map<String, String> typed, HttpServletResponse response,
			Model model) {
		return act(id, "qualification", typed, response, model, in -> vendors.addQualification(VendorApi.id(id),
				new Vendors.QualificationForm(in.text("name"), in.text("number"), in.date("expiresOn"))), "已登记资质");
	}

	@PostMapping("/{id}/personnel")
	String person(@PathVariable String id, @RequestParam Map<String, String> typed, HttpServletResponse response,
			Model model) {
		return act(id, "person", typed, response, model, in -> vendors.addPerson(VendorApi.id(id),
				new Vendors.PersonForm(in.text("name"), in.text("role"), in.text("phone"), UserId.of(in.text("userId")))),
				"已登记人员");
	}

	@PostMapping("/{id}/reviews")
	String review(@PathVariable String id, @RequestParam Map<String, String> typed, HttpServletResponse response,
			Model model) {
		return act(id, "review", typed, response, model, in -> vendors.addReview(VendorApi.id(id),
				new Vendors.ReviewForm(in.date("reviewedOn"), in.choice("result", ReviewResult.class), in.text("notes"),
						in.text("reviewer"))), "已登记评审");
	}

	private String act(String id, String form, Map<String, String> typed, HttpServletResponse response, Model model,
			Consumer<ConsoleInput> work, String done) {
		return ConsoleForms.attempt(response, () -> {
			work.accept(new ConsoleInput(typed));
			return detail(id, null, List.of(), Map.of(), done, model);
		}, refusal -> detail(id, form, refusal.reasons(), typed, null, model));
	}

	private String detail(String id, @Nullable String failed, List<String> reasons, Map<String, String> typed,
			@Nullable String done, Model model) {
		model.addAttribute("section", "vendors");
		model.addAttribute("vendor", vendors.get(VendorApi.id(id)));
		model.addAttribute("writable", vendors.canWrite());
		model.addAttribute("sites", sites.all());
		model.addAttribute("results", ReviewResult.values());
		model.addAttribute("failed", failed);
		model.addAttribute("reasons", reasons);
		model.addAttribute("typed", typed);
		model.addAttribute("flash", done);
		return "governance/vendor";
	}
}
