package org.govsite.content;

import org.govsite.site.SiteId;

/** Published when a column was created, changed, hidden, deleted or had its content moved: the pages showing it change. */
public record ColumnChanged(ColumnId columnId, SiteId siteId) {
}
