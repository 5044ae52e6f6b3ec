package org.govsite.content;

import java.time.Instant;
import java.time.LocalDate;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/** A live article that carries a 索引号: one line of the 政府信息公开目录, as its live revision has it. */
public record CatalogueEntry(ArticleId id, SiteId siteId, ArticleKind kind, String title, String indexNo,
		@Nullable String issuingAuthority, @Nullable String documentNo, @Nullable LocalDate writtenOn,
		@Nullable LocalDate issuedOn, @Nullable String subjectCategory, @Nullable Validity validity,
		@Nullable LocalDate validityChangedOn, Instant publishedAt) {
}
