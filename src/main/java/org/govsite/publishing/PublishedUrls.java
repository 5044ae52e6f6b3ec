package org.govsite.publishing;

import java.util.Optional;

import org.govsite.content.ArticleId;
import org.govsite.site.Sites;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public address of a published article: on its domain when sites are served by host, else on the platform at
 * {@code /sites/<site-key>/…}. Empty while the article has no page (not published yet, withdrawn, or still queued).
 */
@Service
public class PublishedUrls {

	private final ArticleRecords records;
	private final Sites sites;
	private final PublishingSettings settings;

	PublishedUrls(ArticleRecords records, Sites sites, PublishingSettings settings) {
		this.records = records;
		this.sites = sites;
		this.settings = settings;
	}

	@Transactional(readOnly = true)
	public Optional<String> of(ArticleId article) {
		return records.recorded(article).flatMap(recorded -> sites.find(recorded.siteId()).flatMap(site -> {
			var key = SiteKeys.of(site);
			if (key == null) {
				return Optional.empty();
			}
			var base = settings.serveByHost && site.mainDomain() != null ? "https://" + site.mainDomain() + "/" : "/sites/" + key + "/";
			return Optional.of(base + recorded.path());
		}));
	}
}
