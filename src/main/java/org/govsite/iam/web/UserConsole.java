package org.govsite.iam.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.govsite.iam.Role;
import org.govsite.iam.UserAccounts;
import org.govsite.iam.UserForm;
import org.govsite.iam.UserId;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.site.SiteId;
import org.govsite.site.Sites;
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

/** 账号与角色: the system and security administrators manage accounts and grant or revoke roles. */
@ConsoleController
@RequestMapping("/users")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','SECURITY_ADMIN')")
class UserConsole {

	private final UserAccounts accounts;
	private final Units units;
	private final Sites sites;

	UserConsole(UserAccounts accounts, Units units, Sites sites) {
		this.accounts = accounts;
		this.units = units;
		this.sites = sites;
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("section", "users");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", accounts.all());
		return "users/list";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		return form(model, UserForm.empty(), List.of());
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") @Nullable UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form == null || result.hasErrors()) {
			model.addAttribute("fieldErrors", ConsoleForms.fieldErrors(result));
			return form(model, form, List.of());
		}
		try {
			var user = accounts.create(form);
			redirect.addFlashAttribute(ConsoleForms.FLASH,
					"已新建账号 " + user.username() + "，首次登录时须修改初始密码");
			return "redirect:/users/" + user.id();
		}
		catch (Refusal refusal) {
			return form(model, form, refusal.reasons());
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UserId id, Model model) {
		model.addAttribute("user", accounts.find(id).orElseThrow(() -> Refusal.notFound("账号不存在")));
		model.addAttribute("roles", Role.values());
		model.addAttribute("sites", sites.all());
		// the columns a content role may be limited to, per site (Art. 6); the form shows those of the chosen site
		var columnChoices = new java.util.LinkedHashMap<String, List<org.govsite.iam.ColumnScopes.Option>>();
		sites.all().forEach(site -> {
			var options = accounts.columnOptions(site.id());
			if (!options.isEmpty()) {
				columnChoices.put(site.name(), options);
			}
		});
		model.addAttribute("columnChoices", columnChoices);
		if (!model.containsAttribute("reasons")) {
			model.addAttribute("reasons", List.of());
		}
		return "users/detail";
	}

	@PostMapping("/{id}/grants")
	String grant(@PathVariable UserId id, @RequestParam(required = false) @Nullable Role role,
			@RequestParam(required = false) @Nullable SiteId site,
			@RequestParam(required = false) java.util.@Nullable UUID column, RedirectAttributes redirect) {
		return act(id, redirect, "已授予角色", () -> {
			if (role == null) {
				throw Refusal.invalid("请选择角色");
			}
			// a column names its site: the site field may be left as it is
			accounts.grant(id, role, site, column);
		});
	}

	@PostMapping("/{id}/grants/revoke")
	String revoke(@PathVariable UserId id, @RequestParam Role role, @RequestParam(required = false) @Nullable SiteId site,
			@RequestParam(required = false) java.util.@Nullable UUID column, RedirectAttributes redirect) {
		return act(id, redirect, "已撤销角色「" + role.label() + "」", () -> accounts.revoke(id, role, site, column));
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable UserId id, @RequestParam(defaultValue = "") String temporaryPassword,
			RedirectAttributes redirect) {
		return act(id, redirect, "已重置密码，账号持有人下次登录时须修改密码",
				() -> accounts.resetPassword(id, temporaryPassword));
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable UserId id, RedirectAttributes redirect) {
		return act(id, redirect, "已解锁账号", () -> accounts.unlock(id));
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable UserId id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		return act(id, redirect, enabled ? "已启用账号" : "已停用账号", () -> accounts.setEnabled(id, enabled));
	}

	private String act(UserId id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute(ConsoleForms.FLASH, done);
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("reasons", refusal.reasons());
		}
		return "redirect:/users/" + id;
	}

	private String form(Model model, @Nullable UserForm form, List<String> reasons) {
		model.addAttribute("form", form == null ? UserForm.empty() : form);
		model.addAttribute("reasons", reasons);
		model.addAttribute("units", units.all());
		if (!model.containsAttribute("fieldErrors")) {
			model.addAttribute("fieldErrors", Map.of());
		}
		return "users/form";
	}
}
