package org.govsite.content.web;

import org.govsite.content.ArticleFinder;
import org.govsite.content.ArticleState;
import org.govsite.content.ColumnId;
import org.govsite.iam.CurrentUser;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.site.SiteId;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 信息检索 in the console: filters by site, state and a word of the title or 文号, 50 a page. */
@ConsoleController
class ArticleSearchConsole {

	private final ArticleFinder finder;
	private final Sites sites;

	ArticleSearchConsole(ArticleFinder finder, Sites sites) {
		this.finder = finder;
		this.sites = sites;
	}

	@GetMapping("/content/articles")
	String find(@RequestParam(required = false) @Nullable String siteId, @RequestParam(required = false) @Nullable String columnId,
			@RequestParam(required = false) @Nullable String state, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var me = CurrentUser.fromContext().orElseThrow();
		model.addAttribute("section", "content");
		model.addAttribute("sites", sites.all().stream()
			.filter(s -> org.govsite.content.ContentReaders.mayReadUnpublished(me, s.id())).toList());
		model.addAttribute("states", ArticleState.values());
		model.addAttribute("siteId", siteId == null ? "" : siteId);
		model.addAttribute("state", state == null ? "" : state);
		model.addAttribute("q", q == null ? "" : q);
		try {
			model.addAttribute("result", finder.find(new ArticleFinder.Criteria(SiteId.of(siteId), ColumnId.of(columnId),
					ArticleSearchApi.state(state), q, page)));
		}
		catch (Refusal refusal) {
			if (refusal.kind() == Refusal.Kind.FORBIDDEN) {
				throw refusal;
			}
			model.addAttribute("reasons", refusal.reasons());
		}
		return "content/articles";
	}
}
