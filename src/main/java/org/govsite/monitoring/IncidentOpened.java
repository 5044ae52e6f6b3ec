package org.govsite.monitoring;

import java.time.Instant;
import java.util.UUID;

import org.govsite.site.SiteId;

/**
 * An incident (故障) was opened: a site failed enough consecutive probes to be declared unreachable, or its published
 * files were found tampered with ({@code kind} says which).
 */
public record IncidentOpened(UUID incidentId, SiteId siteId, String siteName, IncidentLifecycle.Cause kind, String cause,
		Instant at) {
}
