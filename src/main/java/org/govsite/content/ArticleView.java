package org.govsite.content;

import java.time.Instant;
import java.util.List;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/** An article as other modules and the web see it: its working revision, its state, and what is live. */
public record ArticleView(ArticleId id, SiteId siteId, ColumnId homeColumnId, List<ColumnId> referencedIn,
		ArticleKind kind, @Nullable InterpretationType interpretationType, boolean important, ArticleState state,
		int currentRevision, @Nullable Integer liveRevision, @Nullable Instant publishedAt,
		@Nullable Instant withdrawnAt, boolean urgent, @Nullable ArticleState urgentReviewState, String createdBy,
		Instant createdAt, RevisionView revision, List<ArticleId> linkedPolicies, List<ArticleId> linkedInterpretations) {

	public String stateLabel() {
		return state.label();
	}

	/** Whether a version of this article is on the public site right now. */
	public boolean live() {
		return liveRevision != null && withdrawnAt == null;
	}
}
