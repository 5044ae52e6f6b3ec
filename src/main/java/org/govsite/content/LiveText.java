package org.govsite.content;

import org.govsite.site.SiteId;

/**
 * The words of a live article as a content check reads them: its live revision's title and body (sanitised HTML), on
 * its home site. For checks that walk every live article ({@link PublicContent#liveTexts}).
 */
public record LiveText(ArticleId id, SiteId siteId, String title, String body) {
}
