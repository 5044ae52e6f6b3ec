package org.govsite.interaction.web;

import java.util.UUID;

import org.govsite.iam.CurrentUser;
import org.govsite.interaction.ReplyTemplates;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.site.SiteId;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 常用语: the reply templates of the sites where the account answers messages — list, add, delete. */
@ConsoleController
@PreAuthorize("hasAnyRole('RESPONDER','SITE_ADMIN')")
class ReplyTemplateConsole {

	private final ReplyTemplates templates;
	private final Sites sites;

	ReplyTemplateConsole(ReplyTemplates templates, Sites sites) {
		this.templates = templates;
		this.sites = sites;
	}

	@GetMapping("/interaction/reply-templates")
	String list(Model model) {
		var me = CurrentUser.fromContext().orElseThrow();
		model.addAttribute("section", "interaction");
		model.addAttribute("tab", "reply-templates");
		model.addAttribute("templates", templates.mine(null));
		model.addAttribute("sites", ReplyTemplates.keepers(me).stream().map(sites::find).flatMap(java.util.Optional::stream).toList());
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", new ReplyTemplates.Form(null, "", ""));
		}
		return "interaction/console/reply-templates";
	}

	@PostMapping("/interaction/reply-templates")
	String create(@RequestParam(required = false) @Nullable String siteId, @RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String body, RedirectAttributes redirect) {
		var form = new ReplyTemplates.Form(SiteId.of(siteId), title, body);
		try {
			var created = templates.create(form);
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已新增常用语「" + created.title() + "」");
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("reasons", refusal.reasons());
			redirect.addFlashAttribute("typed", form);
		}
		return "redirect:/interaction/reply-templates";
	}

	@PostMapping("/interaction/reply-templates/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			templates.delete(id);
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已删除常用语");
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("reasons", refusal.reasons());
		}
		return "redirect:/interaction/reply-templates";
	}
}
