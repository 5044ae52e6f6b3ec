package org.govsite.content;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A column (栏目) of a site or of a special topic. Changed only through {@link Columns}. */
@Table("content_column")
class Column {

	@Id UUID id;
	@Version @Nullable Long version;
	UUID siteId;
	@Nullable UUID topicId;
	@Nullable UUID parentId;
	String name;
	String slug;
	@Nullable String description;
	@Nullable String keywords;
	ColumnKind kind;
	@Nullable String externalUrl;
	UpdateClass updateClass;
	@Nullable Integer deadlineDays;
	boolean firstLevel;
	boolean onHome;
	int sortOrder;
	boolean hidden;
	@Nullable UUID responsibleEditor;
	Instant createdAt;

	Column(UUID id, UUID siteId, String name, String slug, ColumnKind kind, UpdateClass updateClass, Instant createdAt) {
		this.id = id;
		this.siteId = siteId;
		this.name = name;
		this.slug = slug;
		this.kind = kind;
		this.updateClass = updateClass;
		this.createdAt = createdAt;
	}
}
