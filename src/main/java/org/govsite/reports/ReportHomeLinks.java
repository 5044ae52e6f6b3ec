package org.govsite.reports;

import java.util.List;

import org.govsite.publishing.HomePageLinks;
import org.govsite.site.SiteId;
import org.govsite.site.Sites;
import org.springframework.stereotype.Component;

/** Puts every published annual report form of a site on its home page (Art. 15), newest first. */
@Component
class ReportHomeLinks implements HomePageLinks {

	private final AnnualReports reports;
	private final Sites sites;

	ReportHomeLinks(AnnualReports reports, Sites sites) {
		this.reports = reports;
		this.sites = sites;
	}

	@Override
	public List<Link> of(SiteId site) {
		var code = sites.find(site).map(s -> s.siteCode()).orElse(null);
		if (code == null) {
			return List.of();
		}
		return reports.publishedYears(site).stream()
			.map(year -> new Link(year + "年政府网站工作年度报表", "/public/annual-reports/" + code + "/" + year))
			.toList();
	}
}
