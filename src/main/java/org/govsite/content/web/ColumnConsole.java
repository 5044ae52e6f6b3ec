package org.govsite.content.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Valid;
import org.govsite.content.ArticleId;
import org.govsite.content.ArticleView;
import org.govsite.content.Articles;
import org.govsite.content.ColumnId;
import org.govsite.content.ColumnKind;
import org.govsite.content.ColumnStatus;
import org.govsite.content.ColumnView;
import org.govsite.content.Columns;
import org.govsite.content.TopicId;
import org.govsite.content.TopicView;
import org.govsite.content.Topics;
import org.govsite.content.UpdateClass;
import org.govsite.iam.Role;
import org.govsite.iam.UserAccounts;
import org.govsite.iam.UserView;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.site.SiteId;
import org.govsite.site.SiteView;
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
 * 栏目管理: the sites a person works on with their overdue and empty columns, each site's column tree with every
 * column's standing against its update deadline, and (site administrators) creating, changing, hiding and deleting
 * columns and moving their content. Each column's page lists its articles.
 */
@ConsoleController
@RequestMapping("/content")
@PreAuthorize(ContentRoles.ANY)
class ColumnConsole {

	/** A site on the picker with its counts of columns that need attention. */
	record SiteSummary(SiteView site, long columns, long overdue, long dueSoon, long empty) {
	}

	/** A column in tree order with its depth (0 for a first-level column). */
	record ColumnRow(ColumnView column, int depth) {
	}

	/** The operations on a column that take a reason or a target. */
	enum Operation {
		HIDE("隐藏栏目"), DELETE("删除栏目"), MOVE("移动内容");

		private final String label;

		Operation(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	private final Columns columns;
	private final Articles articles;
	private final Sites sites;
	private final UserAccounts accounts;
	private final Topics topics;
	private final org.govsite.content.ArticleBatches batches;

	ColumnConsole(Columns columns, Articles articles, Sites sites, UserAccounts accounts, Topics topics,
			org.govsite.content.ArticleBatches batches) {
		this.batches = batches;
		this.columns = columns;
		this.articles = articles;
		this.sites = sites;
		this.accounts = accounts;
		this.topics = topics;
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("section", "content");
		model.addAttribute("kinds", ColumnKind.values());
		model.addAttribute("updateClasses", UpdateClass.values());
		model.addAttribute("operations", Operation.values());
	}

	@GetMapping
	String sitePicker(Model model) {
		var me = ContentRoles.me();
		var summaries = ContentRoles.sitesOf(me, sites).stream().map(site -> {
			var list = columns.ofSiteForMe(site.id());
			return new SiteSummary(site, list.size(), count(list, ColumnStatus.OVERDUE), count(list, ColumnStatus.DUE_SOON),
					count(list, ColumnStatus.EMPTY));
		}).toList();
		model.addAttribute("summaries", summaries);
		return "content/sites";
	}

	private static long count(List<ColumnView> list, ColumnStatus status) {
		return list.stream().filter(column -> column.standing().status() == status).count();
	}

	/**
	 * The site's column tree; with {@code topic}, only that special topic's columns. Topic columns are marked with the
	 * topic's name (and status) everywhere.
	 */
	@GetMapping("/sites/{siteId}/columns")
	String tree(@PathVariable SiteId siteId, @RequestParam(required = false) @Nullable TopicId topic, Model model) {
		ContentRoles.requireRead(siteId);
		var site = sites.get(siteId);
		model.addAttribute("site", site);
		var siteTopics = topicsOf(siteId);
		var chosen = topic == null ? null : siteTopics.get(topic);
		if (topic != null && chosen == null) {
			throw Refusal.notFound("该网站没有这个专题");
		}
		model.addAttribute("topics", siteTopics);
		model.addAttribute("topic", chosen);
		var list = columns.ofSiteForMe(siteId);
		if (chosen != null) {
			list = list.stream().filter(column -> chosen.id().equals(column.topicId())).toList();
		}
		model.addAttribute("rows", tree(list));
		model.addAttribute("mayEdit", ContentRoles.mayEditColumns(ContentRoles.me(), siteId));
		model.addAttribute("mayWrite", ContentRoles.mayWrite(ContentRoles.me(), siteId));
		return "content/columns";
	}

	/** The site's topics by id, in the service's order (newest first). */
	private Map<TopicId, TopicView> topicsOf(SiteId siteId) {
		var map = new java.util.LinkedHashMap<TopicId, TopicView>();
		topics.ofSite(siteId).forEach(topic -> map.put(topic.id(), topic));
		return map;
	}

	/** Depth-first, each level in the service's display order; orphans (a parent on another page) come last. */
	static List<ColumnRow> tree(List<ColumnView> list) {
		var rows = new ArrayList<ColumnRow>();
		var placed = new HashSet<ColumnId>();
		for (var column : list) {
			if (column.parentId() == null) {
				add(column, 0, list, rows, placed);
			}
		}
		// roots of a partial tree (a column-scoped account sees its subtrees only): columns whose parent is not listed
		var listed = new HashSet<ColumnId>();
		list.forEach(column -> listed.add(column.id()));
		for (var column : list) {
			if (!placed.contains(column.id()) && !listed.contains(column.parentId())) {
				add(column, 0, list, rows, placed);
			}
		}
		for (var column : list) {
			if (!placed.contains(column.id())) {
				add(column, 0, list, rows, placed);
			}
		}
		return rows;
	}

	private static void add(ColumnView column, int depth, List<ColumnView> all, List<ColumnRow> rows, Set<ColumnId> placed) {
		if (!placed.add(column.id())) {
			return;
		}
		rows.add(new ColumnRow(column, Math.min(depth, 5)));
		for (var child : all) {
			if (column.id().equals(child.parentId())) {
				add(child, depth + 1, all, rows, placed);
			}
		}
	}

	@GetMapping("/columns/{id}")
	String column(@PathVariable ColumnId id, Model model) {
		var column = columns.get(id);
		ContentRoles.requireRead(column.siteId());
		var me = ContentRoles.me();
		model.addAttribute("column", column);
		model.addAttribute("site", sites.get(column.siteId()));
		model.addAttribute("parent", column.parentId() == null ? null : columns.find(column.parentId()).orElse(null));
		model.addAttribute("topic", column.topicId() == null ? null : topics.find(column.topicId()).orElse(null));
		List<ArticleView> list = articles.inColumn(id);
		model.addAttribute("articles", list);
		model.addAttribute("mayEdit", ContentRoles.mayEditColumns(me, column.siteId()));
		model.addAttribute("mayWrite", column.kind().holdsArticles() && articles.mayWriteIn(column.id()));
		model.addAttribute("targets", moveTargets(column));
		model.addAttribute("pinned", batches.pinnedIn(id).stream().map(ArticleId::new).collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("batchOperations", org.govsite.content.ArticleBatches.Operation.values());
		model.addAttribute("batchTargets", batchTargets(column));
		model.addAttribute("mayBatch", !list.isEmpty() && (articles.mayWriteIn(id) || ContentRoles.mayEditColumns(me, column.siteId())));
		model.addAttribute("editorName", column.responsibleEditor() == null ? null
				: accounts.find(column.responsibleEditor()).map(UserView::displayName).orElse(null));
		return "content/column";
	}

	/** A site's columns the person may move or copy articles into (信息报送 across the site group). */
	record SiteColumns(String siteName, List<ColumnView> columns) {
	}

	private List<SiteColumns> batchTargets(ColumnView column) {
		var me = ContentRoles.me();
		return ContentRoles.editedSites(me, sites).stream()
			.map(site -> new SiteColumns(site.name(), columns.ofSiteForMe(site.id()).stream()
				.filter(target -> target.kind().holdsArticles() && !target.id().equals(column.id()))
				.toList()))
			.filter(group -> !group.columns().isEmpty())
			.toList();
	}

	/** 批量操作 on the column's list: each chosen article done or refused with its reasons (the same as the API). */
	@PostMapping("/columns/{id}/batch")
	String batch(@PathVariable ColumnId id, @RequestParam(required = false) org.govsite.content.ArticleBatches.@Nullable Operation operation,
			@RequestParam(name = "ids", required = false) @Nullable List<ArticleId> ids,
			@RequestParam(required = false) @Nullable ColumnId target, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		var column = columns.get(id);
		ContentRoles.requireRead(column.siteId());
		try {
			var result = batches.apply(operation, ids == null ? List.of() : ids, id, target, reason);
			if (!result.done().isEmpty()) {
				redirect.addFlashAttribute(ConsoleForms.FLASH,
						"已「" + operation.label() + "」" + result.done().size() + " 条信息");
			}
			if (!result.refused().isEmpty()) {
				ContentRoles.refused(redirect, "以下信息未能" + operation.label(), result.refused().stream()
					.map(item -> title(item.articleId()) + "：" + String.join("；", item.reasons())).toList());
			}
		}
		catch (Refusal refusal) {
			if (refusal.kind() == Refusal.Kind.FORBIDDEN) {
				throw refusal;
			}
			ContentRoles.refused(redirect, "未能执行批量操作", refusal.reasons());
		}
		return "redirect:/content/columns/" + id;
	}

	private String title(ArticleId id) {
		return "「" + articles.find(id).map(article -> article.revision().title()).orElse(id.toString()) + "」";
	}

	private List<ColumnView> moveTargets(ColumnView column) {
		return columns.ofSite(column.siteId()).stream()
			.filter(other -> !other.id().equals(column.id()) && other.kind().holdsArticles())
			.toList();
	}

	@GetMapping("/sites/{siteId}/columns/new")
	@PreAuthorize(ContentRoles.COLUMN_EDITORS)
	String createForm(@PathVariable SiteId siteId, @RequestParam(required = false) @Nullable ColumnId parent,
			@RequestParam(required = false) @Nullable TopicId topic, Model model) {
		var input = ColumnInput.empty();
		if (parent != null) {
			var parentTopic = columns.find(parent).map(ColumnView::topicId).orElse(null);
			input = new ColumnInput(parentTopic, parent, null, null, null, null, ColumnKind.LIST, null, null, null, false,
					false, 0, null);
		}
		else if (topic != null) {
			input = new ColumnInput(topic, null, null, null, null, null, ColumnKind.LIST, null, null, null, true, false, 0,
					null);
		}
		return form(model, siteId, null, input, List.of());
	}

	@PostMapping("/sites/{siteId}/columns")
	@PreAuthorize(ContentRoles.COLUMN_EDITORS)
	String create(@PathVariable SiteId siteId, @Valid @ModelAttribute("form") @Nullable ColumnInput form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (form == null || result.hasErrors()) {
			model.addAttribute("fieldErrors", ConsoleForms.fieldErrors(result));
			return form(model, siteId, null, form, List.of());
		}
		try {
			var column = columns.create(form.toForm(siteId));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已新建栏目「" + column.name() + "」");
			return "redirect:/content/sites/" + siteId + "/columns";
		}
		catch (Refusal refusal) {
			return form(model, siteId, null, form, refusal.reasons());
		}
	}

	@GetMapping("/columns/{id}/edit")
	@PreAuthorize(ContentRoles.COLUMN_EDITORS)
	String editForm(@PathVariable ColumnId id, Model model) {
		var column = columns.get(id);
		return form(model, column.siteId(), column, ColumnInput.of(column), List.of());
	}

	@PostMapping("/columns/{id}")
	@PreAuthorize(ContentRoles.COLUMN_EDITORS)
	String change(@PathVariable ColumnId id, @Valid @ModelAttribute("form") @Nullable ColumnInput form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var column = columns.get(id);
		if (form == null || result.hasErrors()) {
			model.addAttribute("fieldErrors", ConsoleForms.fieldErrors(result));
			return form(model, column.siteId(), column, form, List.of());
		}
		try {
			var changed = columns.change(id, form.toForm(column.siteId()));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已保存栏目「" + changed.name() + "」");
			return "redirect:/content/columns/" + id;
		}
		catch (Refusal refusal) {
			return form(model, column.siteId(), column, form, refusal.reasons());
		}
	}

	private String form(Model model, SiteId siteId, @Nullable ColumnView column, @Nullable ColumnInput form,
			List<String> reasons) {
		model.addAttribute("site", sites.get(siteId));
		model.addAttribute("column", column);
		model.addAttribute("form", form == null ? ColumnInput.empty() : form);
		model.addAttribute("reasons", reasons);
		model.addAttribute("topics", topics.ofSite(siteId));
		model.addAttribute("parents", columns.ofSite(siteId).stream()
			.filter(other -> column == null || !other.id().equals(column.id()))
			.toList());
		model.addAttribute("editors", accounts.all().stream()
			.filter(user -> user.grants().stream()
				.anyMatch(grant -> grant.role() == Role.EDITOR && (grant.siteId() == null || grant.siteId().equals(siteId))))
			.toList());
		if (!model.containsAttribute("fieldErrors")) {
			model.addAttribute("fieldErrors", Map.of());
		}
		return "content/column-form";
	}

	/** The operation's form as a page of its own: without JavaScript. */
	@GetMapping("/columns/{id}/operation")
	@PreAuthorize(ContentRoles.COLUMN_EDITORS)
	String operationForm(@PathVariable ColumnId id, @RequestParam Operation op, Model model) {
		var column = columns.get(id);
		model.addAttribute("column", column);
		model.addAttribute("op", op);
		model.addAttribute("targets", moveTargets(column));
		return "content/column-operation";
	}

	@PostMapping("/columns/{id}/operation")
	@PreAuthorize(ContentRoles.COLUMN_EDITORS)
	String operation(@PathVariable ColumnId id, @RequestParam Operation op,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable ColumnId target, RedirectAttributes redirect) {
		var column = columns.get(id);
		try {
			switch (op) {
				case HIDE -> {
					columns.hide(id, Objects.requireNonNullElse(reason, ""));
					redirect.addFlashAttribute(ConsoleForms.FLASH, "已隐藏栏目「" + column.name() + "」");
				}
				case DELETE -> {
					columns.delete(id, Objects.requireNonNullElse(reason, ""));
					redirect.addFlashAttribute(ConsoleForms.FLASH, "已删除栏目「" + column.name() + "」");
					return "redirect:/content/sites/" + column.siteId() + "/columns";
				}
				case MOVE -> {
					if (target == null) {
						throw Refusal.invalid("请选择要把内容移到的栏目");
					}
					int moved = columns.moveContent(id, target);
					redirect.addFlashAttribute(ConsoleForms.FLASH,
							"已把 " + moved + " 条内容移到「" + columns.get(target).name() + "」");
				}
			}
		}
		catch (Refusal refusal) {
			ContentRoles.refused(redirect, "未能" + op.label(), refusal.reasons());
		}
		return "redirect:/content/columns/" + id;
	}
}
