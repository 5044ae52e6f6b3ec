package org.govsite.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The one check for a URL that GovSite stores and later writes into a page (cover images, external-link columns, …):
 * an absolute {@code http}/{@code https} address, or a path on the same site ({@code /…}); never {@code javascript:},
 * {@code data:} or another scheme, and no character that could leave an HTML attribute (quotes, angle brackets,
 * backticks, whitespace, control characters).
 */
public final class SafeUrl {

	private SafeUrl() {
	}

	/** Whether the URL may be stored; blank counts as "none given" and is allowed. */
	public static boolean allowed(@Nullable String url) {
		if (url == null || url.isBlank()) {
			return true;
		}
		var text = url.strip();
		if (text.length() > 1000 || text.chars().anyMatch(c -> c <= 0x20 || c == 0x7f || "\"'<>`\\\\".indexOf(c) >= 0)) {
			return false;
		}
		if (text.startsWith("/") && !text.startsWith("//")) {
			return true;
		}
		try {
			var uri = new URI(text);
			var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

	/** Whether the URL is given and an absolute http(s) address. */
	public static boolean absoluteHttp(@Nullable String url) {
		return url != null && !url.isBlank() && !url.strip().startsWith("/") && allowed(url);
	}
}
