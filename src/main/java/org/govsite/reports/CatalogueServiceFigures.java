package org.govsite.reports;

import java.util.Optional;

import org.govsite.services.ServiceCatalogue;
import org.govsite.site.SiteId;
import org.springframework.stereotype.Component;

/**
 * The 办事服务 figures from the service catalogue (Art. 12): the site's items as they stand, the online ones, and the
 * case volumes imported for the year. A site without items answers zeros and 「未发布服务事项目录」, which is what the
 * form should say.
 */
@Component
class CatalogueServiceFigures implements ServiceFigureSource {

	private final ServiceCatalogue catalogue;

	CatalogueServiceFigures(ServiceCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public Optional<ServiceFigures> figures(SiteId site, int year) {
		var f = catalogue.figures(site, year);
		return Optional.of(new ServiceFigures(f.catalogueOnline(), f.items(), f.onlineItems(), f.casesTotal(),
				f.casesNaturalPersons(), f.casesLegalPersons()));
	}
}
