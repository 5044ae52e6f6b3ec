package org.govsite.disclosure.web;

import org.govsite.shared.Ids;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;

/** The site named in a path of the disclosure screens and API: its id, or 404 for anything that is not one. */
final class SitePaths {

	private SitePaths() {
	}

	static SiteId site(String text) {
		var id = Ids.parse(text, "网站", SiteId::new);
		if (id == null) {
			throw Refusal.notFound("网站不存在");
		}
		return id;
	}
}
