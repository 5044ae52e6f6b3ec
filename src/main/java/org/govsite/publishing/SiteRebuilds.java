package org.govsite.publishing;

import java.util.Optional;

import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.Sites;
import org.springframework.stereotype.Service;

/** Full rebuilds as a person asks for them: queue one, and see how far a site's latest one has come. */
@Service
public class SiteRebuilds {

	private final PublishQueue queue;
	private final Sites sites;

	SiteRebuilds(PublishQueue queue, Sites sites) {
		this.queue = queue;
		this.sites = sites;
	}

	/** Queues a full rebuild of the site; refused while the site has no address (no site identity code or main domain). */
	public PublishRun request(SiteId site, String requestedBy) {
		if (SiteKeys.of(sites.get(site)) == null) {
			throw Refusal.conflict("网站没有网站标识码或主域名，无法发布");
		}
		var run = queue.enqueueRebuild(site, requestedBy);
		return queue.run(run).orElseThrow();
	}

	/** The site's latest full rebuild, queued, running or finished. */
	public Optional<PublishRun> latest(SiteId site) {
		return queue.latestRun(site);
	}
}
