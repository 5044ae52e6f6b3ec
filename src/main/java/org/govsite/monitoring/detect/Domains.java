package org.govsite.monitoring.detect;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which site a host belongs to: its registrable domain, the last two labels, or three under a Chinese second-level
 * domain ({@code www.jiaxian.gov.cn} → {@code jiaxian.gov.cn}, {@code a.b.example.com} → {@code example.com}).
 */
public final class Domains {

	private static final Set<String> SECOND_LEVEL = Set.of("gov", "edu", "com", "org", "net", "ac", "mil");

	private Domains() {
	}

	/** The registrable domain of a host, lower case; the host itself for IP addresses and single labels. */
	public static String site(String host) {
		var lower = host.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".")) {
			lower = lower.substring(0, lower.length() - 1);
		}
		if (lower.isEmpty() || lower.chars().allMatch(c -> Character.isDigit(c) || c == '.') || lower.contains(":")) {
			return lower;
		}
		var labels = lower.split("\\.");
		if (labels.length <= 2) {
			return lower;
		}
		int keep = labels[labels.length - 1].length() == 2 && SECOND_LEVEL.contains(labels[labels.length - 2]) ? 3 : 2;
		return String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - keep, labels.length));
	}

	/** The host of a URL, lower case, or null when it has none (relative, mailto:, javascript:). */
	public static @Nullable String host(@Nullable String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		try {
			var host = URI.create(url.strip().replace(" ", "%20")).getHost();
			return host == null ? null : host.toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** Whether the host is the site's own or matches an allowed entry (a domain and its subdomains). */
	public static boolean trusted(String host, String pageHost, Set<String> allowed) {
		if (site(host).equals(site(pageHost))) {
			return true;
		}
		for (var entry : allowed) {
			var domain = entry.toLowerCase(Locale.ROOT).strip();
			if (!domain.isEmpty() && (host.equals(domain) || host.endsWith("." + domain))) {
				return true;
			}
		}
		return false;
	}

	/** A government host: under {@code gov.cn} (or {@code .gov}). */
	public static boolean government(String host) {
		return host.endsWith(".gov.cn") || host.equals("gov.cn") || host.endsWith(".gov");
	}

	static String clip(String text, int max) {
		var flat = text.replaceAll("\\s+", " ").strip();
		return flat.length() <= max ? flat : flat.substring(0, max) + "…";
	}
}
