package org.govsite.content.web;

import org.govsite.content.ArticleFinder;
import org.govsite.content.ArticleState;
import org.govsite.content.ColumnId;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 信息检索: {@code GET /api/v1/articles?siteId&columnId&state&q&page} — 50 a page, newest change first. */
@RestController
@RequestMapping("/api/v1")
class ArticleSearchApi {

	private final ArticleFinder finder;

	ArticleSearchApi(ArticleFinder finder) {
		this.finder = finder;
	}

	@GetMapping("/articles")
	ArticleFinder.Result find(@RequestParam(required = false) @Nullable String siteId,
			@RequestParam(required = false) @Nullable String columnId, @RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page) {
		return finder.find(new ArticleFinder.Criteria(SiteId.of(siteId), ColumnId.of(columnId), state(state), q, page));
	}

	static @Nullable ArticleState state(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			return ArticleState.valueOf(code.strip());
		}
		catch (IllegalArgumentException unknown) {
			throw Refusal.invalid("未知的信息状态「" + code + "」");
		}
	}
}
