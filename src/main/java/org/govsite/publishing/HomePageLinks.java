package org.govsite.publishing;

import java.util.List;

import org.govsite.site.SiteId;

/**
 * A port for modules that put a link on a site's home page (the annual work report form, Art. 15): publishing renders
 * every implementation's links in the home page's 公告 box; the module calls {@link HomePages#refresh} when its links
 * change. Links point at the platform's public pages ({@code /public/…}).
 */
public interface HomePageLinks {

	/** A link on the home page. */
	record Link(String name, String href) {
	}

	/** The links to show on the site's home page now, in order. */
	List<Link> of(SiteId site);
}
