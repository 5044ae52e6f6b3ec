package org.govsite.monitoring;

import java.time.Instant;
import java.util.UUID;

import org.govsite.site.SiteId;

/** A site answered again: its incident is closed. */
public record IncidentClosed(UUID incidentId, SiteId siteId, String siteName, Instant at) {
}
