package org.govsite.site;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** The site aggregate. Its status changes only through {@link #move}, which {@link Sites} calls after the guards. */
@Table("site")
class Site {

	@Id UUID id;
	@Version @Nullable Long version;
	String name;
	SiteType type;
	@Nullable String siteCode;
	UUID sponsorUnitId;
	@Nullable UUID operatorUnitId;
	@Nullable String icpFiling;
	@Nullable String publicSecurityFiling;
	@Nullable Short protectionLevel;
	SiteStatus status;
	@Nullable LocalDate closureNoticeFrom;
	@Nullable UUID successorSiteId;
	@Nullable String archiveDecision;
	@Nullable LocalDate closedOn;
	@Nullable UUID mergedIntoId;
	Instant createdAt;
	@MappedCollection(idColumn = "site_id") Set<SiteDomain> domains = new HashSet<>();

	Site(UUID id, String name, SiteType type, UUID sponsorUnitId, SiteStatus status, Instant createdAt) {
		this.id = id;
		this.name = name;
		this.type = type;
		this.sponsorUnitId = sponsorUnitId;
		this.status = status;
		this.createdAt = createdAt;
	}

	SiteId siteId() {
		return new SiteId(id);
	}

	@Nullable DomainName mainDomain() {
		return domains.stream().filter(d -> d.main()).findFirst().map(d -> new DomainName(d.name())).orElse(null);
	}

	List<DomainName> aliases() {
		return domains.stream().filter(d -> !d.main()).map(d -> new DomainName(d.name())).sorted(
				java.util.Comparator.comparing(DomainName::value)).toList();
	}

	void setDomains(DomainName main, List<DomainName> aliases) {
		domains.clear();
		domains.add(new SiteDomain(main.value(), true));
		aliases.forEach(alias -> domains.add(new SiteDomain(alias.value(), false)));
	}

	void move(SiteStatus to) {
		this.status = to;
	}
}
