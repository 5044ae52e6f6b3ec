package org.govsite.publishing;

import org.jspecify.annotations.Nullable;

/** A change of a site's theme. */
public record ThemeForm(@Nullable String mainColor, @Nullable String logoPath, @Nullable String bannerPath) {
}
