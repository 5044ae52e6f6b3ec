package org.govsite.site;

/** Published when a site was registered (its application filed). */
public record SiteRegistered(SiteId siteId, SiteType type) {
}
