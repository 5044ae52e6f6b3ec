package org.govsite.content;

import org.govsite.site.SiteId;

/**
 * Published when a live article was referenced (引用) into another column, of its own site or another: the column's
 * pages list it from now on. {@code siteId} is the article's own site.
 */
public record ArticleReferenced(ArticleId articleId, SiteId siteId, ColumnId columnId) {
}
