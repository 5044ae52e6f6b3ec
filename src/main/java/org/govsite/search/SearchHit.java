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
 * matched words; every other field is plain text. {@code url} is the article's public page.
 */
public record SearchHit(ArticleId id, String title, String titleHtml, String snippetHtml, SiteId siteId,
		String siteName, @Nullable String siteCode, List<String> columnNames, ArticleKind kind,
		@Nullable Validity validity, @Nullable String documentNo, Instant publishedAt, float score, @Nullable String url) {

	/** The same hit with the public address of its page (null while the page is not published yet). */
	public SearchHit withUrl(@Nullable String url) {
		return new SearchHit(id, title, titleHtml, snippetHtml, siteId, siteName, siteCode, columnNames, kind, validity,
				documentNo, publishedAt, score, url);
	}
}
