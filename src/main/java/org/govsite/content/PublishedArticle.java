package org.govsite.content;

import java.time.Instant;
import java.util.List;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * A live article as the public sees it: its live revision (not a draft being edited), where it is placed (home column
 * first, then references, possibly on other sites), its policy ↔ interpretation links and attachments.
 */
public record PublishedArticle(ArticleId id, SiteId siteId, ColumnId homeColumnId, List<ColumnId> columns,
		ArticleKind kind, @Nullable InterpretationType interpretationType, boolean important, Instant publishedAt,
		int revisionNumber, RevisionView revision, List<ArticleId> policies, List<ArticleId> interpretations,
		List<AttachmentView> attachments) {
}
