package org.govsite.assessment;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.govsite.services.ServiceCatalogue;
import org.govsite.site.SiteId;
import org.springframework.stereotype.Component;

/**
 * The service catalogue as the source of the services indicator: each site's items as they stand when the assessment
 * runs (a catalogue keeps no history of its guides). Which items count for a site and when a site offers public
 * services is the catalogue's rule ({@link ServiceCatalogue}): a portal always does; a department site only when it or
 * its sponsoring unit has items, otherwise its 办事服务 heading is left out and the rest scaled.
 */
@Component
class ServiceCatalogueGuides implements ServiceGuideEvidence {

	private final ServiceCatalogue catalogue;

	ServiceCatalogueGuides(ServiceCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public Map<SiteId, ServiceFact> services(Collection<SiteId> sites, AssessmentPeriod period) {
		var result = new HashMap<SiteId, ServiceFact>();
		catalogue.guides(sites).forEach((site, guides) -> result.put(site, new ServiceFact(guides.offersPublicServices(),
				guides.onlineItems(), guides.guides().stream()
					.map(g -> new GuideFact(g.id().toString(), g.name(), g.missingElements())).toList())));
		return result;
	}
}
