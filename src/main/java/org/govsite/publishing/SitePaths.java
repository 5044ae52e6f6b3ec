package org.govsite.publishing;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govsite.content.ArticleId;
import org.govsite.content.ColumnId;
import org.govsite.content.ColumnKind;
import org.govsite.content.ColumnView;
import org.govsite.content.Columns;
import org.govsite.content.TopicStatus;
import org.govsite.content.TopicView;
import org.govsite.content.Topics;
import org.govsite.shared.BeijingTime;
import org.govsite.site.SiteId;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.govsite.unit.UnitView;
import org.govsite.unit.Units;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where the pages of a public site live, and the sites one piece of work touches with what every page of them needs.
 * Links between pages of one site are relative, so that a site works both at {@code /sites/<key>/} and at the root of
 * its own domain; links to another site use that site's public address.
 */
@Component
class SitePaths {

	static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM").withZone(BeijingTime.ZONE);

	private final Sites sites;
	private final Units units;
	private final Columns columns;
	private final Topics topics;
	private final SiteThemes themes;
	private final PublishingSettings settings;

	SitePaths(Sites sites, Units units, Columns columns, Topics topics, SiteThemes themes, PublishingSettings settings) {
		this.sites = sites;
		this.units = units;
		this.columns = columns;
		this.topics = topics;
		this.themes = themes;
		this.settings = settings;
	}

	/** A site with what every page of it needs. */
	final class Site {

		final SiteView view;
		final String key;
		final @Nullable UnitView sponsor;
		final List<ColumnView> columns;
		final Map<ColumnId, ColumnView> byId = new HashMap<>();
		final Map<UUID, TopicView> topicsById = new HashMap<>();
		final List<TopicView> topics;
		final ThemeView theme;
		/** The chrome of this build's pages, by the values it reads ({@link SitePages#CHROME_READS}). */
		final Map<List<Object>, Chrome> chromes = new java.util.concurrent.ConcurrentHashMap<>();

		/** A site's header (with navigation) and footer, rendered. */
		record Chrome(String top, String bottom) {
		}

		Site(SiteView view, String key) {
			this.view = view;
			this.key = key;
			this.sponsor = units.find(view.sponsorUnitId()).orElse(null);
			this.columns = columns(view);
			this.columns.forEach(c -> byId.put(c.id(), c));
			this.topics = SitePaths.this.topics.ofSite(view.id());
			this.topics.forEach(t -> topicsById.put(t.id().value(), t));
			this.theme = themes.of(view.id());
		}

		private List<ColumnView> columns(SiteView view) {
			return SitePaths.this.columns.ofSite(view.id()).stream()
				.sorted(Comparator.comparingInt(ColumnView::sortOrder).thenComparing(ColumnView::name))
				.toList();
		}

		/** Public columns with a page of their own (not hidden, not external links, topic not in preparation). */
		List<ColumnView> published() {
			return columns.stream().filter(this::isPublished).toList();
		}

		boolean isPublished(ColumnView column) {
			if (column.hidden() || column.kind() == ColumnKind.EXTERNAL_LINK) {
				return false;
			}
			if (column.topicId() == null) {
				return true;
			}
			var topic = topicsById.get(column.topicId().value());
			return topic != null && topic.status() != TopicStatus.PREPARING;
		}

		List<TopicView> publishedTopics() {
			return topics.stream().filter(t -> t.status() != TopicStatus.PREPARING).toList();
		}

		String columnDir(ColumnView column) {
			if (column.topicId() != null) {
				var topic = topicsById.get(column.topicId().value());
				return "zt/" + (topic == null ? column.topicId().value() : topic.slug()) + "/" + column.slug();
			}
			return column.slug();
		}

		/** The site's public address: its main domain, or its path on the platform. */
		String publicBase() {
			if (view.mainDomain() != null) {
				return "https://" + view.mainDomain() + "/";
			}
			return "/sites/" + key + "/";
		}

		/** How other sites link to this one. */
		String linkBase() {
			return settings.serveByHost && view.mainDomain() != null ? "https://" + view.mainDomain() + "/" : "/sites/" + key + "/";
		}

		String siteParam() {
			return view.siteCode() != null ? view.siteCode() : key;
		}
	}

	/** Caches the sites one piece of work touches (shared by the threads of one full rebuild). */
	final class Session {

		private final Map<SiteId, @Nullable Site> sites = new HashMap<>();

		synchronized @Nullable Site site(SiteId id) {
			if (!this.sites.containsKey(id)) {
				var view = SitePaths.this.sites.find(id).orElse(null);
				var key = view == null ? null : SiteKeys.of(view);
				this.sites.put(id, view == null || key == null ? null : new Site(view, key));
			}
			return this.sites.get(id);
		}
	}

	Session session() {
		return new Session();
	}

	static String listPath(String dir, int page) {
		return dir + (page == 0 ? "/index.html" : "/index_" + page + ".html");
	}

	static String articlePath(Site site, ColumnId homeColumn, ArticleId id, Instant publishedAt) {
		var column = site.byId.get(homeColumn);
		var dir = column == null ? "c" : site.columnDir(column);
		return dir + "/" + MONTH.format(publishedAt) + "/" + id.value() + ".html";
	}

	static String topicPath(TopicView topic) {
		return "zt/" + topic.slug() + "/index.html";
	}

	/** A link from one page of a site to another path of it. */
	static String rel(String from, String to) {
		int depth = (int) from.chars().filter(c -> c == '/').count();
		return "../".repeat(depth) + to;
	}
}
