package org.govsite.publishing;

import java.util.Locale;
import java.util.regex.Pattern;

import org.govsite.site.SiteView;
import org.jspecify.annotations.Nullable;

/**
 * A site's directory name and URL segment: its site identity code (10 digits or bm + 8 digits), or for a site without
 * one (non-government sites) its main domain.
 */
public final class SiteKeys {

	/** Matches exactly the keys a site can have: never a console path such as a UUID or {@code new}. */
	static final Pattern KEY = Pattern.compile("\\d{10}|bm\\d{8}|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");

	private SiteKeys() {
	}

	public static @Nullable String of(SiteView site) {
		if (site.siteCode() != null && !site.siteCode().isBlank()) {
			return site.siteCode();
		}
		return site.mainDomain() == null ? null : site.mainDomain().toLowerCase(Locale.ROOT);
	}

	public static boolean isKey(String text) {
		return KEY.matcher(text).matches();
	}
}
