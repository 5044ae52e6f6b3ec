package org.govsite.content;

import org.govsite.site.SiteId;

/** Published when an article was taken off the public site. */
public record ArticleWithdrawn(ArticleId articleId, SiteId siteId) {
}
