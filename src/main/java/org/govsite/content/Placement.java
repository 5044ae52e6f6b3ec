package org.govsite.content;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** Where an article appears: its home column, or a reference into another column (possibly of another site). */
@Table("article_placement")
record Placement(UUID columnId, boolean home) {
}
