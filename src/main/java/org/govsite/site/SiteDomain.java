package org.govsite.site;

import org.springframework.data.relational.core.mapping.Table;

/** A domain name of a site: the main one or an alias. */
@Table("site_domain")
record SiteDomain(String name, boolean main) {
}
