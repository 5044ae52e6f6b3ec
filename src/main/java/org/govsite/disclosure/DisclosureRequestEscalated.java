package org.govsite.disclosure;

import java.time.Instant;
import java.time.LocalDate;

import org.govsite.site.SiteId;

/** A request for disclosure passed its statutory deadline unanswered and was escalated to the supervisor. */
public record DisclosureRequestEscalated(DisclosureRequestId request, SiteId site, String trackingCode,
		LocalDate deadline, Instant at) {
}
