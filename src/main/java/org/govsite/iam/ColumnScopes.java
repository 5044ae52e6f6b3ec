package org.govsite.iam;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govsite.site.SiteId;

/**
 * What the grant rules need to know about columns, which the content module keeps: implemented there, so that iam
 * does not depend on content. A grant scoped to a column names the column as the content module knows it.
 */
public interface ColumnScopes {

	/** The column's name, if it is a column of the site. */
	Optional<String> nameOn(SiteId site, UUID column);

	/** The columns of a site as the grant form offers them, in tree order, each labelled with its path. */
	List<Option> options(SiteId site);

	/** A column to choose: its id and its path of names (e.g. 「乡镇频道 › 通知公告」). */
	record Option(UUID id, String label) {
	}
}
