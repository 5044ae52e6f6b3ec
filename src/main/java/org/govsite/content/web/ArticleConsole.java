package org.govsite.content.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.govsite.content.ArticleId;
import org.govsite.content.ArticleKind;
import org.govsite.content.ArticleView;
import org.govsite.content.Articles;
import org.govsite.content.ColumnId;
import org.govsite.content.ColumnView;
import org.govsite.content.Columns;
import org.govsite.content.ArticleChecks;
import org.govsite.content.ContentChecks;
import org.govsite.content.ContentReaders;
import org.govsite.content.DiffLine;
import org.govsite.content.InterpretationType;
import org.govsite.content.ReviewAction;
import org.govsite.iam.Role;
import org.govsite.content.Reviews;
import org.govsite.content.Validity;
import org.govsite.proofreading.Category;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
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
import org.springframework.web.util.HtmlUtils;

/**
 * 信息: write and edit articles with a rich-text editor, read one with its review history, take the 三审 actions the
 * service allows, compare and restore revisions, reference it into other columns and link interpretations to policies.
 * Every rule is the service's; refusals come back as its Chinese sentences.
 */
@ConsoleController
@RequestMapping("/content/articles")
@PreAuthorize(ContentRoles.ANY)
class ArticleConsole {

	/** Actions that need a comment or reason, offered in a dialog. */
	static final Set<ReviewAction> WITH_COMMENT = Set.of(ReviewAction.RETURN, ReviewAction.WITHDRAW,
			ReviewAction.URGENT_PUBLISH);

	private final Articles articles;
	private final Columns columns;
	private final Reviews reviews;
	private final Sites sites;

	private final org.govsite.content.Attachments attachments;
	private final ContentChecks checks;

	ArticleConsole(Articles articles, Columns columns, Reviews reviews, Sites sites,
			org.govsite.content.Attachments attachments, ContentChecks checks) {
		this.attachments = attachments;
		this.checks = checks;
		this.articles = articles;
		this.columns = columns;
		this.reviews = reviews;
		this.sites = sites;
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("section", "content");
		model.addAttribute("articleKinds", ArticleKind.values());
		model.addAttribute("interpretationTypes", InterpretationType.values());
		model.addAttribute("validities", Validity.values());
	}

	@GetMapping("/new")
	String createForm(@RequestParam ColumnId column, Model model) {
		var home = columns.get(column);
		ContentRoles.requireRead(home.siteId());
		return form(model, home, null, ArticleInput.empty(column), List.of());
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") @Nullable ArticleInput form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (form == null || form.columnId() == null) {
			throw Refusal.invalid("请选择所属栏目");
		}
		var home = columns.get(form.columnId());
		ContentRoles.requireRead(home.siteId());
		var parsed = form.parse();
		if (result.hasErrors() || parsed.form() == null) {
			model.addAttribute("fieldErrors", merge(ConsoleForms.fieldErrors(result), parsed.errors()));
			return form(model, home, null, form, List.of());
		}
		var written = parsed.form();
		return ConsoleForms.attempt(response, () -> {
			var article = articles.write(written);
			redirect.addFlashAttribute(ConsoleForms.FLASH,
					"已保存信息「" + article.revision().title() + "」（草稿，第 1 版）" + checkSummary(article.id()));
			return "redirect:/content/articles/" + article.id();
		}, refusal -> form(model, home, null, form, refusal.reasons()));
	}

	/** What the content check found in the saved revision, for the message after saving (the card lists it). */
	private String checkSummary(ArticleId id) {
		var found = checks.of(id);
		if (found.findings().isEmpty()) {
			return "";
		}
		return "。内容检查发现 " + found.findings().size() + " 处"
				+ (found.blockingCount() > 0 ? "，其中 " + found.blockingCount() + " 处将阻止发布" : "") + "，详见「内容检查」";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable ArticleId id, Model model) {
		var article = articles.get(id);
		ContentRoles.requireRead(article.siteId());
		if (articles.mayReadUnpublished(article)) {
			model.addAttribute("checks", checks.of(id));
		}
		return form(model, columns.get(article.homeColumnId()), article, ArticleInput.of(article), List.of());
	}

	@PostMapping("/{id}")
	String change(@PathVariable ArticleId id, @Valid @ModelAttribute("form") @Nullable ArticleInput form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		var article = articles.get(id);
		ContentRoles.requireRead(article.siteId());
		var home = columns.get(article.homeColumnId());
		var parsed = form == null ? null : form.parse();
		if (form == null || parsed == null || result.hasErrors() || parsed.form() == null) {
			model.addAttribute("fieldErrors",
					merge(ConsoleForms.fieldErrors(result), parsed == null ? Map.of() : parsed.errors()));
			return form(model, home, article, form, List.of());
		}
		var edited = parsed.form();
		return ConsoleForms.attempt(response, () -> {
			var saved = articles.edit(id, edited);
			redirect.addFlashAttribute(ConsoleForms.FLASH,
					"已保存信息「" + saved.revision().title() + "」（第 " + saved.currentRevision() + " 版）" + checkSummary(id));
			return "redirect:/content/articles/" + id;
		}, refusal -> form(model, home, article, form, refusal.reasons()));
	}

	private String form(Model model, ColumnView home, @Nullable ArticleView article, @Nullable ArticleInput form,
			List<String> reasons) {
		model.addAttribute("site", sites.get(home.siteId()));
		model.addAttribute("home", home);
		model.addAttribute("article", article);
		model.addAttribute("form", form == null ? ArticleInput.empty(home.id()) : form);
		model.addAttribute("reasons", reasons);
		model.addAttribute("homeColumns",
				columns.ofSiteForMe(home.siteId()).stream().filter(column -> column.kind().holdsArticles()).toList());
		if (!model.containsAttribute("fieldErrors")) {
			model.addAttribute("fieldErrors", Map.of());
		}
		return "content/article-form";
	}

	private static Map<String, List<String>> merge(Map<String, List<String>> a, Map<String, List<String>> b) {
		var all = new LinkedHashMap<String, List<String>>();
		a.forEach((field, messages) -> all.computeIfAbsent(field, f -> new ArrayList<>()).addAll(messages));
		b.forEach((field, messages) -> all.computeIfAbsent(field, f -> new ArrayList<>()).addAll(messages));
		return all;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable ArticleId id, Model model) {
		var article = articles.get(id);
		ContentRoles.requireRead(article.siteId());
		var me = ContentRoles.me();
		var home = columns.get(article.homeColumnId());
		model.addAttribute("article", article);
		model.addAttribute("site", sites.get(article.siteId()));
		model.addAttribute("home", home);
		model.addAttribute("referencedIn", article.referencedIn().stream().map(columns::find).flatMap(Optional::stream).toList());
		model.addAttribute("history", reviews.history(id));
		var allowed = Reviews.actionsFrom(article.state(), article.urgentReviewState());
		var actions = allowed.stream().filter(a -> a != ReviewAction.EDIT).toList();
		model.addAttribute("directActions", actions.stream().filter(a -> !WITH_COMMENT.contains(a)).sorted().toList());
		model.addAttribute("commentActions", actions.stream().filter(WITH_COMMENT::contains).sorted().toList());
		model.addAttribute("revisions",
				articles.mayReadUnpublished(article) ? articles.revisions(id) : List.of());
		model.addAttribute("policies", linked(article.linkedPolicies()));
		model.addAttribute("interpretations", linked(article.linkedInterpretations()));
		var mayWrite = articles.mayWriteIn(article.homeColumnId());
		model.addAttribute("mayEdit", mayWrite && allowed.contains(ReviewAction.EDIT));
		model.addAttribute("mayWrite", mayWrite);
		model.addAttribute("attachments", attachments.readable(id));
		model.addAttribute("mayAttach", mayWrite && article.state() != org.govsite.content.ArticleState.PUBLISHED);
		if (article.kind() == ArticleKind.INTERPRETATION && mayWrite) {
			model.addAttribute("policyChoices", policyChoices(article));
		}
		model.addAttribute("referenceTargets", referenceTargets(article));
		if (articles.mayReadUnpublished(article)) {
			model.addAttribute("checks", checks.of(id));
			model.addAttribute("mayDismiss", mayWrite && !article.state().inReview());
			model.addAttribute("mayRevoke", mayWrite || articles.reviewsAt(article));
		}
		return "content/article";
	}

	private List<ArticleView> linked(List<ArticleId> ids) {
		return ids.stream().map(articles::find).flatMap(Optional::stream).toList();
	}

	/** The policy documents of the interpretation's site not linked yet. */
	private List<ArticleView> policyChoices(ArticleView article) {
		var seen = new java.util.LinkedHashMap<ArticleId, ArticleView>();
		columns.ofSite(article.siteId()).stream().filter(column -> column.kind().holdsArticles())
			.flatMap(column -> articles.inColumn(column.id()).stream())
			.filter(candidate -> candidate.kind() == ArticleKind.POLICY && !article.linkedPolicies().contains(candidate.id()))
			.forEach(candidate -> seen.putIfAbsent(candidate.id(), candidate));
		return List.copyOf(seen.values());
	}

	/** A site's columns in which the article could be referenced: sites the user edits, article-holding, not placed. */
	record SiteColumns(String siteName, List<ColumnView> columns) {
	}

	private List<SiteColumns> referenceTargets(ArticleView article) {
		var me = ContentRoles.me();
		var placed = new java.util.HashSet<ColumnId>(article.referencedIn());
		placed.add(article.homeColumnId());
		return ContentRoles.editedSites(me, sites).stream()
			.filter(site -> me.hasRoleOn(org.govsite.iam.Role.EDITOR, site.id()))
			.map(site -> new SiteColumns(site.name(), columns.ofSiteForMe(site.id()).stream()
				.filter(column -> column.kind().holdsArticles() && !placed.contains(column.id()))
				.toList()))
			.filter(group -> !group.columns().isEmpty())
			.toList();
	}

	/**
	 * 审签单: the article's review record as a sheet to print and file — what was published, who wrote it, every step of
	 * 三审 with the person, the time and the opinion, and lines for the signatures the paper file keeps.
	 */
	@GetMapping("/{id}/sign-sheet")
	String signSheet(@PathVariable ArticleId id, Model model) {
		var article = articles.get(id);
		ContentRoles.requireRead(article.siteId());
		model.addAttribute("article", article);
		model.addAttribute("site", sites.get(article.siteId()));
		model.addAttribute("home", columns.get(article.homeColumnId()));
		model.addAttribute("history", reviews.history(id));
		model.addAttribute("printedAt", java.time.Instant.now());
		return "content/sign-sheet";
	}

	/** The action's comment form as a page of its own: without JavaScript. */
	@GetMapping("/{id}/actions")
	String actionForm(@PathVariable ArticleId id, @RequestParam ReviewAction action, Model model) {
		var article = articles.get(id);
		ContentRoles.requireRead(article.siteId());
		model.addAttribute("article", article);
		model.addAttribute("action", action);
		return "content/article-action";
	}

	@PostMapping("/{id}/actions")
	String act(@PathVariable ArticleId id, @RequestParam(required = false) @Nullable ReviewAction action,
			@RequestParam(required = false) @Nullable String comment, RedirectAttributes redirect) {
		var article = articles.get(id);
		ContentRoles.requireRead(article.siteId());
		try {
			// permission first (Reviews answers 403 to who has no business on the site), then the request
			var outcome = reviews.act(id, action, comment);
			redirect.addFlashAttribute(ConsoleForms.FLASH,
					"已执行「" + action.label() + "」，信息当前状态：" + outcome.article().stateLabel());
			if (!outcome.warnings().isEmpty()) {
				redirect.addFlashAttribute(ContentRoles.WARNINGS, new ArrayList<>(outcome.warnings()));
			}
		}
		catch (Refusal refusal) {
			if (refusal.kind() == Refusal.Kind.FORBIDDEN) {
				throw refusal;
			}
			var me = ContentRoles.me();
			if (action == ReviewAction.SUBMIT && !refusal.reasonsByField().isEmpty()
					&& articles.mayWriteIn(article.homeColumnId())) {
				// fields to fill in (a policy document's 文号, ...): the form, with each reason beside its field
				redirect.addFlashAttribute("fieldErrors", refusal.reasonsByField());
				redirect.addFlashAttribute("submitRefused", refusal.unplacedReasons());
				return "redirect:/content/articles/" + id + "/edit";
			}
			ContentRoles.refused(redirect, action == null ? "未能执行操作" : "未能执行「" + action.label() + "」",
					refusal.reasons());
		}
		return "redirect:/content/articles/" + id;
	}

	/** 标记误报: the finding no longer blocks; reviewers read the reason beside it. */
	@PostMapping("/{id}/checks/dismiss")
	String dismiss(@PathVariable ArticleId id, @RequestParam(required = false) @Nullable Category category,
			@RequestParam(required = false) @Nullable String matched,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		return onChecks(id, redirect, "未能标记误报", () -> {
			checks.dismiss(id, category, matched, reason);
			return "已将「" + matched + "」标记为误报";
		});
	}

	@PostMapping("/{id}/checks/revoke")
	String revoke(@PathVariable ArticleId id, @RequestParam(required = false) @Nullable Category category,
			@RequestParam(required = false) @Nullable String matched, RedirectAttributes redirect) {
		return onChecks(id, redirect, "未能撤销误报标记", () -> {
			checks.revoke(id, category, matched);
			return "已撤销「" + matched + "」的误报标记";
		});
	}

	/**
	 * A move on the article's 内容检查 card: done and said in the flash, or refused with its reasons (403 stays 403);
	 * back to the card either way.
	 */
	private String onChecks(ArticleId id, RedirectAttributes redirect, String refusedTitle,
			java.util.function.Supplier<String> move) {
		var article = articles.get(id);
		ContentRoles.requireRead(article.siteId());
		try {
			redirect.addFlashAttribute(ConsoleForms.FLASH, move.get());
		}
		catch (Refusal refusal) {
			if (refusal.kind() == Refusal.Kind.FORBIDDEN) {
				throw refusal;
			}
			ContentRoles.refused(redirect, refusedTitle, refusal.reasons());
		}
		return "redirect:/content/articles/" + id + "#checks";
	}

	@GetMapping("/{id}/diff")
	String diff(@PathVariable ArticleId id, @RequestParam(required = false) @Nullable Integer from,
			@RequestParam(required = false) @Nullable Integer to, Model model) {
		var article = articles.get(id);
		ContentRoles.requireRead(article.siteId());
		int newer = to == null ? article.currentRevision() : to;
		int older = from == null ? Math.max(1, newer - 1) : from;
		model.addAttribute("article", article);
		model.addAttribute("revisions", articles.revisions(id));
		model.addAttribute("from", older);
		model.addAttribute("to", newer);
		// Articles.diff's text can still carry hexadecimal character references (the sanitiser writes e.g. the
		// full-width colon as &#xff1a; and RichText.text decodes only decimal ones): decode them for display.
		model.addAttribute("lines", articles.diff(id, older, newer).stream()
			.map(line -> new DiffLine(line.kind(), HtmlUtils.htmlUnescape(line.text())))
			.toList());
		return "content/diff";
	}

	@PostMapping("/{id}/revisions/{number}/restore")
	String restore(@PathVariable ArticleId id, @PathVariable int number, RedirectAttributes redirect) {
		var article = articles.get(id);
		ContentRoles.requireRead(article.siteId());
		try {
			var restored = articles.restore(id, number);
			redirect.addFlashAttribute(ConsoleForms.FLASH,
					"已恢复第 " + number + " 版的内容，保存为第 " + restored.currentRevision() + " 版");
		}
		catch (Refusal refusal) {
			ContentRoles.refused(redirect, "未能恢复第 " + number + " 版", refusal.reasons());
		}
		return "redirect:/content/articles/" + id;
	}

	@PostMapping("/{id}/references")
	String reference(@PathVariable ArticleId id, @RequestParam(required = false) @Nullable ColumnId columnId,
			RedirectAttributes redirect) {
		var article = articles.get(id);
		ContentRoles.requireRead(article.siteId());
		try {
			if (columnId == null) {
				throw Refusal.invalid("请选择要引用到的栏目");
			}
			articles.reference(id, columnId);
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已引用到栏目「" + columns.get(columnId).name() + "」");
		}
		catch (Refusal refusal) {
			ContentRoles.refused(redirect, "未能引用到其他栏目", refusal.reasons());
		}
		return "redirect:/content/articles/" + id;
	}

	@PostMapping("/{id}/policies")
	String linkPolicy(@PathVariable ArticleId id, @RequestParam(required = false) @Nullable ArticleId policyId,
			RedirectAttributes redirect) {
		var article = articles.get(id);
		ContentRoles.requireRead(article.siteId());
		try {
			if (policyId == null) {
				throw Refusal.invalid("请选择要关联的政策文件");
			}
			articles.link(policyId, id);
			redirect.addFlashAttribute(ConsoleForms.FLASH,
					"已关联政策文件「" + articles.get(policyId).revision().title() + "」");
		}
		catch (Refusal refusal) {
			ContentRoles.refused(redirect, "未能关联政策文件", refusal.reasons());
		}
		return "redirect:/content/articles/" + id;
	}
}
