package org.govsite.site;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.govsite.unit.UnitId;
import org.jspecify.annotations.Nullable;

/** A site as other modules and the web see it. */
public record SiteView(SiteId id, String name, SiteType type, @Nullable String siteCode, UnitId sponsorUnitId,
		String sponsorUnitName, @Nullable UnitId operatorUnitId, @Nullable String operatorUnitName,
		@Nullable String mainDomain, List<String> aliases, @Nullable String icpFiling,
		@Nullable String publicSecurityFiling, @Nullable Short protectionLevel, SiteStatus status,
		@Nullable LocalDate closureNoticeFrom, @Nullable SiteId successorSiteId, @Nullable String archiveDecision,
		@Nullable LocalDate closedOn, @Nullable SiteId mergedIntoId, Instant createdAt, long version) {

	public String typeLabel() {
		return type.label();
	}

	public String statusLabel() {
		return status.label();
	}

	public List<SiteAction> availableActions() {
		return SiteLifecycle.actionsFrom(status);
	}
}
