package org.govsite.publishing;

import org.govsite.site.SiteId;
import org.springframework.stereotype.Service;

/** Lets another module have a site's home page rendered again (after its {@link HomePageLinks} changed). */
@Service
public class HomePages {

	private final PublishQueue queue;

	HomePages(PublishQueue queue) {
		this.queue = queue;
	}

	/** Queues the site's pages for rendering (a built site only; the first publication builds it whole). */
	public void refresh(SiteId site) {
		queue.enqueueStructure(site);
	}
}
