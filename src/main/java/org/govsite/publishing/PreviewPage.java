package org.govsite.publishing;

import java.nio.charset.StandardCharsets;

import org.govsite.content.ArticleId;
import org.govsite.content.Articles;
import org.govsite.content.Attachments;
import org.govsite.iam.CurrentUser;
import org.govsite.publishing.SitePages.Doc;
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
	private final SitePaths paths;
	private final SitePages pages;

	PreviewPage(Articles articles, Attachments attachments, SitePaths paths, SitePages pages) {
		this.articles = articles;
		this.attachments = attachments;
		this.paths = paths;
		this.pages = pages;
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
		var session = paths.session();
		var site = session.site(article.siteId());
		if (site == null) {
			throw Refusal.conflict("网站没有网站标识码或主域名，无法预览");
		}
		var publishedAt = article.publishedAt() != null ? article.publishedAt() : article.createdAt();
		var doc = new Doc(article.id(), article.siteId(), article.homeColumnId(), article.kind(), publishedAt,
				article.revision(), article.linkedPolicies(), article.linkedInterpretations(), attachments.of(articleId));
		var page = pages.article(session, site, doc, true);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
			.cacheControl(CacheControl.noStore())
			.header("X-Robots-Tag", "noindex, nofollow")
			.body(new String(page.content(), StandardCharsets.UTF_8));
	}
}
