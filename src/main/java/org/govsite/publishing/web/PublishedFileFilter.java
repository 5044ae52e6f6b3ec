package org.govsite.publishing.web;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govsite.iam.SecurityHeaders;
import org.govsite.publishing.Precompressed;
import org.govsite.publishing.ServedSites;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The fast path of the published sites (issue 15): a GET or HEAD of a file that exists under an open site's directory
 * is answered here, before the security chains and MVC — no session, no CSRF token, no handler mapping — with the
 * pre-compressed sibling when the client takes gzip, a strong validator per representation (nginx's
 * {@code "mtime-size"}), a 304 for a matching {@code If-None-Match} or {@code If-Modified-Since}, the platform's
 * security headers, and the bytes by the container's sendfile (zero-copy) for large files. Everything else — a
 * directory without its slash, a missing file (the site's 404 page), a taken-down site's redirects, bad paths — goes
 * on to {@link SiteServing}, which decides as before.
 */
final class PublishedFileFilter extends OncePerRequestFilter {

	private static final Pattern SITE_PATH = Pattern.compile("^/sites/([0-9]{10}|bm[0-9]{8}|[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)+)/(.*)$");

	/** Below this the bytes are copied: sendfile's set-up costs more than it saves (Tomcat's DefaultServlet: 48 KiB). */
	private static final long SENDFILE_FROM = 48 * 1024;

	private final ServedSites served;

	PublishedFileFilter(ServedSites served) {
		this.served = served;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return true;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!serve(request, response)) {
			chain.doFilter(request, response);
		}
	}

	/** Serves the file and says so, or says no (the request goes on unchanged). */
	private boolean serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
		var method = request.getMethod();
		boolean head = "HEAD".equals(method);
		if (!head && !"GET".equals(method) || request.getQueryString() != null && request.getQueryString().contains("..")) {
			return false;
		}
		var uri = request.getRequestURI().substring(request.getContextPath().length());
		if (uri.indexOf('%') >= 0 || uri.indexOf(';') >= 0) {
			return false; // encoded or parameterised paths: the controller decodes and judges them
		}
		var matcher = SITE_PATH.matcher(uri);
		if (!matcher.matches()) {
			return false;
		}
		var key = matcher.group(1);
		var relative = matcher.group(2);
		if (!relative.isEmpty() && !ServedSites.isSafe(relative) || served.takenDown(key)) {
			return false;
		}
		if (relative.isEmpty() || relative.endsWith("/")) {
			relative = relative + "index.html";
		}
		// The site key is a symlink the full rebuild switches, so the path is read through it. Nothing else in a
		// publish directory is a link (the publisher writes regular files only); the file itself is read only if it is
		// not one (NOFOLLOW_LINKS), and the relative path has no dot segments (ServedSites.isSafe).
		var file = served.directory(key).resolve(relative);
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		}
		catch (IOException e) {
			return false;
		}
		if (!attributes.isRegularFile()) {
			return false; // a directory (its redirect), a link, nothing at all (the 404 page): the controller's
		}
		var type = SiteServing.typeOf(file);
		boolean compressible = Precompressed.isSibling(relative + Precompressed.SUFFIX);
		var chosen = file;
		var chosenAttributes = attributes;
		boolean gzip = false;
		if (compressible && acceptsGzip(request)) {
			var sibling = file.resolveSibling(file.getFileName() + Precompressed.SUFFIX);
			try {
				var siblingAttributes = Files.readAttributes(sibling, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
				// a sibling older than its page is stale (a write in flight): serve the page itself
				if (siblingAttributes.isRegularFile()
						&& siblingAttributes.lastModifiedTime().compareTo(attributes.lastModifiedTime()) >= 0) {
					chosen = sibling;
					chosenAttributes = siblingAttributes;
					gzip = true;
				}
			}
			catch (IOException e) {
				// no sibling: the page itself
			}
		}
		long modified = chosenAttributes.lastModifiedTime().toMillis();
		long size = chosenAttributes.size();
		var etag = "\"" + Long.toHexString(modified / 1000) + "-" + Long.toHexString(size) + "\"";
		SecurityHeaders.apply(response, request.isSecure());
		if (compressible) {
			response.setHeader("Vary", "Accept-Encoding");
		}
		response.setHeader("ETag", etag);
		response.setDateHeader("Last-Modified", modified);
		response.setHeader("Cache-Control", cacheControl(type));
		if (notModified(request, etag, modified)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return true;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(type.toString());
		if (gzip) {
			response.setHeader("Content-Encoding", "gzip");
		}
		response.setContentLengthLong(size);
		if (head) {
			return true;
		}
		if (size >= SENDFILE_FROM && Boolean.TRUE.equals(request.getAttribute("org.apache.tomcat.sendfile.support"))) {
			request.setAttribute("org.apache.tomcat.sendfile.filename", chosen.toString());
			request.setAttribute("org.apache.tomcat.sendfile.start", 0L);
			request.setAttribute("org.apache.tomcat.sendfile.end", size);
			return true;
		}
		if (size < SENDFILE_FROM) {
			var bytes = small(chosen, modified, size);
			response.getOutputStream().write(bytes, 0, bytes.length);
			return true;
		}
		try (var channel = FileChannel.open(chosen, StandardOpenOption.READ)) {
			channel.transferTo(0, size, Channels.newChannel(response.getOutputStream()));
		}
		return true;
	}

	/** A small file's bytes as last read, valid while its modification time and size are the ones just read. */
	private record Cached(long modified, long size, byte[] bytes) {
	}

	/** At most this many bytes of small files are kept in memory (per node); beyond it they are read every time. */
	private static final long CACHE_LIMIT = 64L * 1024 * 1024;

	private final java.util.concurrent.ConcurrentHashMap<java.nio.file.Path, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();
	private final java.util.concurrent.atomic.AtomicLong cached = new java.util.concurrent.atomic.AtomicLong();

	/**
	 * The bytes of a small file: from memory when the copy there has the modification time and size the file has now
	 * (a page rewritten by the publisher is a new file with a new time: read again), else read and kept while the
	 * memory allowed is not used up. Each node keeps its own copies of its own files, checked on every request.
	 */
	private byte[] small(java.nio.file.Path file, long modified, long size) throws IOException {
		var hit = cache.get(file);
		if (hit != null && hit.modified() == modified && hit.size() == size) {
			return hit.bytes();
		}
		var bytes = Files.readAllBytes(file);
		if (bytes.length == size && cached.get() + size <= CACHE_LIMIT) {
			var previous = cache.put(file, new Cached(modified, size, bytes));
			cached.addAndGet(size - (previous == null ? 0 : previous.size()));
		}
		return bytes;
	}

	/** Pages are revalidated every time (they change on publication); styles, scripts and images for an hour. */
	private static String cacheControl(MediaType type) {
		boolean page = type.getType().equals("text") && !type.getSubtype().equals("css") && !type.getSubtype().equals("javascript")
				|| type.getSubtype().equals("xml");
		return page ? "no-cache, public" : "max-age=3600, public";
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		var accepted = request.getHeader("Accept-Encoding");
		return accepted != null && accepted.contains("gzip") && !accepted.contains("gzip;q=0,") && !accepted.endsWith("gzip;q=0");
	}

	private static boolean notModified(HttpServletRequest request, String etag, long modified) {
		var match = request.getHeader("If-None-Match");
		if (match != null) {
			for (var candidate : match.split(",")) {
				var tag = candidate.strip();
				if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
					return true;
				}
			}
			return false;
		}
		long since = request.getDateHeader("If-Modified-Since");
		return since >= 0 && modified / 1000 <= since / 1000;
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<PublishedFileFilter> publishedFileFastPath(ServedSites served) {
			var registration = new FilterRegistrationBean<>(new PublishedFileFilter(served));
			// first of all (before the request observation too); host serving's forward to /sites/<key>/… comes back
			// through it as a FORWARD dispatch
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			registration.addUrlPatterns("/sites/*");
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD);
			return registration;
		}
	}
}
