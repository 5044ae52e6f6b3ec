package org.govsite.publishing;

import static org.govsite.publishing.SitePaths.articlePath;
import static org.govsite.publishing.SitePaths.listPath;
import static org.govsite.publishing.SitePaths.rel;
import static org.govsite.publishing.SitePaths.topicPath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.govsite.content.ArticleId;
import org.govsite.content.ArticleKind;
import org.govsite.content.AttachmentView;
import org.govsite.content.ColumnId;
import org.govsite.content.ColumnKind;
import org.govsite.content.ColumnView;
import org.govsite.content.PublicContent;
import org.govsite.content.PublishedArticle;
import org.govsite.content.RevisionView;
import org.govsite.content.TopicView;
import org.govsite.publishing.SitePaths.Session;
import org.govsite.publishing.SitePaths.Site;
import org.govsite.shared.BeijingTime;
import org.govsite.site.SiteId;
import org.govsite.site.SiteStatus;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What each page of a public site shows: the models of its home, list, article, topic, site map, 404 and archive
 * pages, its assets, and the site's chrome around the platform's public pages. Where the pages live is
 * {@link SitePaths}; the feeds, sitemaps and robots.txt are {@link SiteFeeds}.
 */
@Component
class SitePages {
	/** Selectors parsed once: parsing one per call was the crawl's largest cost (jsoup 1.24 fills a buffer per parse). */
	private static final org.jsoup.select.Evaluator ADDRESSED = org.jsoup.select.QueryParser.parse("[href], [src], form[action]");
	private static final org.jsoup.select.Evaluator HEAD_ASSETS = org.jsoup.select.QueryParser.parse("link[rel=stylesheet], script[src]");

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(BeijingTime.ZONE);
	static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BeijingTime.ZONE);
	static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(BeijingTime.ZONE);
	static final int HOME_ITEMS = 8;
	static final int HEADLINE_ITEMS = 5;
	/** The HTML site map for people (sitemap.xml stays for search engines). */
	static final String SITE_MAP = "sitemap.html";
	/** Where the 党政机关网站标识 is verified (开办单位 registration by 中央机构编制委员会办公室). */
	static final String GOV_MARK_VERIFY = "https://bszs.conac.cn/";
	static final List<String> ASSETS = List.of("site.css", "site.js", "emblem.svg", "dzjg.svg", "gongan.svg");

	private final Sites sites;
	private final PublicContent content;
	private final PageRenderer renderer;
	private final PublishingSettings settings;
	private final List<HomePageLinks> homeLinks;

	SitePages(Sites sites, PublicContent content, PageRenderer renderer, PublishingSettings settings,
			List<HomePageLinks> homeLinks) {
		this.homeLinks = homeLinks;
		this.sites = sites;
		this.content = content;
		this.renderer = renderer;
		this.settings = settings;
	}

	/** One file of a site. */
	record Page(String path, byte[] content) {
	}

	/** An entry of a list. */
	record Item(String title, String href, String date, String isoDate) {
	}

	/** A named link (navigation, breadcrumbs, pager, entrances). */
	record Link(String name, String href, boolean current) {
	}

	/** A table row of policy metadata. */
	record Row(String name, String value) {
	}

	/** An entry of the main navigation with its sub-columns. */
	record Menu(String name, String href, boolean current, List<Link> children) {
	}

	/**
	 * The closure notice (Art. 6) while a site is 关停公示中, or on the archive page that replaces a closed site: what
	 * happens, when, and who takes over (a successor site, or the archive decision).
	 */
	record Closure(String headline, String detail, @Nullable Link successor, @Nullable String archiveDecision) {
	}

	/** A section of the HTML site map: a column (or topic, or the interaction pages) with what lies beneath. */
	record MapEntry(Link link, List<MapEntry> children) {
	}

	/** A titled list on the home or topic page. */
	record Block(String name, String href, List<Item> items) {
	}

	/** What an article page shows: a live article, or a draft in preview. */
	record Doc(ArticleId id, SiteId siteId, ColumnId homeColumnId, ArticleKind kind, Instant publishedAt,
			RevisionView revision, List<ArticleId> policies, List<ArticleId> interpretations,
			List<AttachmentView> attachments) {

		static Doc of(PublishedArticle article) {
			return new Doc(article.id(), article.siteId(), article.homeColumnId(), article.kind(), article.publishedAt(),
					article.revision(), article.policies(), article.interpretations(), article.attachments());
		}
	}

	// ---------------------------------------------------------------------------------------------------- pages

	Page home(Session session, Site site) {
		var path = "index.html";
		var model = common(site, path, site.view.name());
		var onHome = site.columns.stream().filter(c -> c.onHome() && c.topicId() == null && site.isPublished(c)).toList();
		Block headline = null;
		var blocks = new ArrayList<Block>();
		var entrances = new ArrayList<Link>();
		for (var column : onHome) {
			var href = rel(path, listPath(site.columnDir(column), 0));
			if (column.kind().holdsArticles()) {
				var limit = headline == null ? HEADLINE_ITEMS : HOME_ITEMS;
				var block = new Block(column.name(), href, items(session, site, path, content.liveInColumn(column.id(), 0, limit)));
				if (headline == null) {
					headline = block;
				}
				else {
					blocks.add(block);
				}
			}
			else {
				entrances.add(new Link(column.name(), href, false));
			}
		}
		model.put("isHome", true);
		model.put("closureInFull", model.get("closure") != null);
		model.put("notices", homeLinks.stream().flatMap(l -> l.of(site.view.id()).stream())
			.map(l -> new Link(l.name(), l.href(), false)).toList());
		model.put("headline", headline);
		model.put("blocks", blocks);
		model.put("entrances", entrances);
		model.put("topics", site.publishedTopics().stream()
			.map(t -> new Link(t.name(), rel(path, topicPath(t)), false)).toList());
		return new Page(path, render(site, "home", model));
	}

	/** One list page of a column; {@code last} says whether a next page exists. */
	Page listPage(Session session, Site site, ColumnView column, int page, List<PublishedArticle> articles, boolean last) {
		return listPageOfItems(site, column, page, path -> items(session, site, path, articles), last);
	}

	Page listPageOfItems(Site site, ColumnView column, int page, Function<String, List<Item>> items, boolean last) {
		var dir = site.columnDir(column);
		var path = listPath(dir, page);
		var model = common(site, path, column.name() + (page == 0 ? "" : "（第" + (page + 1) + "页）") + "_" + site.view.name());
		columnMeta(model, column);
		model.put("column", column);
		model.put("crumbs", crumbs(site, column, path, false));
		model.put("items", items.apply(path));
		model.put("serviceEntrance", serviceEntrance(site, column));
		model.put("children", children(site, column, path));
		model.put("interactionLinks", column.kind() == ColumnKind.INTERACTION ? interactionLinks(site) : List.of());
		var pager = new ArrayList<Link>();
		if (column.kind().holdsArticles()) {
			model.put("feedHref", "feed.xml");
			model.put("feedTitle", column.name());
			if (page > 0) {
				pager.add(new Link("第一页", rel(path, listPath(dir, 0)), false));
				pager.add(new Link("上一页", rel(path, listPath(dir, page - 1)), false));
			}
			// Only pages before this one and the next: a page does not change when pages are added after it.
			for (int p = Math.max(0, page - 4); p <= page; p++) {
				pager.add(new Link(String.valueOf(p + 1), rel(path, listPath(dir, p)), p == page));
			}
			if (!last) {
				pager.add(new Link("下一页", rel(path, listPath(dir, page + 1)), false));
			}
			if (pager.size() == 1) {
				pager.clear();
			}
		}
		model.put("pager", pager);
		return new Page(path, render(site, "list", model));
	}

	Page article(Session session, Site site, Doc doc, boolean preview) {
		var path = articlePath(site, doc.homeColumnId(), doc.id(), doc.publishedAt());
		var revision = doc.revision();
		var model = common(site, path, revision.title() + "_" + site.view.name());
		var column = site.byId.get(doc.homeColumnId());
		if (column != null) {
			columnMeta(model, column);
			model.put("crumbs", crumbs(site, column, path, true));
		}
		else {
			model.put("crumbs", List.of());
		}
		@SuppressWarnings("unchecked")
		var meta = (Map<String, String>) model.get("meta");
		var text = Jsoup.parse(revision.body()).text();
		meta.put("ArticleTitle", revision.title());
		meta.put("PubDate", MINUTE.format(doc.publishedAt()));
		meta.put("ContentSource", orEmpty(revision.source()));
		meta.put("Keywords", orEmpty(revision.keywords()));
		meta.put("Author", orEmpty(revision.author()));
		meta.put("Description", revision.summary() != null ? revision.summary() : text.length() > 120 ? text.substring(0, 120) : text);
		meta.put("Image", orEmpty(revision.coverImage()));
		meta.put("Url", site.publicBase() + path);
		model.put("revision", revision);
		// a policy document shows one date: its 发布日期 (as in the metadata table), else the publication time
		if (revision.issuedOn() != null) {
			model.put("dateLabel", "发布日期");
			model.put("pubDate", revision.issuedOn().toString());
			model.put("isoTime", revision.issuedOn().toString());
		}
		else {
			model.put("dateLabel", "发布时间");
			model.put("pubDate", MINUTE.format(doc.publishedAt()));
			model.put("isoTime", ISO.format(doc.publishedAt()));
		}
		var rows = new ArrayList<Row>();
		addRow(rows, "索引号", revision.indexNo());
		addRow(rows, "发文机关", revision.issuingAuthority());
		addRow(rows, "文号", revision.documentNo());
		addRow(rows, "成文日期", revision.writtenOn() == null ? null : revision.writtenOn().toString());
		addRow(rows, "发布日期", revision.issuedOn() == null ? null : revision.issuedOn().toString());
		addRow(rows, "主题分类", revision.subjectCategory());
		addRow(rows, "有效性", revision.validity() == null ? null : revision.validity().label());
		model.put("policyRows", rows);
		model.put("attachments", doc.attachments().stream()
			.map(a -> new Link(a.originalName() + "（" + size(a.sizeBytes()) + "）", "/public/attachments/" + a.id(), false))
			.toList());
		var related = new ArrayList<Link>();
		for (var other : concat(doc.interpretations(), doc.policies())) {
			content.live(other).ifPresent(article -> {
				var href = href(session, site, path, article);
				if (href != null) {
					related.add(new Link(article.revision().title(), href, false));
				}
			});
		}
		model.put("related", related);
		model.put("relatedTitle", doc.kind() == ArticleKind.POLICY ? "政策解读" : doc.kind() == ArticleKind.INTERPRETATION ? "相关政策文件" : "相关信息");
		if (preview) {
			// Shown at /preview/articles/{id}: relative links resolve as if the page were already at its place.
			model.put("preview", true);
			model.put("beacon", false);
			model.put("baseHref", "/sites/" + site.key + "/" + path.substring(0, path.lastIndexOf('/') + 1));
		}
		return new Page(path, render(site, "article", model));
	}

	Page topic(Session session, Site site, TopicView topic) {
		var path = topicPath(topic);
		var model = common(site, path, topic.name() + "_" + site.view.name());
		model.put("topic", topic);
		model.put("topicBannerHref", asset(site, path, topic.bannerPath()));
		var blocks = new ArrayList<Block>();
		for (var column : site.published()) {
			if (column.topicId() != null && column.topicId().equals(topic.id()) && column.kind().holdsArticles()) {
				blocks.add(new Block(column.name(), rel(path, listPath(site.columnDir(column), 0)),
						items(session, site, path, content.liveInColumn(column.id(), 0, HOME_ITEMS))));
			}
		}
		model.put("blocks", blocks);
		return new Page(path, render(site, "topic", model));
	}

	Page notFound(Site site) {
		var path = "404.html";
		var model = common(site, path, "页面不存在_" + site.view.name());
		// Served at any depth: relative links resolve against <base>, which the server sets to the site's root.
		model.put("baseHref", "/");
		return new Page(path, render(site, "404", model));
	}

	Page theme(Site site) {
		var color = site.theme.mainColor();
		var css = ":root {\n  --main: " + color + ";\n}\n";
		return new Page("assets/theme.css", css.getBytes(StandardCharsets.UTF_8));
	}

	void assets(Site site, Consumer<Page> sink) {
		for (var name : ASSETS) {
			try (var in = SitePages.class.getClassLoader().getResourceAsStream("publishing/assets/" + name)) {
				if (in == null) {
					throw new IllegalStateException("missing asset " + name);
				}
				sink.accept(new Page("assets/" + name, in.readAllBytes()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		sink.accept(theme(site));
	}

	// ---------------------------------------------------------------------------------------------------- parts

	/**
	 * What the chrome (header with navigation, footer: {@code chrome-parts.html}) reads from a page's model. Pages
	 * whose values of these are equal share one rendering of it per build (issue 15: the chrome was most of the
	 * template work of an article page); a variable the chrome template reads must be named here.
	 */
	static final List<String> CHROME_READS = List.of("base", "closure", "closureInFull", "errorReportHref", "govMark",
			"govMarkHref", "homeHref", "isHome", "logoHref", "nav", "preview", "publicSecurityHref", "site", "siteMapHref",
			"siteParam", "sponsor");

	/** Renders a page: its chrome from the build's copy for the same values (rendered at first use), the rest here. */
	private byte[] render(Site site, String template, Map<String, Object> model) {
		var key = java.util.Arrays.asList(CHROME_READS.stream().map(model::get).toArray());
		var chrome = site.chromes.get(key);
		if (chrome == null) {
			chrome = new Site.Chrome(renderer.fragment(site.key, "chrome-parts", "top", model),
					renderer.fragment(site.key, "chrome-parts", "bottom", model));
			// a few dozen per build (depths × first-level columns × home, preview); the bound guards against a value
			// without equality among the reads, which would make every page a new entry
			if (site.chromes.size() < 1_000) {
				site.chromes.putIfAbsent(key, chrome);
			}
		}
		model.put("chromeTop", chrome.top());
		model.put("chromeBottom", chrome.bottom());
		return renderer.render(site.key, template, model);
	}

	List<Item> items(Session session, Site site, String from, List<PublishedArticle> articles) {
		var items = new ArrayList<Item>();
		for (var article : articles) {
			var href = href(session, site, from, article);
			if (href != null) {
				items.add(new Item(article.revision().title(), href, DATE.format(article.publishedAt()), ISO.format(article.publishedAt())));
			}
		}
		return items;
	}

	/** The link from a page of a site to an article, on the same site or on its home site. */
	@Nullable String href(Session session, Site from, String fromPath, PublishedArticle article) {
		if (article.siteId().equals(from.view.id())) {
			return rel(fromPath, articlePath(from, article.homeColumnId(), article.id(), article.publishedAt()));
		}
		var home = session.site(article.siteId());
		return home == null ? null : home.linkBase() + articlePath(home, article.homeColumnId(), article.id(), article.publishedAt());
	}

	private Map<String, Object> common(Site site, String path, String title) {
		var model = new HashMap<String, Object>();
		var base = rel(path, "");
		var view = site.view;
		model.put("site", view);
		model.put("sponsor", site.sponsor);
		model.put("theme", site.theme);
		model.put("key", site.key);
		model.put("siteParam", site.siteParam());
		model.put("base", base);
		model.put("baseHref", null);
		model.put("homeHref", base + "index.html");
		model.put("pageTitle", title);
		model.put("isHome", false);
		model.put("preview", false);
		model.put("beacon", true);
		model.put("feedHref", null);
		model.put("feedTitle", null);
		model.put("govMark", view.type().isGovernment());
		model.put("errorReportHref", "/public/messages/" + site.siteParam() + "/new");
		model.put("siteMapHref", base + SITE_MAP);
		model.put("govMarkHref", GOV_MARK_VERIFY);
		model.put("closure", view.status() == SiteStatus.CLOSING ? closingNotice(view, base) : null);
		model.put("closureInFull", false);
		var filing = view.publicSecurityFiling() == null ? "" : view.publicSecurityFiling().replaceAll("\\D", "");
		model.put("publicSecurityHref", "https://beian.mps.gov.cn/#/query/webSearch?code=" + filing);
		model.put("logoHref", asset(site, path, site.theme.logoPath()));
		model.put("bannerHref", asset(site, path, site.theme.bannerPath()));
		var meta = new LinkedHashMap<String, String>();
		meta.put("SiteName", view.name());
		meta.put("SiteDomain", orEmpty(view.mainDomain()));
		meta.put("SiteIDCode", orEmpty(view.siteCode()));
		model.put("meta", meta);
		String current = null;
		var slash = path.indexOf('/');
		if (slash > 0) {
			current = path.substring(0, slash);
		}
		model.put("nav", nav(site, path, current));
		return model;
	}

	private List<Menu> nav(Site site, String path, @Nullable String currentDir) {
		var links = new ArrayList<Menu>();
		for (var column : site.columns) {
			if (!column.firstLevel() || column.topicId() != null || column.hidden()) {
				continue;
			}
			if (column.kind() == ColumnKind.EXTERNAL_LINK) {
				if (column.externalUrl() != null) {
					links.add(new Menu(column.name(), column.externalUrl(), false, List.of()));
				}
				continue;
			}
			links.add(new Menu(column.name(), rel(path, listPath(column.slug(), 0)), column.slug().equals(currentDir),
					children(site, column, path)));
		}
		return links;
	}

	/** A column's public sub-columns (external links lead out), in display order. */
	List<Link> children(Site site, ColumnView parent, String path) {
		var links = new ArrayList<Link>();
		for (var column : site.columns) {
			if (!parent.id().equals(column.parentId()) || column.hidden()) {
				continue;
			}
			if (column.kind() == ColumnKind.EXTERNAL_LINK) {
				if (column.externalUrl() != null) {
					links.add(new Link(column.name(), column.externalUrl(), false));
				}
			}
			else if (site.isPublished(column)) {
				links.add(new Link(column.name(), rel(path, listPath(site.columnDir(column), 0)), false));
			}
		}
		return links;
	}

	/**
	 * Where a column that holds no articles leads: a service-kind column to the site's service entrance on the platform
	 * (办事服务, the catalogue in the site's clothes), a column with an address to that address.
	 */
	static @Nullable Link serviceEntrance(Site site, ColumnView column) {
		if (column.kind() == ColumnKind.SERVICE) {
			return new Link("进入" + column.name(), "/public/services?site=" + site.siteParam(), false);
		}
		return column.kind().holdsArticles() || column.externalUrl() == null ? null
				: new Link("进入" + column.name(), column.externalUrl(), false);
	}

	/** The site's interaction pages (on the platform), which an interaction-kind column leads to. */
	static List<Link> interactionLinks(Site site) {
		var param = site.siteParam();
		return List.of(new Link("我要留言", "/public/messages/" + param + "/new", false),
				new Link("留言公开", "/public/messages/" + param, false),
				new Link("留言查询", "/public/messages/status?site=" + param, false),
				new Link("征集调查", "/public/solicitations/" + param, false),
				new Link("在线访谈", "/public/interviews/" + param, false));
	}

	private @Nullable Closure closingNotice(SiteView view, String base) {
		var from = view.closureNoticeFrom() == null ? null : view.closureNoticeFrom();
		var closes = from == null ? null : from.plusDays(Sites.CLOSURE_NOTICE_DAYS);
		var headline = "本网站正在关停公示" + (from == null ? "" : "：公示期自 " + from + " 起 " + Sites.CLOSURE_NOTICE_DAYS + " 天，最早于 " + closes + " 关停");
		var successor = successorLink(view.successorSiteId());
		var detail = successor != null ? "关停后，本网站的信息和服务由「" + successor.name() + "」承接，原网址将自动转到承接网站。"
				: "关停后，本网站的内容按存档决定保存，原网址将转到存档说明页。";
		return new Closure(headline, detail, successor, view.archiveDecision());
	}

	/** The archive notice that replaces a closed or merged site; every other old address redirects here or to the successor. */
	Page archived(Site site, @Nullable SiteView successor) {
		var path = SiteClosures.NOTICE_PAGE;
		var view = site.view;
		var model = common(site, path, (view.status() == SiteStatus.MERGED ? "网站已整合" : "网站已关停") + "_" + view.name());
		model.put("nav", List.of());
		model.put("beacon", false);
		var link = successor == null ? null : successorLink(successor.id());
		var headline = view.status() == SiteStatus.MERGED
				? "「" + view.name() + "」已整合到「" + (successor == null ? "门户网站" : successor.name()) + "」"
				: "「" + view.name() + "」已于 " + (view.closedOn() == null ? "近日" : view.closedOn().toString()) + " 关停";
		var detail = link != null ? "本网站的信息和服务由「" + link.name() + "」承接，原网址已转到承接网站。"
				: "本网站的内容已按存档决定保存，不再更新。";
		model.put("closure", new Closure(headline, detail, link, view.archiveDecision()));
		model.put("closureInFull", true);
		return new Page(path, render(site, "archived", model));
	}

	private @Nullable Link successorLink(@Nullable SiteId id) {
		if (id == null) {
			return null;
		}
		var successor = sites.find(id).orElse(null);
		if (successor == null) {
			return null;
		}
		var key = SiteKeys.of(successor);
		var href = settings.serveByHost && successor.mainDomain() != null ? "https://" + successor.mainDomain() + "/"
				: key == null ? null : "/sites/" + key + "/";
		return href == null ? null : new Link(successor.name(), href, false);
	}

	/**
	 * Renders the site's header, navigation and footer for the platform's public pages at {@code /public/…}: every
	 * relative link is made to point into the site, assets are taken from the site's published directory.
	 */
	SiteChrome chrome(Site site) {
		var path = "index.html";
		var model = common(site, path, site.view.name());
		model.put("beacon", false);
		var html = new String(render(site, "chrome", model), StandardCharsets.UTF_8);
		var doc = Jsoup.parse(html);
		var assets = "/sites/" + site.key + "/";
		var pages = site.linkBase();
		for (var element : doc.select(ADDRESSED)) {
			for (var attribute : new String[] { "href", "src", "action" }) {
				var value = element.attr(attribute);
				if (!element.hasAttr(attribute) || value.isEmpty() || value.startsWith("/") || value.startsWith("#")
						|| value.matches("^[a-z]+:.*")) {
					continue;
				}
				element.attr(attribute, (value.startsWith("assets/") ? assets : pages) + value);
			}
		}
		var head = new StringBuilder();
		doc.head().select(HEAD_ASSETS).forEach(e -> head.append(e.outerHtml()).append('\n'));
		var header = new StringBuilder();
		var footer = new StringBuilder();
		var before = true;
		for (var child : doc.body().children()) {
			if (child.tagName().equals("main")) {
				before = false;
				continue;
			}
			(before ? header : footer).append(child.outerHtml()).append('\n');
		}
		return new SiteChrome(head.toString(), header.toString(), footer.toString());
	}

	/** The HTML site map: home, every column with its sub-columns, topics with their columns, the interaction pages. */
	Page siteMap(Site site) {
		var path = SITE_MAP;
		var model = common(site, path, "网站地图_" + site.view.name());
		var entries = new ArrayList<MapEntry>();
		for (var column : site.columns) {
			if (column.parentId() == null && column.topicId() == null && !column.hidden()) {
				var entry = mapEntry(site, column, path);
				if (entry != null) {
					entries.add(entry);
				}
			}
		}
		for (var topic : site.publishedTopics()) {
			var children = new ArrayList<MapEntry>();
			for (var column : site.columns) {
				if (column.parentId() == null && column.topicId() != null && column.topicId().equals(topic.id())) {
					var entry = mapEntry(site, column, path);
					if (entry != null) {
						children.add(entry);
					}
				}
			}
			entries.add(new MapEntry(new Link("专题：" + topic.name(), rel(path, topicPath(topic)), false), children));
		}
		entries.add(new MapEntry(new Link("互动交流", "/public/messages/" + site.siteParam(), false),
				interactionLinks(site).stream().map(l -> new MapEntry(l, List.of())).toList()));
		model.put("entries", entries);
		return new Page(path, render(site, "sitemap", model));
	}

	private @Nullable MapEntry mapEntry(Site site, ColumnView column, String path) {
		if (column.hidden()) {
			return null;
		}
		if (column.kind() == ColumnKind.EXTERNAL_LINK) {
			return column.externalUrl() == null ? null : new MapEntry(new Link(column.name(), column.externalUrl(), false), List.of());
		}
		if (!site.isPublished(column)) {
			return null;
		}
		var children = new ArrayList<MapEntry>();
		for (var child : site.columns) {
			if (column.id().equals(child.parentId())) {
				var entry = mapEntry(site, child, path);
				if (entry != null) {
					children.add(entry);
				}
			}
		}
		return new MapEntry(new Link(column.name(), rel(path, listPath(site.columnDir(column), 0)), false), children);
	}

	private List<Link> crumbs(Site site, ColumnView column, String path, boolean includeColumn) {
		var chain = new ArrayList<Link>();
		if (column.topicId() != null) {
			var topic = site.topicsById.get(column.topicId().value());
			if (topic != null) {
				chain.add(new Link(topic.name(), rel(path, topicPath(topic)), false));
			}
		}
		var parents = new ArrayList<Link>();
		var parent = column.parentId() == null ? null : site.byId.get(column.parentId());
		for (int guard = 0; parent != null && guard < 10; guard++) {
			parents.add(0, new Link(parent.name(), rel(path, listPath(site.columnDir(parent), 0)), false));
			parent = parent.parentId() == null ? null : site.byId.get(parent.parentId());
		}
		chain.addAll(parents);
		if (includeColumn) {
			chain.add(new Link(column.name(), rel(path, listPath(site.columnDir(column), 0)), false));
		}
		return chain;
	}

	private static void columnMeta(Map<String, Object> model, ColumnView column) {
		@SuppressWarnings("unchecked")
		var meta = (Map<String, String>) model.get("meta");
		meta.put("ColumnName", column.name());
		meta.put("ColumnDescription", column.description() != null ? column.description() : column.name());
		meta.put("ColumnKeywords", column.keywords() != null ? column.keywords() : column.name());
		meta.put("ColumnType", column.kind().label());
	}

	private static @Nullable String asset(Site site, String from, @Nullable String path) {
		if (path == null || path.isBlank()) {
			return null;
		}
		return rel(from, path.startsWith("/") ? path.substring(1) : path);
	}

	private static void addRow(List<Row> rows, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			rows.add(new Row(name, value));
		}
	}

	private static List<ArticleId> concat(List<ArticleId> a, List<ArticleId> b) {
		var all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static String size(long bytes) {
		return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB" : String.format("%.1f MB", bytes / 1048576.0);
	}

	static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}
}
