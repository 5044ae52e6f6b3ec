package org.govsite.content;

import java.util.Optional;
import java.util.function.Predicate;

import org.govsite.site.SiteId;

/**
 * Gives 索引号 (the index number of 政府信息公开) to articles filed where disclosure asks for one. Content owns the
 * articles and asks; the disclosure module, which knows the site's disclosure column and its body's numbering rule,
 * answers. An article keeps the number it was given; a number typed in by the editor is kept as typed (unique).
 */
public interface IndexNumbering {

	/**
	 * The next 索引号 for an article filed in {@code column} of {@code site}, dated in {@code year}; empty when the
	 * column is not part of a disclosure column. {@code taken} tells numbers already in use (typed in by hand), which
	 * are skipped; a number once handed out is never handed out again.
	 */
	Optional<String> next(SiteId site, ColumnId column, int year, Predicate<String> taken);
}
