package org.govsite.monitoring;

import java.time.Instant;
import java.util.UUID;

import org.govsite.site.SiteId;

/** A problem was found on a site for the first time, or again after it had been fixed. */
public record FindingOpened(UUID findingId, SiteId siteId, String siteName, Check check, String kind, Severity severity,
		String url, String summary, Instant at) {
}
