package org.govsite.monitoring;

import java.time.Instant;
import java.util.UUID;

import org.govsite.site.SiteId;

/** An incident is over: the site answered again, or no tampered file is left ({@code kind} says which). */
public record IncidentClosed(UUID incidentId, SiteId siteId, String siteName, IncidentLifecycle.Cause kind, Instant at) {
}
