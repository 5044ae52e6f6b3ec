package org.govsite.unit.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.unit.UnitForm;
import org.govsite.unit.UnitId;
import org.govsite.unit.UnitKind;
import org.govsite.unit.UnitView;
import org.govsite.unit.Units;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 单位管理: everyone with oversight reads; only the system administrator registers and changes units. */
@ConsoleController
@RequestMapping("/units")
@PreAuthorize(UnitConsole.READERS)
class UnitConsole {

	static final String READERS = "hasAnyRole('SYSTEM_ADMIN','SECURITY_ADMIN','AUDIT_ADMIN','SUPERVISOR','CO_REGULATOR')";

	private final Units units;

	UnitConsole(Units units) {
		this.units = units;
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("section", "units");
		model.addAttribute("kinds", UnitKind.values());
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable UnitKind kind,
			Model model) {
		var needle = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
		var found = units.all().stream()
			.filter(unit -> kind == null || unit.kind() == kind)
			.filter(unit -> needle.isEmpty() || unit.name().toLowerCase(Locale.ROOT).contains(needle))
			.toList();
		model.addAttribute("units", found);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("kind", kind);
		return "units/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UnitId id, Model model) {
		model.addAttribute("unit", units.get(id));
		return "units/detail";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String createForm(Model model) {
		return form(model, UnitForm.empty(), null, List.of());
	}

	@PostMapping
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String create(@Valid @ModelAttribute("form") @Nullable UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("fieldErrors", ConsoleForms.fieldErrors(result));
			return form(model, form, null, List.of());
		}
		try {
			var unit = units.register(java.util.Objects.requireNonNull(form));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已新建单位「" + unit.name() + "」");
			return "redirect:/units/" + unit.id();
		}
		catch (Refusal refusal) {
			return form(model, form, null, refusal.reasons());
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String editForm(@PathVariable UnitId id, Model model) {
		return form(model, UnitForm.of(units.get(id)), id, List.of());
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String change(@PathVariable UnitId id, @Valid @ModelAttribute("form") @Nullable UnitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("fieldErrors", ConsoleForms.fieldErrors(result));
			return form(model, form, id, List.of());
		}
		try {
			var unit = units.change(id, java.util.Objects.requireNonNull(form));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已保存单位「" + unit.name() + "」");
			return "redirect:/units/" + unit.id();
		}
		catch (Refusal refusal) {
			return form(model, form, id, refusal.reasons());
		}
	}

	private String form(Model model, @Nullable UnitForm form, @Nullable UnitId id, List<String> reasons) {
		model.addAttribute("form", form == null ? UnitForm.empty() : form);
		model.addAttribute("unitId", id);
		model.addAttribute("reasons", reasons);
		model.addAttribute("parents", units.all().stream().filter(unit -> !unit.id().equals(id)).toList());
		if (!model.containsAttribute("fieldErrors")) {
			model.addAttribute("fieldErrors", java.util.Map.of());
		}
		return "units/form";
	}

}
