package org.govsite.site;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SiteRepository extends ListCrudRepository<Site, UUID> {

	List<Site> findAllByOrderByTypeAscNameAsc();

	List<Site> findBySponsorUnitId(UUID sponsorUnitId);

	Optional<Site> findBySiteCode(String siteCode);

	@Query("SELECT site_id FROM site_domain WHERE name = :name")
	Optional<UUID> findSiteIdByDomain(String name);
}
