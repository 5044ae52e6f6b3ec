package org.govsite.monitoring.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Walks one site from its monitoring address: every page in scope is fetched once (GET) and parsed, every link it
 * carries ({@code a}, {@code img}, {@code script}, {@code link}, {@code iframe}, {@code source}/{@code srcset},
 * attachments) is checked once however often it is linked, relative links resolve against {@code <base href>} when
 * the page has one. HTML pages are handed to {@code onPage} as they arrive (detectors, freshness), so bodies are not
 * kept.
 */
public final class SiteCrawl {
	/** Selectors parsed once: parsing one per call was the crawl's largest cost (jsoup 1.24 fills a buffer per parse). */
	private static final org.jsoup.select.Evaluator BASE = org.jsoup.select.QueryParser.parse("base[href]");
	private static final org.jsoup.select.Evaluator LINKED = org.jsoup.select.QueryParser.parse("[href], [src], [srcset]");


	/** Where a link was seen: the page, the element, the anchor text. */
	public record Occurrence(URI page, String element, String text) {
	}

	/** A checked target with the pages that carry it (the first few) and how often it was linked. */
	public static final class Target {
		final URI url;
		final LinkKind kind;
		final List<Occurrence> occurrences = new ArrayList<>(2);
		int links;
		volatile @Nullable Fetch fetch;

		Target(URI url, LinkKind kind) {
			this.url = url;
			this.kind = kind;
		}

		public URI url() {
			return url;
		}

		public LinkKind kind() {
			return kind;
		}

		public synchronized List<Occurrence> occurrences() {
			return List.copyOf(occurrences);
		}

		public synchronized int links() {
			return links;
		}

		public @Nullable Fetch fetch() {
			return fetch;
		}

		public Verdict verdict() {
			var f = fetch;
			return f == null ? Verdict.SUSPECTED : Verdict.of(f);
		}

		/** Counts one more link here; the occurrence is made (its anchor text read) only while fewer than 10 are kept. */
		synchronized void seen(java.util.function.Supplier<Occurrence> occurrence) {
			links++;
			if (occurrences.size() < 10) {
				occurrences.add(occurrence.get());
			}
		}
	}

	/** What the walk found. */
	public record Result(URI start, int pagesFetched, int linksChecked, long linkOccurrences, List<Target> targets,
			@Nullable Fetch home, long millis) {

		public List<Target> broken() {
			return targets.stream().filter(t -> t.verdict() != Verdict.OK).toList();
		}
	}

	private final Fetcher fetcher;
	private final Scope scope;
	private final int maxPages;
	private final boolean followLinks;
	private final Consumer<Fetch> onPage;
	private final Map<URI, Target> targets = new ConcurrentHashMap<>();
	private final AtomicInteger pages = new AtomicInteger();
	private final java.util.concurrent.atomic.AtomicLong occurrences = new java.util.concurrent.atomic.AtomicLong();
	private final java.util.concurrent.atomic.AtomicLong pending = new java.util.concurrent.atomic.AtomicLong();
	private final Object done = new Object();
	private final Map<String, URI> resolved = new java.util.concurrent.ConcurrentHashMap<>();
	private volatile @Nullable Fetch home;
	private final ExecutorService pool;

	/**
	 * @param followLinks false to check only the start page's links (the daily home-page check), true to crawl the
	 *     whole site (weekly)
	 */
	public SiteCrawl(Fetcher fetcher, Scope scope, int maxPages, boolean followLinks, Consumer<Fetch> onPage) {
		this.fetcher = fetcher;
		this.scope = scope;
		this.maxPages = maxPages;
		this.followLinks = followLinks;
		this.onPage = onPage;
		var threads = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(Math.max(2, fetcher.settings().globalConcurrency()), runnable -> {
			var thread = new Thread(runnable, "crawl-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	public Result run(URI start) {
		long began = System.nanoTime();
		var first = Urls.normalise(start);
		var target = new Target(first, LinkKind.INTERNAL);
		targets.put(first, target);
		try {
			submit(() -> page(target, true));
			synchronized (done) {
				while (pending.get() > 0) {
					done.wait(1000);
				}
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		finally {
			pool.shutdownNow();
		}
		var list = new ArrayList<>(targets.values());
		list.sort(java.util.Comparator.comparing(t -> t.url.toString()));
		return new Result(first, pages.get(), list.size(), occurrences.get(), list, home,
				(System.nanoTime() - began) / 1_000_000);
	}

	private void submit(Runnable task) {
		pending.incrementAndGet();
		pool.execute(() -> {
			try {
				task.run();
			}
			finally {
				if (pending.decrementAndGet() == 0) {
					synchronized (done) {
						done.notifyAll();
					}
				}
			}
		});
	}

	private void page(Target target, boolean isStart) {
		var fetch = fetcher.page(target.url);
		target.fetch = fetch;
		pages.incrementAndGet();
		if (isStart) {
			home = fetch;
		}
		if (fetch.body() == null || fetch.failure() != null || fetch.status() >= 400 || !fetch.html()) {
			return;
		}
		// a redirect that leaves the site is checked, not crawled
		if (!isStart && !scope.inside(fetch.finalUrl())) {
			return;
		}
		onPage.accept(fetch);
		if (isStart || followLinks) {
			links(fetch, isStart);
		}
	}

	private void links(Fetch fetch, boolean isStart) {
		Document document = Jsoup.parse(fetch.body(), fetch.finalUrl().toString());
		var base = fetch.finalUrl();
		var baseElement = document.selectFirst(BASE);
		if (baseElement != null) {
			base = Urls.resolve(base, baseElement.attr("href")).orElse(base);
		}
		for (Element element : document.select(LINKED)) {
			var tag = element.tagName();
			if (!LINKING.contains(tag) || (tag.equals("a") || tag.equals("area") || tag.equals("link")) && !element.hasAttr("href")) {
				continue;
			}
			if (tag.equals("link")) {
				var rel = element.attr("rel").toLowerCase(java.util.Locale.ROOT);
				if (rel.contains("preconnect") || rel.contains("dns-prefetch") || rel.contains("canonical")
						|| rel.contains("alternate")) {
					continue;
				}
			}
			java.util.function.Supplier<Occurrence> occurrence = () -> {
				var text = tag.equals("a") ? element.text() : tag.equals("img") ? element.attr("alt") : "";
				return new Occurrence(fetch.url(), tag, text.length() > 80 ? text.substring(0, 80) + "…" : text);
			};
			for (var href : hrefs(element)) {
				var resolved = resolve(base, href);
				if (resolved != null) {
					link(resolved, tag, occurrence);
				}
			}
		}
	}

	/** The elements whose {@code href}, {@code src} or {@code srcset} is a link to check. */
	private static final java.util.Set<String> LINKING = java.util.Set.of("a", "area", "link", "img", "script", "iframe",
			"frame", "source", "embed", "video", "audio");
	private static final int RESOLVED_CACHE = 200_000;
	private static final URI NOT_A_LINK = URI.create("about:blank");

	/**
	 * {@link Urls#resolve}, remembered per crawl: navigation links repeat on every page, and parsing each occurrence
	 * twice as a {@link URI} was the crawl's largest cost after HTML parsing. The key is what the result depends on:
	 * the link alone when absolute, the origin for a root-relative link, the base's directory otherwise.
	 */
	private @Nullable URI resolve(URI base, String href) {
		var link = href.strip();
		String key;
		if (link.startsWith("http://") || link.startsWith("https://")) {
			key = link;
		}
		else if (link.startsWith("/") && !link.startsWith("//")) {
			key = base.getScheme() + "://" + base.getRawAuthority() + link;
		}
		else {
			var path = base.getRawPath() == null ? "/" : base.getRawPath();
			key = base.getScheme() + "://" + base.getRawAuthority() + path.substring(0, path.lastIndexOf('/') + 1) + "\n" + link;
		}
		var known = resolved.get(key);
		if (known != null) {
			return known == NOT_A_LINK ? null : known;
		}
		var result = Urls.resolve(base, link).orElse(null);
		if (resolved.size() < RESOLVED_CACHE) {
			resolved.put(key, result == null ? NOT_A_LINK : result);
		}
		return result;
	}

	private static List<String> hrefs(Element element) {
		var out = new ArrayList<String>(2);
		for (var attribute : List.of("href", "src")) {
			if (element.hasAttr(attribute)) {
				out.add(element.attr(attribute));
			}
		}
		if (element.hasAttr("srcset")) {
			for (var candidate : element.attr("srcset").split(",")) {
				var url = candidate.strip().split("\\s+")[0];
				if (!url.isEmpty()) {
					out.add(url);
				}
			}
		}
		return out;
	}

	private void link(URI url, String element, java.util.function.Supplier<Occurrence> occurrence) {
		occurrences.incrementAndGet();
		var existing = targets.get(url);
		if (existing != null) {
			existing.seen(occurrence);
			return;
		}
		var created = new Target(url, LinkKind.of(url, element, scope));
		var raced = targets.putIfAbsent(url, created);
		var target = raced == null ? created : raced;
		target.seen(occurrence);
		if (raced != null) {
			return;
		}
		boolean page = scope.inside(url) && LinkKind.crawlable(url) && (element.equals("a") || element.equals("area")
				|| element.equals("iframe") || element.equals("frame"));
		if (page && followLinks && pages.get() < maxPages) {
			submit(() -> page(target, false));
		}
		else {
			submit(() -> target.fetch = fetcher.check(url));
		}
	}
}
