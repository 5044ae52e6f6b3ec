package org.govsite.publishing;

import static org.govsite.publishing.SitePages.DATE;
import static org.govsite.publishing.SitePages.ISO;
import static org.govsite.publishing.SitePaths.articlePath;
import static org.govsite.publishing.SitePaths.listPath;
import static org.govsite.publishing.SitePaths.topicPath;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.govsite.content.ArticleId;
import org.govsite.content.ColumnView;
import org.govsite.content.PublicContent;
import org.govsite.publishing.SitePages.Page;
import org.govsite.publishing.SitePaths.Session;
import org.govsite.publishing.SitePaths.Site;
import org.govsite.site.SiteId;
import org.springframework.stereotype.Component;

/**
 * What a site publishes for feed readers and search engines: each column's Atom feed, {@code sitemap.xml} (a sitemap
 * index above 50,000 addresses) and {@code robots.txt}. Addresses in them are absolute (the site's public address).
 */
@Component
class SiteFeeds {

	static final int FEED_ITEMS = 20;

	private final PublicContent content;

	SiteFeeds(PublicContent content) {
		this.content = content;
	}

	/** The public address of an article, for sitemaps. */
	record ArticleRef(ArticleId id, SiteId siteId, String path, String title, Instant publishedAt) {
	}

	/** An Atom feed of a column's newest articles. */
	Page feed(Session session, Site site, ColumnView column) {
		var dir = site.columnDir(column);
		var path = dir + "/feed.xml";
		var newest = content.liveInColumn(column.id(), 0, FEED_ITEMS);
		var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n");
		var self = site.publicBase() + path;
		xml.append("  <title>").append(xml(column.name() + " - " + site.view.name())).append("</title>\n");
		xml.append("  <id>").append(xml(self)).append("</id>\n");
		xml.append("  <link rel=\"self\" href=\"").append(xml(self)).append("\"/>\n");
		xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(site.publicBase() + listPath(dir, 0))).append("\"/>\n");
		xml.append("  <updated>").append(newest.isEmpty() ? "2000-01-01T00:00:00+08:00" : ISO.format(newest.get(0).publishedAt())).append("</updated>\n");
		xml.append("  <author><name>").append(xml(site.view.sponsorUnitName())).append("</name></author>\n");
		for (var article : newest) {
			var target = session.site(article.siteId());
			if (target == null) {
				continue;
			}
			var url = target.publicBase() + articlePath(target, article.homeColumnId(), article.id(), article.publishedAt());
			var revision = article.revision();
			xml.append("  <entry>\n    <title>").append(xml(revision.title())).append("</title>\n");
			xml.append("    <id>urn:uuid:").append(article.id().value()).append("</id>\n");
			xml.append("    <link href=\"").append(xml(url)).append("\"/>\n");
			xml.append("    <updated>").append(ISO.format(article.publishedAt())).append("</updated>\n");
			if (revision.summary() != null) {
				xml.append("    <summary>").append(xml(revision.summary())).append("</summary>\n");
			}
			xml.append("  </entry>\n");
		}
		xml.append("</feed>\n");
		return new Page(path, xml.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** The sitemap: home, topics, columns and every article page (a sitemap index above 50,000 addresses). */
	void sitemap(Site site, List<ArticleRef> articles, Consumer<Page> sink) {
		var urls = new ArrayList<String[]>();
		urls.add(new String[] { site.publicBase(), null });
		site.publishedTopics().forEach(t -> urls.add(new String[] { site.publicBase() + topicPath(t), null }));
		site.published().forEach(c -> urls.add(new String[] { site.publicBase() + listPath(site.columnDir(c), 0), null }));
		articles.stream().sorted(Comparator.comparing(ArticleRef::publishedAt).reversed().thenComparing(r -> r.id().value().toString()))
			.forEach(r -> urls.add(new String[] { site.publicBase() + r.path(), DATE.format(r.publishedAt()) }));
		int chunk = 50_000;
		if (urls.size() <= chunk) {
			sink.accept(new Page("sitemap.xml", urlset(urls)));
			return;
		}
		var index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (int i = 0, n = 1; i < urls.size(); i += chunk, n++) {
			var name = "sitemap_" + n + ".xml";
			sink.accept(new Page(name, urlset(urls.subList(i, Math.min(urls.size(), i + chunk)))));
			index.append("  <sitemap><loc>").append(xml(site.publicBase() + name)).append("</loc></sitemap>\n");
		}
		index.append("</sitemapindex>\n");
		sink.accept(new Page("sitemap.xml", index.toString().getBytes(StandardCharsets.UTF_8)));
	}

	private static byte[] urlset(List<String[]> urls) {
		var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (var url : urls) {
			xml.append("  <url><loc>").append(xml(url[0])).append("</loc>");
			if (url[1] != null) {
				xml.append("<lastmod>").append(url[1]).append("</lastmod>");
			}
			xml.append("</url>\n");
		}
		xml.append("</urlset>\n");
		return xml.toString().getBytes(StandardCharsets.UTF_8);
	}

	Page robots(Site site) {
		var text = "User-agent: *\nAllow: /\nSitemap: " + site.publicBase() + "sitemap.xml\n";
		return new Page("robots.txt", text.getBytes(StandardCharsets.UTF_8));
	}

	static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
