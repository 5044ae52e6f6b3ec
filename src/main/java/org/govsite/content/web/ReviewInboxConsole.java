package org.govsite.content.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.content.ArticleId;
import org.govsite.content.Articles;
import org.govsite.content.BatchResult;
import org.govsite.content.InboxItem;
import org.govsite.content.ReviewInbox;
import org.govsite.content.Reviews;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 审核待办, the one inbox: everything waiting for the signed-in person's review across all sites — articles at their
 * review step, with batch approval of ordinary ones (each approved or refused on its own, with the reasons), and what
 * other modules contribute ({@link ReviewInbox#others}: message replies to sign off) — each linked to the page where
 * it is reviewed.
 */
@ConsoleController
@RequestMapping("/review/inbox")
@PreAuthorize(ContentRoles.INBOX_HOLDER)
class ReviewInboxConsole {

	/** One item of a batch's result, named for people. */
	record ResultLine(@Nullable ArticleId articleId, String title, List<String> reasons) {
	}

	private final Reviews reviews;
	private final ReviewInbox inbox;
	private final Articles articles;
	private final Sites sites;

	ReviewInboxConsole(Reviews reviews, ReviewInbox inbox, Articles articles, Sites sites) {
		this.reviews = reviews;
		this.inbox = inbox;
		this.articles = articles;
		this.sites = sites;
	}

	@GetMapping
	String inbox(Model model) {
		return page(model, reviews.inbox());
	}

	@PostMapping("/approve")
	@PreAuthorize(ContentRoles.REVIEWER)
	String approveAll(@RequestParam(name = "ids", required = false) @Nullable List<String> ids, Model model) {
		var chosen = new ArrayList<ArticleId>();
		var unreadable = new ArrayList<ResultLine>();
		for (var text : ids == null ? List.<String>of() : ids) {
			try {
				var id = ArticleId.of(text);
				if (id != null) {
					chosen.add(id);
				}
			}
			catch (Refusal refusal) {
				unreadable.add(new ResultLine(null, text, refusal.reasons()));
			}
		}
		if (chosen.isEmpty() && unreadable.isEmpty()) {
			model.addAttribute("batchError", "请先勾选要通过的信息");
			return page(model, reviews.inbox());
		}
		BatchResult result = reviews.approveAll(chosen);
		model.addAttribute("approved", result.done().stream()
			.map(id -> new ResultLine(id, title(id), List.of())).toList());
		var refused = new ArrayList<>(unreadable);
		result.refused().forEach(r -> refused.add(new ResultLine(r.articleId(), title(r.articleId()), r.reasons())));
		model.addAttribute("batchRefused", refused);
		model.addAttribute("batchDone", true);
		return page(model, reviews.inbox());
	}

	private String title(ArticleId id) {
		return articles.find(id).map(article -> article.revision().title()).orElse(id.toString());
	}

	private String page(Model model, List<InboxItem> items) {
		Map<String, String> siteNames = new LinkedHashMap<>();
		sites.all().forEach(site -> siteNames.put(site.id().toString(), site.name()));
		model.addAttribute("section", "review");
		var others = inbox.others();
		model.addAttribute("items", items);
		model.addAttribute("checks", inbox.checksOf(items));
		model.addAttribute("others", others);
		model.addAttribute("siteNames", siteNames);
		model.addAttribute("inboxCount", items.size() + others.size());
		return "content/inbox";
	}
}
