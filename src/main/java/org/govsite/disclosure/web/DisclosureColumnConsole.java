package org.govsite.disclosure.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.govsite.disclosure.DisclosureColumns;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.govsite.shared.web.ConsoleController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console door to a site's 政府信息公开 column: which parts of the standard structure the site has, the body code
 * of its 索引号, and the button that creates what is missing (the site administrator's; others read).
 */
@ConsoleController
@RequestMapping("/disclosure/columns")
class DisclosureColumnConsole {

	private final DisclosureColumns columns;
	private final Sites sites;

	DisclosureColumnConsole(DisclosureColumns columns, Sites sites) {
		this.columns = columns;
		this.sites = sites;
	}

	@GetMapping
	String page(@RequestParam(required = false) @Nullable String site, Model model) {
		return page(site, List.of(), null, model);
	}

	@PostMapping
	String setUp(@RequestParam String site, @RequestParam(required = false) @Nullable String bodyCode,
			HttpServletResponse response, RedirectAttributes redirect, Model model) {
		var id = SitePaths.site(site);
		return ConsoleForms.attempt(response, () -> {
			var view = columns.setUp(id, new DisclosureColumns.SetUpForm(bodyCode));
			long created = view.parts().stream().filter(DisclosureColumns.Part::created).count();
			redirect.addFlashAttribute(ConsoleForms.FLASH, created == 0 ? "政府信息公开专栏已齐全，索引号机关代码已保存"
					: "已新建 " + created + " 个栏目，政府信息公开专栏已齐全");
			return "redirect:/disclosure/columns?site=" + id.value();
		}, refusal -> page(site, refusal.reasons(), bodyCode, model));
	}

	private String page(@Nullable String site, List<String> reasons, @Nullable String typedBodyCode, Model model) {
		var user = CurrentUser.fromContext().orElseThrow(() -> Refusal.forbidden("请先登录"));
		var choices = sites.all().stream().filter(s -> s.type().isGovernment() && s.status().isActive())
			.filter(s -> user.hasPlatformRole(Role.SYSTEM_ADMIN) || user.hasPlatformRole(Role.SUPERVISOR)
					|| user.hasPlatformRole(Role.CO_REGULATOR) || user.hasRoleOn(Role.SITE_ADMIN, s.id())
					|| user.hasRoleOn(Role.EDITOR, s.id()) || user.hasRoleOn(Role.DISCLOSURE_OFFICER, s.id()))
			.toList();
		SiteView chosen = null;
		if (site != null && !site.isBlank()) {
			var id = SitePaths.site(site);
			chosen = sites.get(id);
		}
		else if (choices.size() == 1) {
			chosen = choices.get(0);
		}
		model.addAttribute("section", "disclosure-columns");
		model.addAttribute("choices", choices);
		model.addAttribute("chosen", chosen);
		model.addAttribute("reasons", reasons);
		model.addAttribute("fieldErrors", Map.of());
		if (chosen != null) {
			var view = columns.get(chosen.id());
			model.addAttribute("view", view);
			model.addAttribute("bodyCode", typedBodyCode != null ? typedBodyCode
					: view.bodyCode() != null ? view.bodyCode() : chosen.siteCode());
			model.addAttribute("canSetUp", user.hasRoleOn(Role.SITE_ADMIN, chosen.id())
					|| user.hasPlatformRole(Role.SYSTEM_ADMIN));
		}
		return "disclosure/columns";
	}

}
