package org.govsite.content.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.govsite.content.TopicId;
import org.govsite.content.TopicView;
import org.govsite.content.Topics;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.site.SiteId;
import org.govsite.site.Sites;
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

/**
 * 专题专栏 (Art. 16): a site's special topics with their status, dates and banner; (site administrators) opening,
 * starting and archiving them. Each topic's columns are the site's column tree filtered to the topic.
 */
@ConsoleController
@RequestMapping("/content")
@PreAuthorize(ContentRoles.ANY)
class TopicConsole {

	private final Topics topics;
	private final Sites sites;

	TopicConsole(Topics topics, Sites sites) {
		this.topics = topics;
		this.sites = sites;
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("section", "content");
	}

	@GetMapping("/sites/{siteId}/topics")
	String list(@PathVariable SiteId siteId, Model model) {
		ContentRoles.requireRead(siteId);
		model.addAttribute("site", sites.get(siteId));
		model.addAttribute("topics", topics.ofSite(siteId));
		model.addAttribute("mayEdit", ContentRoles.mayEditColumns(ContentRoles.me(), siteId));
		return "content/topics";
	}

	@GetMapping("/sites/{siteId}/topics/new")
	@PreAuthorize(ContentRoles.COLUMN_EDITORS)
	String openForm(@PathVariable SiteId siteId, Model model) {
		return form(model, siteId, TopicInput.empty(), List.of());
	}

	@PostMapping("/sites/{siteId}/topics")
	@PreAuthorize(ContentRoles.COLUMN_EDITORS)
	String open(@PathVariable SiteId siteId, @Valid @ModelAttribute("form") @Nullable TopicInput form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (form == null) {
			return form(model, siteId, TopicInput.empty(), List.of());
		}
		var parsed = form.parse(siteId);
		if (result.hasErrors() || parsed.form() == null) {
			model.addAttribute("fieldErrors", TopicInput.merge(ConsoleForms.fieldErrors(result), parsed.errors()));
			return form(model, siteId, form, List.of());
		}
		try {
			var topic = topics.open(parsed.form());
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已开设专题「" + topic.name() + "」（筹备）");
			return "redirect:/content/sites/" + siteId + "/topics";
		}
		catch (Refusal refusal) {
			return form(model, siteId, form, refusal.reasons());
		}
	}

	private String form(Model model, SiteId siteId, TopicInput form, List<String> reasons) {
		model.addAttribute("site", sites.get(siteId));
		model.addAttribute("form", form);
		model.addAttribute("reasons", reasons);
		if (!model.containsAttribute("fieldErrors")) {
			model.addAttribute("fieldErrors", Map.of());
		}
		return "content/topic-form";
	}

	@PostMapping("/topics/{id}/start")
	@PreAuthorize(ContentRoles.COLUMN_EDITORS)
	String start(@PathVariable TopicId id, RedirectAttributes redirect) {
		var topic = topics.get(id);
		try {
			topics.start(id);
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已启动专题「" + topic.name() + "」");
		}
		catch (Refusal refusal) {
			ContentRoles.refused(redirect, "未能启动专题「" + topic.name() + "」", refusal.reasons());
		}
		return "redirect:/content/sites/" + topic.siteId() + "/topics";
	}

	/** The archive form as a page of its own: without JavaScript. */
	@GetMapping("/topics/{id}/archive")
	@PreAuthorize(ContentRoles.COLUMN_EDITORS)
	String archiveForm(@PathVariable TopicId id, Model model) {
		var topic = topics.get(id);
		ContentRoles.requireRead(topic.siteId());
		model.addAttribute("topic", topic);
		return "content/topic-archive";
	}

	@PostMapping("/topics/{id}/archive")
	@PreAuthorize(ContentRoles.COLUMN_EDITORS)
	String archive(@PathVariable TopicId id, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		TopicView topic = topics.get(id);
		try {
			topics.archive(id, reason);
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已归档专题「" + topic.name() + "」，其栏目不再考核更新期限");
		}
		catch (Refusal refusal) {
			ContentRoles.refused(redirect, "未能归档专题「" + topic.name() + "」", refusal.reasons());
		}
		return "redirect:/content/sites/" + topic.siteId() + "/topics";
	}
}
