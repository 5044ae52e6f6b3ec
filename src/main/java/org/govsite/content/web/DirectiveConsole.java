package org.govsite.content.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.govsite.content.ColumnId;
import org.govsite.content.ColumnView;
import org.govsite.content.Columns;
import org.govsite.content.DirectiveTargetView;
import org.govsite.content.DirectiveView;
import org.govsite.content.HeadlineDirectives;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.site.SiteId;
import org.govsite.site.SiteStatus;
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
 * 头条指令 (Art. 10): the cyberspace office issues headline directives to running sites and watches the board of every
 * target's standing; editors and site administrators adopt a pending directive for their site (it becomes a draft in
 * the column they choose, then follows 三审) or record why not.
 */
@ConsoleController
@RequestMapping("/content/directives")
@PreAuthorize(ContentRoles.ANY)
class DirectiveConsole {

	/** A directive on the board with each target site's answer. */
	record DirectiveGroup(UUID id, String title, Instant deadline, @Nullable DirectiveView directive,
			List<DirectiveTargetView> targets) {
	}

	/** A pending target the user answers, with the columns of its site that can take the draft. */
	record PendingRow(DirectiveTargetView target, @Nullable DirectiveView directive, List<ColumnView> columns,
			@Nullable ColumnId suggested) {
	}

	private final HeadlineDirectives directives;
	private final Columns columns;
	private final Sites sites;
	private final DirectiveAccess access;

	DirectiveConsole(HeadlineDirectives directives, Columns columns, Sites sites, DirectiveAccess access) {
		this.directives = directives;
		this.columns = columns;
		this.sites = sites;
		this.access = access;
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("section", "directives");
	}

	@GetMapping
	String board(Model model) {
		var me = ContentRoles.me();
		boolean all = access.seesAll(me);
		var rows = directives.board(null).stream()
			.filter(target -> all || answersFor(me, target.siteId()))
			.toList();
		var groups = new LinkedHashMap<UUID, DirectiveGroup>();
		for (var row : rows) {
			groups.computeIfAbsent(row.directiveId(),
					id -> new DirectiveGroup(id, row.directiveTitle(), row.deadline(), directives.find(id).orElse(null),
							new ArrayList<>()))
				.targets().add(row);
		}
		var columnsBySite = new java.util.HashMap<SiteId, List<ColumnView>>();
		var pending = rows.stream()
			.filter(target -> target.pending() && answersFor(me, target.siteId()))
			.map(target -> {
				var choices = columnsBySite.computeIfAbsent(target.siteId(), site -> columns.ofSite(site).stream()
					.filter(column -> column.kind().holdsArticles() && !column.hidden())
					.toList());
				var suggested = choices.stream().filter(column -> "toutiao".equals(column.slug())).findFirst()
					.map(ColumnView::id).orElse(null);
				return new PendingRow(target, groups.get(target.directiveId()).directive(), choices, suggested);
			})
			.toList();
		model.addAttribute("groups", List.copyOf(groups.values()));
		model.addAttribute("pending", pending);
		model.addAttribute("mayIssue", access.cyberspaceOffice(me));
		model.addAttribute("seesAll", all);
		return "content/directives";
	}

	private static boolean answersFor(CurrentUser user, SiteId site) {
		return user.hasRoleOn(Role.EDITOR, site) || user.hasRoleOn(Role.SITE_ADMIN, site);
	}

	@GetMapping("/new")
	String issueForm(Model model) {
		requireIssuer();
		return form(model, DirectiveInput.empty(), List.of());
	}

	@PostMapping
	String issue(@Valid @ModelAttribute("form") @Nullable DirectiveInput form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		requireIssuer();
		if (form == null) {
			return form(model, DirectiveInput.empty(), List.of());
		}
		var parsed = form.parse();
		if (result.hasErrors() || parsed.form() == null) {
			model.addAttribute("fieldErrors", TopicInput.merge(ConsoleForms.fieldErrors(result), parsed.errors()));
			return form(model, form, List.of());
		}
		try {
			directives.issue(parsed.form());
			redirect.addFlashAttribute(ConsoleForms.FLASH,
					"已下发指令「" + form.title().trim() + "」到 " + parsed.form().targetSiteIds().size() + " 个网站");
			return "redirect:/content/directives";
		}
		catch (Refusal refusal) {
			return form(model, form, refusal.reasons());
		}
	}

	private void requireIssuer() {
		if (!access.cyberspaceOffice(ContentRoles.me())) {
			throw Refusal.forbidden("只有网信办的账号才能下发网站头条信息发布指令");
		}
	}

	private String form(Model model, DirectiveInput form, List<String> reasons) {
		model.addAttribute("form", form);
		model.addAttribute("reasons", reasons);
		model.addAttribute("runningSites", sites.all().stream().filter(site -> site.status() == SiteStatus.RUNNING).toList());
		if (!model.containsAttribute("fieldErrors")) {
			model.addAttribute("fieldErrors", Map.of());
		}
		return "content/directive-form";
	}

	@PostMapping("/{id}/sites/{siteId}/adopt")
	String adopt(@PathVariable UUID id, @PathVariable SiteId siteId, @RequestParam(required = false) @Nullable ColumnId column,
			RedirectAttributes redirect) {
		ContentRoles.requireRead(siteId);
		try {
			if (column == null) {
				throw Refusal.invalid("请选择采用到的栏目");
			}
			var article = directives.adopt(id, siteId, column);
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已采用指令，在「" + columns.get(column).name() + "」生成草稿「"
					+ article.revision().title() + "」，请核对后提交审核");
			return "redirect:/content/articles/" + article.id();
		}
		catch (Refusal refusal) {
			ContentRoles.refused(redirect, "未能采用指令", refusal.reasons());
			return "redirect:/content/directives";
		}
	}

	/** The decline form as a page of its own: without JavaScript. */
	@GetMapping("/{id}/sites/{siteId}/decline")
	String declineForm(@PathVariable UUID id, @PathVariable SiteId siteId, Model model) {
		ContentRoles.requireRead(siteId);
		var target = directives.board(siteId).stream().filter(row -> row.directiveId().equals(id)).findFirst()
			.orElseThrow(() -> Refusal.notFound("该网站不是此指令的目标网站"));
		model.addAttribute("target", target);
		return "content/directive-decline";
	}

	@PostMapping("/{id}/sites/{siteId}/decline")
	String decline(@PathVariable UUID id, @PathVariable SiteId siteId, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		ContentRoles.requireRead(siteId);
		try {
			directives.decline(id, siteId, reason == null ? "" : reason);
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已记录不采用的理由");
		}
		catch (Refusal refusal) {
			ContentRoles.refused(redirect, "未能记录不采用", refusal.reasons());
		}
		return "redirect:/content/directives";
	}
}
