package org.govsite.content;

import org.govsite.iam.UserId;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/** A column with its computed standing against the update deadline (and its responsible editor, if one is named). */
public record ColumnView(ColumnId id, SiteId siteId, @Nullable TopicId topicId, @Nullable ColumnId parentId, String name,
		String slug, @Nullable String description, @Nullable String keywords, ColumnKind kind,
		@Nullable String externalUrl, UpdateClass updateClass, @Nullable Integer deadlineDays, boolean firstLevel,
		boolean onHome, int sortOrder, boolean hidden, long publishedCount, ColumnStanding standing,
		@Nullable UserId responsibleEditor) {

	public String kindLabel() {
		return kind.label();
	}

	public String updateClassLabel() {
		return updateClass.label();
	}
}
