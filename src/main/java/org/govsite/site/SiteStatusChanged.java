package org.govsite.site;

import java.time.Instant;

/** Published when a site moved in its lifecycle (e.g. opened, closed, merged). */
public record SiteStatusChanged(SiteId siteId, SiteStatus from, SiteStatus to, SiteAction action, String actor,
		Instant at) {
}
