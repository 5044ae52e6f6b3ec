package org.govsite.content;

import java.util.List;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * Which lines of the disclosure catalogue to list. Every part is optional. {@code year} is the document's year (成文日期,
 * else 发布日期 of the document, else the day it went live, in Beijing); {@code titleEndings} keeps titles ending in one of
 * the words (a 文种 such as 通知, optionally followed by a bracketed remark such as （试行）), or, with
 * {@code excludeEndings}, in none of them; {@code text} matches title, 文号 or 索引号.
 */
public record CatalogueFilter(@Nullable SiteId site, @Nullable String subjectCategory, @Nullable Integer year,
		@Nullable Validity validity, List<String> titleEndings, boolean excludeEndings, @Nullable String text) {

	public CatalogueFilter {
		titleEndings = List.copyOf(titleEndings);
	}
}
