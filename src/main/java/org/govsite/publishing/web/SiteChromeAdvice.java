package org.govsite.publishing.web;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.govsite.publishing.SiteChrome;
import org.govsite.publishing.SiteKeys;
import org.govsite.publishing.SiteRendering;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the platform's public pages of one site (留言, 留言公开, 查询, 征集调查, 在线访谈, search) the site's own header,
 * navigation and footer, as model attribute {@code siteChrome} (a {@link SiteChrome}); the page templates decide
 * where it goes. The site is the one in the path ({@code /public/messages/<site>/…}) or the {@code site} parameter.
 */
@ControllerAdvice
class SiteChromeAdvice {

	private static final Pattern IN_PATH = Pattern.compile("^/public/(?:messages|solicitations|interviews|annual-reports)/([^/]+)(?:/.*)?$");
	private static final long TTL_MILLIS = Duration.ofSeconds(30).toMillis();

	private record Cached(Optional<SiteChrome> chrome, long at) {
	}

	private final Sites sites;
	private final SiteRendering rendering;
	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	SiteChromeAdvice(Sites sites, SiteRendering rendering) {
		this.sites = sites;
		this.rendering = rendering;
	}

	@ModelAttribute("siteChrome")
	@Nullable SiteChrome siteChrome(HttpServletRequest request) {
		var uri = request.getRequestURI().substring(request.getContextPath().length());
		if (!uri.startsWith("/public/") || uri.startsWith("/public/beacon") || uri.startsWith("/public/attachments")) {
			return null;
		}
		String param = null;
		var matcher = IN_PATH.matcher(uri);
		// a site in the path; /public/messages/{new,status,receipt} name no site and take it from ?site=
		if (matcher.matches() && SiteKeys.isKey(matcher.group(1))) {
			param = matcher.group(1);
		}
		if (param == null) {
			param = request.getParameter("site");
		}
		if (param == null || param.isBlank() || param.length() > 300 || !SiteKeys.isKey(param)) {
			return null;
		}
		var key = param;
		var cached = cache.get(key);
		if (cached == null || System.currentTimeMillis() - cached.at() > TTL_MILLIS) {
			cached = new Cached(render(key), System.currentTimeMillis());
			cache.put(key, cached);
		}
		return cached.chrome().orElse(null);
	}

	private Optional<SiteChrome> render(String key) {
		Optional<SiteView> view = key.matches("\\d{10}|bm\\d{8}") ? sites.findBySiteCode(key) : sites.findByDomain(key);
		return view.filter(v -> v.status().isActive()).flatMap(v -> rendering.chrome(v.id()));
	}
}
