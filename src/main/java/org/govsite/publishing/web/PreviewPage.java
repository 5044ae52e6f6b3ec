package org.govsite.publishing.web;

import java.nio.charset.StandardCharsets;

import org.govsite.content.ArticleId;
import org.govsite.content.Articles;
import org.govsite.content.Attachments;
import org.govsite.iam.CurrentUser;
import org.govsite.publishing.PublishingAccess;
import org.govsite.publishing.SiteRendering;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 预览: the current (draft) revision with the public template, for the site's editors and reviewers only. */
@ConsoleController
class PreviewPage {

	private final Articles articles;
	private final Attachments attachments;
	private final SiteRendering rendering;

	PreviewPage(Articles articles, Attachments attachments, SiteRendering rendering) {
		this.articles = articles;
		this.attachments = attachments;
		this.rendering = rendering;
	}

	@GetMapping("/preview/articles/{id}")
	ResponseEntity<String> preview(@PathVariable String id) {
		var articleId = ArticleId.of(id);
		if (articleId == null) {
			throw Refusal.notFound("信息不存在");
		}
		var user = CurrentUser.require();
		var article = articles.find(articleId).orElseThrow(() -> Refusal.notFound("信息不存在"));
		if (!PublishingAccess.mayPreview(user, article.siteId())) {
			throw Refusal.forbidden("只有本网站的编辑、审核人员和主管单位监管员、审计管理员才能预览稿件");
		}
		var page = rendering.preview(article, attachments.of(articleId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
			.cacheControl(CacheControl.noStore())
			.header("X-Robots-Tag", "noindex, nofollow")
			.body(new String(page, StandardCharsets.UTF_8));
	}
}
