package org.govsite.search;

import java.time.Instant;
import java.util.List;

import org.govsite.content.ArticleId;
import org.govsite.content.ArticleKind;
import org.govsite.content.Validity;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * One result. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text whose only markup is {@code <em>} around
 * matched words; every other field is plain text.
 */
public record SearchHit(ArticleId id, String title, String titleHtml, String snippetHtml, SiteId siteId,
		String siteName, @Nullable String siteCode, List<String> columnNames, ArticleKind kind,
		@Nullable Validity validity, @Nullable String documentNo, Instant publishedAt, float score) {
}
