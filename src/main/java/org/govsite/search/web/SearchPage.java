package org.govsite.search.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.govsite.shared.BeijingTime;
import jakarta.servlet.http.HttpServletResponse;
import org.govsite.search.Search;
import org.govsite.search.SearchResults;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The public search page, platform-wide or for one site ({@code ?site=<网站标识码>}). */
@Controller
class SearchPage {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(BeijingTime.ZONE);

	private final Search search;
	private final Sites sites;

	SearchPage(Search search, Sites sites) {
		this.search = search;
		this.sites = sites;
	}

	/** A pagination link; {@code current} marks the page shown. */
	record PageLink(int number, String href, boolean current) {
	}

	@GetMapping("/public/search")
	String page(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String site,
			@RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String page, Model model, HttpServletResponse response) {
		var text = q == null ? "" : q.strip();
		model.addAttribute("q", text);
		model.addAttribute("kind", kind == null ? "" : kind);
		model.addAttribute("sort", sort == null ? "relevance" : sort.toLowerCase(java.util.Locale.ROOT));
		model.addAttribute("from", from == null ? "" : from);
		model.addAttribute("to", to == null ? "" : to);
		model.addAttribute("day", DAY);
		SiteView siteView = null;
		try {
			siteView = SearchParameters.site(sites, site);
			model.addAttribute("site", siteView);
			if (!text.isEmpty()) {
				var query = SearchParameters.query(text, siteView, null, from, to, kind, null, sort, page, "10");
				SearchResults results = search.search(query);
				model.addAttribute("results", results);
				model.addAttribute("pages", links(results, text, site, kind, sort, from, to));
				model.addAttribute("suggestionHref", results.suggestion() == null ? null
						: href(results.suggestion(), site, kind, sort, from, to, 1));
			}
		}
		catch (Refusal refusal) {
			response.setStatus(400);
			model.addAttribute("site", siteView);
			model.addAttribute("error", String.join("；", refusal.reasons()));
		}
		return "search/page";
	}

	private static List<PageLink> links(SearchResults results, String q, @Nullable String site, @Nullable String kind,
			@Nullable String sort, @Nullable String from, @Nullable String to) {
		var links = new ArrayList<PageLink>();
		int pages = Math.min(results.pages(), 10_000 / results.size());
		int current = results.page() + 1;
		int first = Math.max(1, current - 4);
		int last = Math.min(pages, first + 8);
		for (int number = first; number <= last; number++) {
			links.add(new PageLink(number, href(q, site, kind, sort, from, to, number), number == current));
		}
		return links;
	}

	static String href(String q, @Nullable String site, @Nullable String kind, @Nullable String sort,
			@Nullable String from, @Nullable String to, int page) {
		var builder = UriComponentsBuilder.fromPath("/public/search").queryParam("q", q);
		add(builder, "site", site);
		add(builder, "kind", kind);
		add(builder, "sort", sort);
		add(builder, "from", from);
		add(builder, "to", to);
		if (page > 1) {
			builder.queryParam("page", page);
		}
		return builder.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder builder, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			builder.queryParam(name, value);
		}
	}
}
