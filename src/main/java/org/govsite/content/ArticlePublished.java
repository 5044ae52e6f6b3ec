package org.govsite.content;

import org.govsite.site.SiteId;

/** Published when a revision of an article went live (first publication or an approved update). */
public record ArticlePublished(ArticleId articleId, SiteId siteId, int revision, boolean urgent) {
}
