package org.govsite.search;

import java.time.Instant;
import java.util.List;

import org.govsite.content.ArticleId;
import org.govsite.content.ArticleKind;
import org.govsite.content.Validity;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * What the index holds of one live article: plain texts (HTML already reduced to text), facets for filtering, and the
 * names shown in results (denormalised at indexing time; a rebuild refreshes renamed sites and columns).
 */
public record SearchDocument(ArticleId id, SiteId siteId, String siteName, @Nullable String siteCode,
		List<String> columnIds, List<String> columnNames, ArticleKind kind, @Nullable Validity validity,
		Instant publishedAt, String title, String body, @Nullable String documentNo, @Nullable String summary,
		@Nullable String keywords, @Nullable String issuingAuthority, String attachmentText) {

	public SearchDocument {
		columnIds = List.copyOf(columnIds);
		columnNames = List.copyOf(columnNames);
	}
}
