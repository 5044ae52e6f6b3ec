package org.govsite.monitoring;

import java.time.Instant;
import java.util.UUID;

import org.govsite.site.SiteId;

/** A site failed enough consecutive probes to be declared unreachable (故障). */
public record IncidentOpened(UUID incidentId, SiteId siteId, String siteName, String cause, Instant at) {
}
