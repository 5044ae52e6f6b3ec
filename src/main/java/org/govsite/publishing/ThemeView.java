package org.govsite.publishing;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/** A site's theme: main colour (white text on it meets WCAG AA), logo and banner (paths on the site). */
public record ThemeView(SiteId siteId, String mainColor, @Nullable String logoPath, @Nullable String bannerPath) {
}
