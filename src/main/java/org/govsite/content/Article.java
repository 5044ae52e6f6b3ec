package org.govsite.content;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The article aggregate: which revision is being worked on and where it stands in 三审, which revision is live, and
 * where the article is placed. Revisions themselves are append-only rows kept by {@link Revisions}.
 */
@Table("article")
class Article {

	@Id UUID id;
	@Version @Nullable Long version;
	UUID siteId;
	UUID homeColumnId;
	ArticleKind kind;
	@Nullable InterpretationType interpretationType;
	boolean important;
	ArticleState state;
	int currentRevision;
	@Nullable Integer liveRevision;
	@Nullable Instant publishedAt;
	@Nullable Instant withdrawnAt;
	boolean urgent;
	@Nullable String urgentPublisher;
	/** For an urgently published article: the review step still owed afterwards, or null when all are done. */
	@Nullable ArticleState urgentReviewState;
	String createdBy;
	Instant createdAt;
	@MappedCollection(idColumn = "article_id") Set<Placement> placements = new HashSet<>();

	Article(UUID id, UUID siteId, UUID homeColumnId, ArticleKind kind, boolean important, String createdBy,
			Instant createdAt) {
		this.id = id;
		this.siteId = siteId;
		this.homeColumnId = homeColumnId;
		this.kind = kind;
		this.important = important;
		this.state = ArticleState.DRAFT;
		this.currentRevision = 1;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	boolean isLive() {
		return liveRevision != null && withdrawnAt == null;
	}

	void placeHome(UUID columnId) {
		placements.removeIf(Placement::home);
		placements.removeIf(p -> p.columnId().equals(columnId));
		placements.add(new Placement(columnId, true));
		homeColumnId = columnId;
	}
}
