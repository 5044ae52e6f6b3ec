package org.govsite.monitoring.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * URL normalisation: one spelling per page, so that a page linked as {@code /新闻/a.html} and as
 * {@code /%E6%96%B0%E9%97%BB/a.html} is fetched once. Fragments are dropped, scheme and host lower-cased, default
 * ports removed, percent-escapes of unreserved characters decoded and every other escape upper-cased; raw non-ASCII
 * characters are escaped as UTF-8 (what browsers send). Links that are not fetched ({@code mailto:}, {@code tel:},
 * {@code javascript:}, {@code data:}) are skipped.
 */
public final class Urls {

	private static final String UNRESERVED = "-._~";
	/** Characters that may stand raw in a path or query besides unreserved ones. */
	private static final String ALLOWED_RAW = "!$&'()*+,;=:@/?";

	private Urls() {
	}

	/** The absolute, normalised URL a link points to, or empty when it is not an http(s) link. */
	public static Optional<URI> resolve(URI base, @Nullable String href) {
		if (href == null) {
			return Optional.empty();
		}
		var link = href.strip();
		if (link.isEmpty() || link.startsWith("#")) {
			return Optional.empty();
		}
		int colon = link.indexOf(':');
		int slash = link.indexOf('/');
		if (colon > 0 && (slash < 0 || colon < slash)) {
			var scheme = link.substring(0, colon).toLowerCase(Locale.ROOT);
			if (!scheme.equals("http") && !scheme.equals("https")) {
				return Optional.empty();
			}
		}
		try {
			var hash = link.indexOf('#');
			if (hash >= 0) {
				link = link.substring(0, hash);
			}
			var relative = new URI(escapeIllegal(link));
			return Optional.of(normalise(base.resolve(relative)));
		}
		catch (URISyntaxException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** The normalised form of an absolute http(s) URL. */
	public static URI normalise(URI uri) {
		var scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (uri.getRawAuthority() == null) {
			throw new IllegalArgumentException("not an absolute URL: " + uri);
		}
		var host = uri.getHost() == null ? uri.getRawAuthority() : uri.getHost().toLowerCase(Locale.ROOT);
		int port = uri.getPort();
		if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
			port = -1;
		}
		var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : canonical(removeDots(uri.getRawPath()));
		var query = uri.getRawQuery() == null ? "" : "?" + canonical(uri.getRawQuery());
		return URI.create(scheme + "://" + host + (port == -1 ? "" : ":" + port) + path + query);
	}

	/** Escapes characters that {@link URI} refuses (spaces, raw Chinese, pipes) so that the link can be parsed. */
	static String escapeIllegal(String link) {
		var out = new StringBuilder(link.length() + 16);
		for (int i = 0; i < link.length(); i++) {
			char c = link.charAt(i);
			if (c == '%' && i + 2 < link.length() && hex(link.charAt(i + 1)) >= 0 && hex(link.charAt(i + 2)) >= 0) {
				out.append(c);
			}
			else if (c < 0x80 && (Character.isLetterOrDigit(c) || UNRESERVED.indexOf(c) >= 0 || ALLOWED_RAW.indexOf(c) >= 0
					|| c == '#' || c == '[' || c == ']')) {
				out.append(c);
			}
			else if (c == '\\') {
				out.append('/');
			}
			else {
				int end = Character.isHighSurrogate(c) && i + 1 < link.length() ? i + 2 : i + 1;
				for (byte b : link.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
					appendEscape(out, b & 0xff);
				}
				i = end - 1;
			}
		}
		return out.toString();
	}

	/** One spelling of a raw path or query: unreserved escapes decoded, other escapes upper-case, non-ASCII escaped. */
	static String canonical(String raw) {
		var out = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
				int b = hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2));
				if (b < 0x80 && (Character.isLetterOrDigit(b) || UNRESERVED.indexOf(b) >= 0)) {
					out.append((char) b);
				}
				else {
					appendEscape(out, b);
				}
				i += 2;
			}
			else if (c >= 0x80 || c == ' ' || c == '"' || c == '<' || c == '>' || c == '`' || c == '{' || c == '}'
					|| c == '|' || c == '^') {
				int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
				for (byte b : raw.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
					appendEscape(out, b & 0xff);
				}
				i = end - 1;
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static String removeDots(String path) {
		if (!path.contains("/.")) {
			return path;
		}
		var segments = new java.util.ArrayDeque<String>();
		var parts = path.split("/", -1);
		for (int i = 1; i < parts.length; i++) {
			var part = parts[i];
			if (part.equals(".")) {
				if (i == parts.length - 1) {
					segments.addLast("");
				}
			}
			else if (part.equals("..")) {
				segments.pollLast();
				if (i == parts.length - 1) {
					segments.addLast("");
				}
			}
			else {
				segments.addLast(part);
			}
		}
		return "/" + String.join("/", segments);
	}

	private static void appendEscape(StringBuilder out, int b) {
		out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
			.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
	}

	private static int hex(char c) {
		return Character.digit(c, 16);
	}

	/** A URL as a duty officer reads it: escapes of UTF-8 text decoded back into characters. */
	public static String readable(URI uri) {
		var text = uri.toString();
		try {
			return java.net.URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return text;
		}
	}
}
