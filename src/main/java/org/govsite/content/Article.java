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

	// ------------------------------------------------------------ 三审 moves; ReviewWorkflow decides each target

	/** 提交审核. */
	void submit(ArticleState firstStep) {
		state = firstStep;
	}

	/** 审核通过: the next step, or live (or scheduled) after the last. */
	void pass(ArticleState next, Instant now, @Nullable Instant publishTime) {
		state = next;
		if (next == ArticleState.PUBLISHED) {
			goLive(now, publishTime);
		}
	}

	/** 退回修改. */
	void returnForChanges(ArticleState draft) {
		state = draft;
	}

	/** 立即发布 of a scheduled article, or its publish time reached. */
	void publish(ArticleState published, Instant now, @Nullable Instant publishTime) {
		state = published;
		goLive(now, publishTime);
	}

	/** 撤回: off the site, the revisions kept. */
	void withdraw(ArticleState withdrawn, Instant now) {
		state = withdrawn;
		withdrawnAt = now;
	}

	/** 紧急发布 (Art. 14): live at once; the first review step is owed afterwards by others than the publisher. */
	void publishUrgently(ArticleState published, String publisher, ArticleState firstOwed, Instant now,
			@Nullable Instant publishTime) {
		state = published;
		urgent = true;
		urgentPublisher = publisher;
		urgentReviewState = firstOwed;
		goLive(now, publishTime);
	}

	/** 补审 of the owed step; the article stops being flagged urgent once no step is owed. */
	void passOwedStep(@Nullable ArticleState nextOwed) {
		urgentReviewState = nextOwed;
		if (nextOwed == null) {
			urgent = false;
		}
	}

	/** 修改: a new revision; a published, scheduled or withdrawn article goes back to 草稿 while its live revision stays. */
	void startRevision(ArticleState draft) {
		currentRevision++;
		state = draft;
	}

	private void goLive(Instant now, @Nullable Instant publishTime) {
		liveRevision = currentRevision;
		withdrawnAt = null;
		if (publishedAt == null || publishTime != null) {
			publishedAt = publishTime == null ? now : publishTime;
		}
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
