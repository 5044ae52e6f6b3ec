package org.govsite.publishing;

import java.util.List;
import java.util.Optional;

import org.govsite.content.ArticleView;
import org.govsite.content.AttachmentView;
import org.govsite.publishing.SitePages.Doc;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.springframework.stereotype.Service;

/**
 * The public sites' pages as the platform's own web pages need them, rendered on request and never published: a
 * draft's preview with the public template, and a site's chrome around the platform's public pages.
 */
@Service
public class SiteRendering {

	private final SitePaths paths;
	private final SitePages pages;

	SiteRendering(SitePaths paths, SitePages pages) {
		this.paths = paths;
		this.pages = pages;
	}

	/**
	 * The article page of the article's current (draft) revision, its relative links resolving as if it were already at
	 * its place; refused while the site has no address. The caller decides who may see it.
	 */
	public byte[] preview(ArticleView article, List<AttachmentView> attachments) {
		var session = paths.session();
		var site = session.site(article.siteId());
		if (site == null) {
			throw Refusal.conflict("网站没有网站标识码或主域名，无法预览");
		}
		var publishedAt = article.publishedAt() != null ? article.publishedAt() : article.createdAt();
		var doc = new Doc(article.id(), article.siteId(), article.homeColumnId(), article.kind(), publishedAt,
				article.revision(), article.linkedPolicies(), article.linkedInterpretations(), attachments);
		return pages.article(session, site, doc, true).content();
	}

	/** The site's header, navigation and footer with links into the site; empty while the site has no address. */
	public Optional<SiteChrome> chrome(SiteId site) {
		var found = paths.session().site(site);
		return found == null ? Optional.empty() : Optional.of(pages.chrome(found));
	}
}
