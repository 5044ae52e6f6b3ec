package org.govsite.site;

/** Published when a site's registered details (name, domains, filings, sponsor) were changed. */
public record SiteChanged(SiteId siteId) {
}
