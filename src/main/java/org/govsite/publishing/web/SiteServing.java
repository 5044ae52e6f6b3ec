package org.govsite.publishing.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govsite.publishing.ServedSites;
import org.govsite.publishing.SiteKeys;
import org.govsite.site.Sites;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the published sites at {@code /sites/<site-key>/…} (a directory answers with its {@code index.html}) and,
 * with {@code govsite.publishing.serve-by-host=true}, at the root of each site's domains. Conditional requests
 * (ETag in nginx's format, Last-Modified) answer 304; Tomcat compresses text responses; nothing outside the site's
 * directory is ever served.
 */
@Controller
class SiteServing {

	/** Only site keys: 10 digits, bm + 8 digits, or a domain with a dot; never a console UUID or {@code new}. */
	static final String KEY_PATTERN = "{key:[0-9]+|bm[0-9]+|[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)+}";

	private static final Map<String, MediaType> TYPES = Map.ofEntries(
			Map.entry("html", MediaType.parseMediaType("text/html;charset=UTF-8")),
			Map.entry("css", MediaType.parseMediaType("text/css;charset=UTF-8")),
			Map.entry("js", MediaType.parseMediaType("text/javascript;charset=UTF-8")),
			Map.entry("xml", MediaType.parseMediaType("application/xml;charset=UTF-8")),
			Map.entry("txt", MediaType.parseMediaType("text/plain;charset=UTF-8")),
			Map.entry("json", MediaType.APPLICATION_JSON),
			Map.entry("svg", MediaType.parseMediaType("image/svg+xml")),
			Map.entry("png", MediaType.IMAGE_PNG),
			Map.entry("jpg", MediaType.IMAGE_JPEG),
			Map.entry("jpeg", MediaType.IMAGE_JPEG),
			Map.entry("gif", MediaType.IMAGE_GIF),
			Map.entry("webp", MediaType.parseMediaType("image/webp")),
			Map.entry("ico", MediaType.parseMediaType("image/x-icon")),
			Map.entry("woff2", MediaType.parseMediaType("font/woff2")),
			Map.entry("pdf", MediaType.APPLICATION_PDF));

	private final ServedSites served;

	SiteServing(ServedSites served) {
		this.served = served;
	}

	@GetMapping("/sites/" + KEY_PATTERN + "/{*path}")
	ResponseEntity<?> serve(@PathVariable String key, @PathVariable String path, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (!SiteKeys.isKey(key)) {
			return notFound(null, key, request);
		}
		var mount = prefix(key, request);
		var redirect = served.redirect(key, path.isEmpty() ? "" : path.substring(1), mount);
		if (redirect.isPresent()) {
			// a closed or merged site (Art. 6): every old address leads on, permanently
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header("Location", redirect.get())
				.cacheControl(CacheControl.noCache()).build();
		}
		var siteRoot = served.directory(key);
		if (!Files.isDirectory(siteRoot)) {
			return notFound(null, key, request);
		}
		if (path.isEmpty()) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header("Location", mount).build();
		}
		var relative = path.substring(1);
		if (!ServedSites.isSafe(relative)) {
			return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("非法路径");
		}
		var realRoot = siteRoot.toRealPath();
		var file = relative.isEmpty() ? realRoot : realRoot.resolve(relative).normalize();
		if (!file.startsWith(realRoot)) {
			return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("非法路径");
		}
		if (Files.isDirectory(file)) {
			if (!relative.isEmpty() && !relative.endsWith("/")) {
				return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header("Location", mount + relative + "/").build();
			}
			file = file.resolve("index.html");
		}
		if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(realRoot)) {
			return notFound(realRoot, mount, request);
		}
		long modified = Files.getLastModifiedTime(file).toMillis();
		long size = Files.size(file);
		// weak: Tomcat (like nginx) compresses only responses without a strong validator
		var etag = "W/\"" + Long.toHexString(modified) + "-" + Long.toHexString(size) + "\"";
		if (new ServletWebRequest(request, response).checkNotModified(etag, modified)) {
			return null;
		}
		var type = typeOf(file);
		var cache = type.getType().equals("text") && !type.getSubtype().equals("css") && !type.getSubtype().equals("javascript")
				|| type.getSubtype().equals("xml")
						? CacheControl.noCache().cachePublic()
						: CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(cache)
			.eTag(etag)
			.lastModified(modified)
			.header("X-Content-Type-Options", "nosniff")
			.body((Resource) new FileSystemResource(file));
	}

	private ResponseEntity<?> notFound(Path realRoot, String mount, HttpServletRequest request) throws IOException {
		if (realRoot != null) {
			var page = realRoot.resolve("404.html");
			if (Files.isRegularFile(page)) {
				var html = Files.readString(page, StandardCharsets.UTF_8).replace("<base href=\"/\">", "<base href=\"" + mount + "\">");
				return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(TYPES.get("html"))
					.cacheControl(CacheControl.noCache()).body(html);
			}
		}
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
			.body("页面不存在");
	}

	/** Where the site is mounted for this request: {@code /} when reached by host, else {@code /sites/<key>/}. */
	private static String prefix(String key, HttpServletRequest request) {
		return request.getAttribute(HostServing.BY_HOST) != null ? "/" : "/sites/" + key + "/";
	}

	static MediaType typeOf(Path file) {
		var name = file.getFileName().toString();
		var dot = name.lastIndexOf('.');
		var extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		return TYPES.getOrDefault(extension, MediaType.APPLICATION_OCTET_STREAM);
	}

	/** With serve-by-host: a request for a site's domain is forwarded to {@code /sites/<key>/…} before security runs. */
	static final class HostServing extends OncePerRequestFilter {

		static final String BY_HOST = HostServing.class.getName() + ".byHost";
		private static final long TTL_MILLIS = 60_000;

		private final Sites sites;
		private final Map<String, Optional<String>> keys = new ConcurrentHashMap<>();
		private volatile long cachedAt;

		HostServing(Sites sites) {
			this.sites = sites;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var path = request.getRequestURI().substring(request.getContextPath().length());
			if (!("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) || isPlatformPath(path)) {
				chain.doFilter(request, response);
				return;
			}
			var host = request.getServerName().toLowerCase(Locale.ROOT);
			if (System.currentTimeMillis() - cachedAt > TTL_MILLIS) {
				keys.clear();
				cachedAt = System.currentTimeMillis();
			}
			var key = keys.computeIfAbsent(host, h -> sites.findByDomain(h).map(SiteKeys::of));
			if (key.isEmpty()) {
				chain.doFilter(request, response);
				return;
			}
			request.setAttribute(BY_HOST, Boolean.TRUE);
			request.getRequestDispatcher("/sites/" + key.get() + path).forward(request, response);
		}

		private static boolean isPlatformPath(String path) {
			for (var prefix : new String[] { "/api/", "/public/", "/preview/", "/sites/", "/login", "/logout", "/css/", "/js/",
					"/webjars/", "/actuator", "/v3/", "/swagger-ui", "/error" }) {
				if (path.startsWith(prefix)) {
					return true;
				}
			}
			return false;
		}
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class HostServingConfiguration {

		@Bean
		@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "govsite.publishing.serve-by-host", havingValue = "true")
		FilterRegistrationBean<HostServing> hostServing(Sites sites) {
			var registration = new FilterRegistrationBean<>(new HostServing(sites));
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
			registration.addUrlPatterns("/*");
			return registration;
		}
	}
}
