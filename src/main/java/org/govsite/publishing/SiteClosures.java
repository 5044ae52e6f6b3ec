package org.govsite.publishing;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govsite.site.SiteId;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Closed and merged sites (Art. 6). Taking a site down replaces its directory with the archive notice page (and the
 * assets it needs) and remembers the pages it had; every other old address then answers a permanent redirect: to the
 * same article on the successor site where it was migrated, else to the successor's column of the same path, else to
 * the successor's home page, or — without a successor — to the archive notice. The same redirects are written for
 * nginx ({@code <publish-dir>/nginx-redirects.conf}).
 */
@Component
class SiteClosures {

	static final String NOTICE_PAGE = "archived.html";
	static final String NGINX_FILE = "nginx-redirects.conf";

	private static final Logger log = LoggerFactory.getLogger(SiteClosures.class);

	private final Sites sites;
	private final SitePaths paths;
	private final SitePages pages;
	private final PublishStore store;
	private final PublishingSettings settings;
	private final JdbcClient jdbc;
	private final Clock clock;

	SiteClosures(Sites sites, SitePaths paths, SitePages pages, PublishStore store, PublishingSettings settings, JdbcClient jdbc, Clock clock) {
		this.sites = sites;
		this.paths = paths;
		this.pages = pages;
		this.store = store;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A taken-down site as the redirects need it. */
	record Closed(SiteId siteId, String key, @Nullable SiteId successor) {
	}

	boolean isClosed(SiteId site) {
		return sites.find(site).map(view -> !view.status().isActive()).orElse(false);
	}

	/** Takes a closed or merged site down: remembers its pages once, then switches in the archive notice. */
	void takeDown(SiteId siteId) {
		var view = sites.get(siteId);
		var key = store.keyOf(siteId).orElse(SiteKeys.of(view));
		if (key == null) {
			return; // never had an address: nothing to take down
		}
		var successor = view.mergedIntoId() != null ? view.mergedIntoId() : view.successorSiteId();
		var now = Timestamp.from(Instant.now(clock));
		jdbc.sql("""
				INSERT INTO publish_closed_site (site_id, site_key, successor_site_id, closed_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (site_id) DO UPDATE SET site_key = excluded.site_key, successor_site_id = excluded.successor_site_id
				""").params(siteId.value(), key, successor == null ? null : successor.value(), now).update();
		jdbc.sql("""
				INSERT INTO publish_closed_page (site_id, path, article_id)
				SELECT site_id, path, article_id FROM publish_article WHERE site_id = ?
				ON CONFLICT DO NOTHING
				""").param(siteId.value()).update();
		// column directories: every list page's directory (a topic column's too)
		jdbc.sql("""
				INSERT INTO publish_closed_page (site_id, path, article_id)
				SELECT DISTINCT site_id, left(path, length(path) - length('index.html')), NULL::uuid FROM publish_manifest
				WHERE site_id = ? AND path LIKE '%/index.html'
				ON CONFLICT DO NOTHING
				""").param(siteId.value()).update();

		var session = paths.session();
		var site = session.site(siteId);
		if (site != null) {
			var run = UUID.randomUUID();
			jdbc.sql("INSERT INTO publish_run (id, site_id, status, requested_by, created_at, started_at) VALUES (?, ?, 'RUNNING', 'system', ?, ?)")
				.params(run, siteId.value(), now, now).update();
			var dir = store.newRunDirectory(key, run);
			try {
				var staging = store.staging(run, dir);
				java.util.function.Consumer<SitePages.Page> sink = page -> staging.write(page.path(), page.content());
				pages.assets(site, sink);
				sink.accept(pages.archived(site, successor == null ? null : sites.find(successor).orElse(null)));
				staging.flush();
				var count = new int[] { staging.written() };
				store.switchTo(siteId, key, run, dir,
						() -> jdbc.sql("DELETE FROM publish_article WHERE site_id = ?").param(siteId.value()).update());
				jdbc.sql("UPDATE publish_run SET status = 'DONE', done = ?, total = ?, finished_at = now() WHERE id = ?")
					.params(count[0], count[0], run).update();
			}
			catch (RuntimeException e) {
				store.discard(run, dir);
				throw e;
			}
		}
		writeNginx();
		log.info("Took down site {} ({}): old addresses redirect to {}", view.name(), key,
				successor == null ? NOTICE_PAGE : successor.value());
	}

	/** The keys of every taken-down site. */
	java.util.List<String> closedKeys() {
		return jdbc.sql("SELECT site_key FROM publish_closed_site").query(String.class).list();
	}

	Optional<Closed> closed(String key) {
		return jdbc.sql("SELECT site_id, site_key, successor_site_id FROM publish_closed_site WHERE site_key = ?").param(key)
			.query((rs, n) -> {
				var successor = rs.getObject(3, UUID.class);
				return new Closed(new SiteId(rs.getObject(1, UUID.class)), rs.getString(2),
						successor == null ? null : new SiteId(successor));
			})
			.optional();
	}

	/** Whether a path of a taken-down site is still served as a file (the notice and its assets). */
	static boolean servedAfterClosure(String relative) {
		return relative.equals(NOTICE_PAGE) || relative.startsWith("assets/");
	}

	/**
	 * Where an old address of a taken-down site leads; {@code null} means the archive notice page of the site itself.
	 * With {@code byHost} (nginx in production) the successor is always addressed by its domain.
	 */
	@Nullable String target(Closed closed, String relative, boolean byHost) {
		if (closed.successor() == null) {
			return null;
		}
		var successor = sites.find(closed.successor()).orElse(null);
		if (successor == null) {
			return null;
		}
		// the same article, where it was migrated to another site and published there
		var article = jdbc.sql("SELECT article_id FROM publish_closed_page WHERE site_id = ? AND path = ? AND article_id IS NOT NULL")
			.params(closed.siteId().value(), relative).query(UUID.class).optional();
		if (article.isPresent()) {
			var moved = jdbc.sql("SELECT site_id, path FROM publish_article WHERE article_id = ? AND site_id <> ?")
				.params(article.get(), closed.siteId().value())
				.query((rs, n) -> new String[] { rs.getObject(1, UUID.class).toString(), rs.getString(2) }).optional();
			if (moved.isPresent()) {
				var home = sites.find(new SiteId(UUID.fromString(moved.get()[0]))).orElse(null);
				var base = home == null ? null : base(home, byHost);
				if (base != null) {
					return base + moved.get()[1];
				}
			}
		}
		var base = base(successor, byHost);
		if (base == null) {
			return null;
		}
		// else the successor's column of the same path
		var dirs = jdbc.sql("SELECT path FROM publish_closed_page WHERE site_id = ? AND article_id IS NULL").param(closed.siteId().value())
			.query(String.class).list();
		var dir = dirs.stream().filter(relative::startsWith).max(Comparator.comparingInt(String::length));
		if (dir.isPresent() && successorHas(successor.id(), dir.get() + "index.html")) {
			return base + dir.get();
		}
		return base;
	}

	private boolean successorHas(SiteId successor, String path) {
		return jdbc.sql("SELECT count(*) FROM publish_manifest WHERE site_id = ? AND path = ?").params(successor.value(), path)
			.query(Long.class).single() > 0;
	}

	private @Nullable String base(SiteView site, boolean byHost) {
		var key = SiteKeys.of(site);
		if ((byHost || settings.serveByHost) && site.mainDomain() != null) {
			return "https://" + site.mainDomain() + "/";
		}
		return key == null ? null : "/sites/" + key + "/";
	}

	/**
	 * The nginx map of every taken-down site's redirects, keyed by {@code $govsite_site_key$uri} (see
	 * docs/operations.md): exact entries for article pages, a prefix per column, then the whole site.
	 */
	String nginxMap() {
		var out = new StringBuilder("""
				# Generated by GovSite: redirects of closed and merged sites (Art. 6). Do not edit; include inside http { }.
				map $govsite_site_key$uri $govsite_redirect {
				    default "";
				""");
		var all = jdbc.sql("SELECT site_id, site_key, successor_site_id FROM publish_closed_site ORDER BY site_key")
			.query((rs, n) -> {
				var successor = rs.getObject(3, UUID.class);
				return new Closed(new SiteId(rs.getObject(1, UUID.class)), rs.getString(2),
						successor == null ? null : new SiteId(successor));
			}).list();
		for (var closed : all) {
			var key = closed.key();
			out.append("    # ").append(key).append('\n');
			var rows = jdbc.sql("SELECT path, article_id IS NOT NULL FROM publish_closed_page WHERE site_id = ? ORDER BY length(path) DESC, path")
				.param(closed.siteId().value()).query((rs, n) -> new Object[] { rs.getString(1), rs.getBoolean(2) }).list();
			var dirs = new ArrayList<String>();
			for (var row : rows) {
				var path = (String) row[0];
				if ((Boolean) row[1]) {
					out.append("    \"").append(key).append('/').append(path).append("\" \"").append(orNotice(target(closed, path, true)))
						.append("\";\n");
				}
				else {
					dirs.add(path);
				}
			}
			out.append("    \"~^").append(quote(key)).append("/(").append(quote(NOTICE_PAGE)).append("$|assets/)\" \"\";\n");
			for (var dir : dirs) {
				out.append("    \"~^").append(quote(key)).append('/').append(quote(dir)).append("\" \"")
					.append(orNotice(target(closed, dir + "index.html", true))).append("\";\n");
			}
			out.append("    \"~^").append(quote(key)).append("/\" \"").append(orNotice(target(closed, "", true))).append("\";\n");
		}
		out.append("}\n");
		return out.toString();
	}

	private static String orNotice(@Nullable String target) {
		return target == null ? "/" + NOTICE_PAGE : target;
	}

	private static String quote(String literal) {
		return literal.replaceAll("([.\\\\+*?\\[^\\]$(){}=!<>|:-])", "\\\\$1");
	}

	void writeNginx() {
		try {
			java.nio.file.Files.createDirectories(settings.root);
			PublishStore.writeAtomically(settings.root.resolve(NGINX_FILE), nginxMap().getBytes(StandardCharsets.UTF_8));
		}
		catch (java.io.IOException | RuntimeException e) {
			log.warn("Cannot write {}: {}", NGINX_FILE, e.getMessage());
		}
	}

}
